import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from '../helpers/api.js';
import { makeTempDir, removeDir } from '../helpers/temp-dir.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

const INDEX_HTML = '<!doctype html><title>campgrid test build</title>';

let server: TestServer;
let clientDist: string;
beforeAll(async () => {
  clientDist = await makeTempDir('campgrid-client-');
  await mkdir(path.join(clientDist, 'assets'));
  await writeFile(path.join(clientDist, 'index.html'), INDEX_HTML);
  await writeFile(path.join(clientDist, 'assets', 'app-abc123.js'), 'console.log(1);');
  server = await startTestServer({ env: { CLIENT_DIST: clientDist } });
});
afterAll(async () => {
  await server.destroy();
  await removeDir(clientDist);
});

describe('serving the built client', () => {
  it('serves index.html at / and for every client route', async () => {
    for (const route of ['/', '/c/some-camp', '/c/some-camp/join', '/c/some-camp/moderate']) {
      const result = await request<string>(server.url, 'GET', route);
      expect(result.status, route).toBe(200);
      expect(result.body).toBe(INDEX_HTML);
      expect(result.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('serves hashed assets with a long cache lifetime', async () => {
    const result = await request<string>(server.url, 'GET', '/assets/app-abc123.js');
    expect(result.status).toBe(200);
    expect(result.headers.get('cache-control')).toContain('immutable');
  });

  it('does not answer missing files, API routes or non-GET requests with index.html', async () => {
    expect((await request(server.url, 'GET', '/assets/missing.js')).status).toBe(404);
    const api = await request(server.url, 'GET', '/api/unknown');
    expect(api.status).toBe(404);
    expect(api.body).toMatchObject({ code: 'NOT_FOUND' });
    expect((await request(server.url, 'POST', '/c/some-camp')).status).toBe(404);
    expect((await request(server.url, 'GET', '/healthz')).body).toEqual({ status: 'ok' });
  });
});

describe('without a client build', () => {
  it('answers 404 rather than failing', async () => {
    const bare = await startTestServer();
    try {
      expect((await request(bare.url, 'GET', '/c/x')).status).toBe(404);
    } finally {
      await bare.destroy();
    }
  });
});
