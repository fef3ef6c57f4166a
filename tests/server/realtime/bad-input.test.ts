import type { CommandAck, ErrorReply } from '@campgrid/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCamp, joinCamp, request, snapshot } from '../helpers/api.js';
import { campWithPeople, pitchPayload } from '../helpers/camp-fixture.js';
import {
  closeAllSockets,
  connectClient,
  connectError,
  emitWithAck,
  mustCommand,
  newCommandId,
  sendCommand,
  sync,
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

async function serverStillServes(): Promise<void> {
  expect((await request(server.url, 'GET', '/healthz')).status).toBe(200);
  const camp = await campWithPeople(server.url);
  await mustCommand(camp.alice.socket, 'session:pitch', pitchPayload('alive'));
}

describe('invalid payloads', () => {
  it.each([
    ['a number', 42, undefined],
    ['a string', 'session please', undefined],
    ['null', null, undefined],
    ['an array', [1, 2, 3], undefined],
    ['no commandId', { payload: pitchPayload('x') }, 'commandId'],
    ['a short commandId', { commandId: 'abc', payload: pitchPayload('x') }, 'commandId'],
    ['a commandId with spaces', { commandId: 'abc def ghi', payload: {} }, 'commandId'],
    ['a string payload', { commandId: newCommandId(), payload: 'x' }, undefined],
    [
      'a bad session id',
      { commandId: newCommandId(), payload: pitchPayload('no spaces!') },
      'sessionId',
    ],
    [
      'a missing title',
      { commandId: newCommandId(), payload: { sessionId: 's1', draft: { hosts: ['A'] } } },
      'draft.title',
    ],
    [
      'a title over 120 characters',
      { commandId: newCommandId(), payload: pitchPayload('s1', 'x'.repeat(121)) },
      'draft.title',
    ],
    [
      'a description over 2000 characters',
      {
        commandId: newCommandId(),
        payload: {
          sessionId: 's1',
          draft: { title: 'T', hosts: ['A'], description: 'x'.repeat(2001) },
        },
      },
      'draft.description',
    ],
    [
      'an unknown format',
      {
        commandId: newCommandId(),
        payload: { sessionId: 's1', draft: { title: 'T', hosts: ['A'], format: 'keynote' } },
      },
      'draft.format',
    ],
    [
      'a deeply nested object',
      {
        commandId: newCommandId(),
        payload: JSON.parse(`${'{"a":'.repeat(500)}1${'}'.repeat(500)}`),
      },
      'sessionId',
    ],
  ])('acks %s with INVALID naming the field', async (_label, message, field) => {
    const camp = await campWithPeople(server.url);
    const ack = (await emitWithAck(camp.alice.socket, 'session:pitch', message)) as CommandAck;
    expect(ack).toMatchObject({ ok: false, code: 'INVALID' });
    const reply = ack as ErrorReply;
    // A message or payload that is not an object at all has no field to name; the message says so.
    expect(reply.field).toBe(field);
    expect(reply.message.startsWith(`${field ?? 'payload'}:`)).toBe(true);
    expect((await snapshot(server.url, camp.slug)).version).toBe(1);
  });

  it('refuses an invalid camp:sync request with INVALID', async () => {
    const camp = await campWithPeople(server.url);
    for (const since of [-1, 1.5, '3', null]) {
      expect(await sync(camp.alice.socket, since)).toMatchObject({
        ok: false,
        code: 'INVALID',
        field: 'sinceVersion',
      });
    }
    expect(await emitWithAck(camp.alice.socket, 'camp:sync', 'now')).toMatchObject({
      ok: false,
      code: 'INVALID',
    });
  });

  it('ignores a command sent without an ack callback', async () => {
    const camp = await campWithPeople(server.url);
    camp.alice.socket.emit('session:pitch', {
      commandId: newCommandId(),
      payload: pitchPayload('no-ack'),
    });
    camp.alice.socket.emit('session:pitch');
    camp.alice.socket.emit('vote:cast', 1, 2, 3);
    // Messages on one connection are handled in order: once this sync is answered, the
    // messages before it have been handled too.
    const after = await sync(camp.alice.socket, 0);
    expect(after).toMatchObject({ ok: true, version: 1 });
    expect((await snapshot(server.url, camp.slug)).sessions).toEqual([]);
  });

  it('ignores unknown events and keeps the connection', async () => {
    const camp = await campWithPeople(server.url);
    const unanswered: unknown[] = [];
    for (const name of ['camp:delete', 'session:destroy', '__proto__', 'constructor', 'toString']) {
      camp.alice.socket.emit(name, { commandId: newCommandId(), payload: {} }, (reply: unknown) =>
        unanswered.push(reply),
      );
    }
    expect(await sync(camp.alice.socket, 1)).toMatchObject({ ok: true });
    expect(unanswered).toEqual([]);
    expect(camp.alice.socket.connected).toBe(true);
    await mustCommand(camp.alice.socket, 'session:pitch', pitchPayload('still-here'));
  });

  it('closes a connection that sends more than 16 kB, and stays up for everyone else', async () => {
    const camp = await campWithPeople(server.url);
    const closed = waitForDisconnect(camp.alice.socket);
    camp.alice.socket.emit(
      'session:pitch',
      { commandId: newCommandId(), payload: { blob: 'x'.repeat(100_000) } },
      () => {},
    );
    expect(await closed).toBeTruthy();
    await mustCommand(camp.bob.socket, 'session:pitch', pitchPayload('bob', 'After', 'Bob'));
    await serverStillServes();
  });

  it('turns a storage failure into an INTERNAL ack and keeps running', async () => {
    const fragile = await startTestServer();
    try {
      const camp = await campWithPeople(fragile.url);
      await mustCommand(camp.alice.socket, 'session:pitch', pitchPayload('before'));
      await fragile.store.close();
      const ack = await sendCommand(camp.alice.socket, 'session:pitch', pitchPayload('after'));
      expect(ack).toMatchObject({ ok: false, code: 'INTERNAL' });
      expect(camp.alice.socket.connected).toBe(true);
      expect((await request(fragile.url, 'GET', '/healthz')).status).toBe(503);
    } finally {
      await fragile.destroy();
    }
  });
});

describe('the handshake', () => {
  it('refuses a token that belongs to nobody with UNAUTHORIZED', async () => {
    const { slug } = await createCamp(server.url);
    const error = await connectError(server.url, { slug, token: 'not-a-real-token' });
    expect(error.message).toBe('UNAUTHORIZED');
    expect(error.data).toMatchObject({ ok: false, code: 'UNAUTHORIZED' });
  });

  it('refuses another camp’s tokens with UNAUTHORIZED', async () => {
    const first = await createCamp(server.url);
    const second = await createCamp(server.url);
    const member = await joinCamp(server.url, first.slug, 'Anna');
    for (const token of [member.token, first.moderatorToken]) {
      expect((await connectError(server.url, { slug: second.slug, token })).message).toBe(
        'UNAUTHORIZED',
      );
    }
  });

  it('refuses an unknown camp with NOT_FOUND', async () => {
    expect((await connectError(server.url, { slug: 'no-such-camp' })).message).toBe('NOT_FOUND');
  });

  it.each([
    ['no auth', undefined],
    ['no slug', { token: 'abc' }],
    ['a numeric slug', { slug: 7 }],
    ['an empty token', { slug: 'x', token: '' }],
  ])('refuses %s with INVALID', async (_label, auth) => {
    expect((await connectError(server.url, auth)).message).toBe('INVALID');
  });

  it('lets a browser page from another origin not connect, and the same origin connect', async () => {
    const { slug } = await createCamp(server.url);
    // connectError resolves only when the connection is refused.
    const foreign = await connectError(server.url, { slug }, { origin: 'https://evil.example' });
    expect(foreign).toBeInstanceOf(Error);
    const own = await connectClient(server.url, { slug }, { origin: server.url });
    expect(own.connected).toBe(true);
  });

  it('admits origins listed in ALLOWED_ORIGINS', async () => {
    const open = await startTestServer({ env: { ALLOWED_ORIGINS: 'http://localhost:5173' } });
    try {
      const { slug } = await createCamp(open.url);
      const dev = await connectClient(open.url, { slug }, { origin: 'http://localhost:5173' });
      expect(dev.connected).toBe(true);
      await connectError(open.url, { slug }, { origin: 'http://localhost:5174' });
    } finally {
      await open.destroy();
    }
  });

  it('tells each client its role in the camp:sync ack', async () => {
    const camp = await campWithPeople(server.url);
    const viewer = await connectClient(server.url, { slug: camp.slug });
    expect(await sync(camp.moderator, 1)).toMatchObject({
      viewer: { role: 'moderator', participantId: null, displayName: null },
    });
    expect(await sync(camp.alice.socket, 1)).toMatchObject({
      viewer: {
        role: 'participant',
        participantId: camp.alice.participantId,
        displayName: 'Alice',
      },
    });
    expect(await sync(viewer, 1)).toMatchObject({
      viewer: { role: 'viewer', participantId: null, displayName: null },
    });
  });
});
