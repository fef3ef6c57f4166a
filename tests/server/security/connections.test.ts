import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { CommandAck, ErrorReply } from '@campgrid/shared';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOCKET_MESSAGE_LIMIT_BYTES } from '../../../server/src/app.js';
import { JSON_BODY_LIMIT_BYTES } from '../../../server/src/http/errors.js';
import { createCamp, request } from '../helpers/api.js';
import { campWithPeople, pitchPayload } from '../helpers/camp-fixture.js';
import {
  closeAllSockets,
  emitWithAck,
  mustCommand,
  newCommandId,
  waitForDisconnect,
} from '../helpers/socket-client.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  closeAllSockets();
  await server.destroy();
});

/** A raw WebSocket upgrade request: 101 when the server takes it, else its refusal's status. */
function upgradeStatus(origin: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const upgrade = http.request(`${server.url}/socket.io/?EIO=4&transport=websocket`, {
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
        Origin: origin,
      },
    });
    upgrade.once('upgrade', (_response, socket) => {
      socket.destroy();
      resolve(101);
    });
    upgrade.once('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    upgrade.once('error', reject);
    upgrade.end();
  });
}

describe('cross-site WebSocket hijacking', () => {
  it('refuses a WebSocket upgrade from a page on another site', async () => {
    expect(await upgradeStatus('https://evil.example')).toBeGreaterThanOrEqual(400);
    expect(await upgradeStatus('null')).toBeGreaterThanOrEqual(400);
    expect(await upgradeStatus(server.url)).toBe(101);
  });

  it('refuses the polling transport from a page on another site', async () => {
    const path = '/socket.io/?EIO=4&transport=polling';
    const foreign = await request(server.url, 'GET', path, undefined, {
      origin: 'https://evil.example',
    });
    expect(foreign.status).toBe(403);
    expect(String(foreign.body)).not.toContain('"sid"');
    const own = await request(server.url, 'GET', path, undefined, { origin: server.url });
    expect(own.status).toBe(200);
    expect(String(own.body)).toContain('"sid"');
  });
});

describe('message size', () => {
  it(`answers a message just under ${SOCKET_MESSAGE_LIMIT_BYTES / 1024} kB and closes on a larger one`, async () => {
    const camp = await campWithPeople(server.url);
    const almost = (await emitWithAck(camp.alice.socket, 'session:pitch', {
      commandId: newCommandId(),
      payload: { filler: 'x'.repeat(SOCKET_MESSAGE_LIMIT_BYTES - 1_000) },
    })) as CommandAck;
    expect(almost).toMatchObject({ ok: false, code: 'INVALID' });
    expect(camp.alice.socket.connected).toBe(true);

    const closed = waitForDisconnect(camp.alice.socket);
    camp.alice.socket.emit(
      'session:pitch',
      {
        commandId: newCommandId(),
        payload: { filler: 'x'.repeat(SOCKET_MESSAGE_LIMIT_BYTES + 1_000) },
      },
      () => {},
    );
    expect(await closed).toBe('transport close');
    await mustCommand(camp.bob.socket, 'session:pitch', pitchPayload('still-up', 'Läuft', 'Bob'));
  });

  it('closes a polling connection that posts more than the limit', async () => {
    const { slug } = await createCamp(server.url);
    const socket = io(server.url, {
      transports: ['polling'],
      auth: { slug },
      reconnection: false,
      forceNew: true,
    });
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', reject);
      });
      const closed = waitForDisconnect(socket);
      socket.emit('camp:sync', { filler: 'x'.repeat(SOCKET_MESSAGE_LIMIT_BYTES * 2) }, () => {});
      expect(await closed).toMatch(/transport (close|error)/);
    } finally {
      socket.close();
    }
    expect((await request(server.url, 'GET', '/healthz')).status).toBe(200);
  });
});

describe('HTTP bodies', () => {
  it(`refuses a JSON body over ${JSON_BODY_LIMIT_BYTES / 1024} kB with 413, and reads one under it`, async () => {
    const tooLarge = await request<ErrorReply>(server.url, 'POST', '/api/camps', {
      title: 'x'.repeat(JSON_BODY_LIMIT_BYTES + 100),
    });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toMatchObject({ ok: false, code: 'INVALID', field: 'body' });
    const { slug } = await createCamp(server.url);
    const join = await request<ErrorReply>(server.url, 'POST', `/api/camps/${slug}/participants`, {
      displayName: 'y'.repeat(JSON_BODY_LIMIT_BYTES + 100),
    });
    expect(join.status).toBe(413);

    const underLimit = await request<ErrorReply>(server.url, 'POST', '/api/camps', {
      title: 'x'.repeat(JSON_BODY_LIMIT_BYTES - 1_000),
    });
    // Read, then refused by the schema: the title is limited to 120 characters.
    expect(underLimit.status).toBe(400);
    expect(underLimit.body).toMatchObject({ code: 'INVALID', field: 'title' });
  });

  it('matches the socket message limit', () => {
    expect(JSON_BODY_LIMIT_BYTES).toBe(SOCKET_MESSAGE_LIMIT_BYTES);
  });

  it('answers in JSON that browsers will not sniff as HTML', async () => {
    const camp = await createCamp(server.url, { title: '<script>alert(1)</script>' });
    const answer = await request(server.url, 'GET', `/api/camps/${camp.slug}`);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});
