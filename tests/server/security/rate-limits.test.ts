import type { CommandAck, ErrorReply } from '@campgrid/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { createCamp, joinCamp, request } from '../helpers/api.js';
import { campWithPeople, pitchPayload } from '../helpers/camp-fixture.js';
import {
  closeAllSockets,
  connectClient,
  connectError,
  mustCommand,
  newCommandId,
  sendCommand,
  type TestSocket,
} from '../helpers/socket-client.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

const servers: TestServer[] = [];
afterEach(async () => {
  closeAllSockets();
  for (const server of servers.splice(0)) await server.destroy();
});

async function start(env: Record<string, string>): Promise<TestServer> {
  const server = await startTestServer({ env });
  servers.push(server);
  return server;
}

/** Emits without waiting, as a flooding client does; resolves to every ack. */
function flood(socket: TestSocket, count: number, prefix = 'flood'): Promise<CommandAck[]> {
  return Promise.all(
    Array.from(
      { length: count },
      (_, index) =>
        socket.timeout(15_000).emitWithAck('session:pitch', {
          commandId: newCommandId(),
          payload: pitchPayload(`${prefix}-${index}`),
        }) as Promise<CommandAck>,
    ),
  );
}

function expectRateLimited(reply: unknown): void {
  expect(reply).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
  const { retryAfterMs, message } = reply as ErrorReply;
  expect(retryAfterMs).toBeGreaterThan(0);
  expect(message).toMatch(/try again/);
}

describe('command rate limits', () => {
  it('refuses a flooding socket with RATE_LIMITED and keeps answering everyone else', async () => {
    const server = await start({ RATE_LIMIT_SOCKET_COMMANDS: '25' });
    const camp = await campWithPeople(server.url);
    const flooding = flood(camp.alice.socket, 1_000);
    // While the flood is on, Bob's commands are handled as usual.
    for (let index = 0; index < 10; index += 1) {
      await mustCommand(camp.bob.socket, 'session:pitch', pitchPayload(`bob-${index}`, 'B', 'Bob'));
    }
    const acks = await flooding;
    const accepted = acks.filter((ack) => ack.ok);
    const refused = acks.filter((ack) => !ack.ok);
    expect(accepted).toHaveLength(25);
    expect(refused).toHaveLength(975);
    for (const reply of refused) expectRateLimited(reply);
    // Only the accepted ones were stored: the camp's version rose once per accepted command.
    const after = await sendCommand(
      camp.bob.socket,
      'session:pitch',
      pitchPayload('last', 'L', 'Bob'),
    );
    expect(after).toMatchObject({ ok: true, version: 1 + 25 + 10 + 1 });
    expect(camp.alice.socket.connected).toBe(true);
  });

  it('limits one address across its sockets, and not the other addresses', async () => {
    const server = await start({
      RATE_LIMIT_SOCKET_COMMANDS: '0',
      RATE_LIMIT_IP_COMMANDS: '30',
      TRUST_PROXY: '1',
    });
    const camp = await createCamp(server.url);
    const fromAddress = async (address: string) => {
      const joined = await joinCamp(server.url, camp.slug, `Von ${address}`);
      return connectClient(
        server.url,
        { slug: camp.slug, token: joined.token },
        { 'x-forwarded-for': address },
      );
    };
    const first = await fromAddress('203.0.113.7');
    const second = await fromAddress('203.0.113.7');
    const elsewhere = await fromAddress('198.51.100.9');
    const acks = [...(await flood(first, 20, 'first')), ...(await flood(second, 20, 'second'))];
    expect(acks.filter((ack) => ack.ok)).toHaveLength(30);
    for (const reply of acks.filter((ack) => !ack.ok)) expectRateLimited(reply);
    await mustCommand(elsewhere, 'session:pitch', pitchPayload('other-address', 'O', 'Olga'));
  });

  it('limits camp:sync and unknown events too, so nothing floods for free', async () => {
    const server = await start({ RATE_LIMIT_SOCKET_COMMANDS: '5' });
    const camp = await campWithPeople(server.url);
    for (let index = 0; index < 5; index += 1) camp.alice.socket.emit('no:such-event', {});
    const sync = await camp.alice.socket
      .timeout(5_000)
      .emitWithAck('camp:sync', { sinceVersion: 0 });
    expectRateLimited(sync);
  });
});

describe('join and creation limits', () => {
  it('refuses joins over the limit with 429, RATE_LIMITED and Retry-After', async () => {
    const server = await start({ RATE_LIMIT_IP_JOINS: '3' });
    const camp = await createCamp(server.url);
    for (let index = 0; index < 3; index += 1) await joinCamp(server.url, camp.slug, `P${index}`);
    const refused = await request<ErrorReply>(
      server.url,
      'POST',
      `/api/camps/${camp.slug}/participants`,
      {
        displayName: 'Zu viel',
      },
    );
    expect(refused.status).toBe(429);
    expectRateLimited(refused.body);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('refuses socket connections over the limit with RATE_LIMITED', async () => {
    const server = await start({ RATE_LIMIT_IP_CONNECTS: '3' });
    const camp = await createCamp(server.url);
    for (let index = 0; index < 3; index += 1) await connectClient(server.url, { slug: camp.slug });
    const refused = await connectError(server.url, { slug: camp.slug });
    expect(refused.message).toBe('RATE_LIMITED');
    expectRateLimited(refused.data);
  });

  it('refuses camp creation over the limit, and a forged X-Forwarded-For does not help', async () => {
    const server = await start({ RATE_LIMIT_IP_CAMPS: '2' });
    await createCamp(server.url);
    await createCamp(server.url);
    for (const forwarded of [undefined, '192.0.2.1', '192.0.2.2']) {
      const refused = await request<ErrorReply>(
        server.url,
        'POST',
        '/api/camps',
        { title: 'Noch eins' },
        forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
      );
      expect(refused.status).toBe(429);
      expectRateLimited(refused.body);
    }
    expect((await request(server.url, 'GET', '/healthz')).status).toBe(200);
  });

  it('are off when set to 0', async () => {
    const server = await start({ RATE_LIMIT_IP_CAMPS: '0', RATE_LIMIT_IP_JOINS: '0' });
    for (let index = 0; index < 70; index += 1)
      await createCamp(server.url, { title: `C${index}` });
    const camp = await createCamp(server.url);
    for (let index = 0; index < 20; index += 1) await joinCamp(server.url, camp.slug, `P${index}`);
  });
});
