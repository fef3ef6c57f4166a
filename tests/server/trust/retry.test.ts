import type { CommandAck } from '@campgrid/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshot } from '../helpers/api.js';
import { campWithPeople, pitchPayload } from '../helpers/camp-fixture.js';
import {
  closeAllSockets,
  connectClient,
  mustCommand,
  newCommandId,
  sendCommand,
  waitForDisconnect,
} from '../helpers/socket-client.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let server: TestServer | undefined;
afterEach(async () => {
  closeAllSockets();
  await server?.destroy();
  server = undefined;
});

describe('a retry after a lost ack', () => {
  it('is applied once when the connection dropped before the ack arrived', async () => {
    server = await startTestServer();
    const camp = await campWithPeople(server.url);
    await mustCommand(camp.alice.socket, 'session:pitch', pitchPayload('s'));
    const commandId = newCommandId();
    // The vote leaves, and the connection drops before its ack can come back.
    let lostAck: CommandAck | null = null;
    camp.bob.socket.emit(
      'vote:cast',
      { commandId, payload: { sessionId: 's' } },
      (ack: CommandAck) => {
        lostAck = ack;
      },
    );
    camp.bob.socket.disconnect();
    await waitForDisconnect(camp.bob.socket);
    expect(lostAck).toBeNull();
    // Others carry on meanwhile.
    await mustCommand(camp.alice.socket, 'session:pitch', pitchPayload('t'));

    const again = await connectClient(server.url, { slug: camp.slug, token: camp.bob.token });
    const retry = await sendCommand(again, 'vote:cast', { sessionId: 's' }, commandId);
    const secondRetry = await sendCommand(again, 'vote:cast', { sessionId: 's' }, commandId);
    // Whether the first try reached the server or not, the vote counts once.
    expect(retry).toMatchObject({ ok: true });
    expect(secondRetry).toEqual({ ...retry, duplicate: true });
    const state = await snapshot(server.url, camp.slug);
    expect(state.sessions.find((session) => session.id === 's')?.voteCount).toBe(1);
  });

  it('is recognised after a restart, with the original version, and counts once', async () => {
    server = await startTestServer();
    const camp = await campWithPeople(server.url);
    await mustCommand(camp.alice.socket, 'session:pitch', pitchPayload('s'));
    const commandId = newCommandId();
    const original = await sendCommand(camp.bob.socket, 'vote:cast', { sessionId: 's' }, commandId);
    expect(original).toMatchObject({ ok: true, duplicate: false });
    await mustCommand(camp.alice.socket, 'session:pitch', pitchPayload('later'));
    closeAllSockets();

    server = await server.restart();
    const bob = await connectClient(server.url, { slug: camp.slug, token: camp.bob.token });
    const retry = await sendCommand(bob, 'vote:cast', { sessionId: 's' }, commandId);
    expect(retry).toEqual({ ...original, duplicate: true });
    const state = await snapshot(server.url, camp.slug);
    expect(state.version).toBe(4);
    expect(state.sessions.find((session) => session.id === 's')?.voteCount).toBe(1);
  });

  it('with the same id from another participant is not taken as theirs', async () => {
    server = await startTestServer();
    const camp = await campWithPeople(server.url);
    await mustCommand(camp.alice.socket, 'session:pitch', pitchPayload('s'));
    const commandId = newCommandId();
    const bobs = await sendCommand(camp.bob.socket, 'vote:cast', { sessionId: 's' }, commandId);
    expect(bobs).toMatchObject({ ok: true, duplicate: false });
    const alices = await sendCommand(camp.alice.socket, 'vote:cast', { sessionId: 's' }, commandId);
    // The id is taken: Alice is told it is a duplicate, and learns nothing of whose vote it was.
    expect(alices).toMatchObject({ ok: true, duplicate: true });
    expect(JSON.stringify(alices)).not.toContain(camp.bob.participantId);
    const state = await snapshot(server.url, camp.slug);
    expect(state.sessions[0]?.voteCount).toBe(1);
  });
});
