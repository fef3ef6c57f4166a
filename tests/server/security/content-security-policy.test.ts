import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { socketSources } from '../../../server/src/http/security-headers.js';
import { request } from '../helpers/api.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { PUBLIC_ORIGIN: 'https://plan.example.org' } });
});
afterAll(async () => {
  await server.destroy();
});

function connectSources(policy: string): string[] {
  const directive = policy.split(';').find((part) => part.trim().startsWith('connect-src'));
  return directive?.trim().split(/\s+/).slice(1) ?? [];
}

describe('the content security policy', () => {
  it('lets the page talk to its own server only, over http(s) and ws(s)', async () => {
    const answer = await request(server.url, 'GET', '/healthz');
    const policy = answer.headers.get('content-security-policy') ?? '';
    expect(connectSources(policy)).toEqual(["'self'", 'wss://plan.example.org']);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('names the request’s own host without PUBLIC_ORIGIN, and nothing for a strange Host', () => {
    expect(socketSources({ headers: { host: 'camp.lan:3000' } }, null)).toBe(
      'ws://camp.lan:3000 wss://camp.lan:3000',
    );
    expect(socketSources({ headers: { host: '[::1]:3000' } }, null)).toBe(
      'ws://[::1]:3000 wss://[::1]:3000',
    );
    for (const host of ['evil.example; script-src *', 'a b', '*']) {
      expect(socketSources({ headers: { host } }, null)).toBe('');
    }
    expect(socketSources({ headers: {} }, 'http://10.0.0.5:8080')).toBe('ws://10.0.0.5:8080');
  });
});
