import type { SyncAck } from '@campgrid/shared';
import { ballotsRecord } from '@campgrid/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot } from '../helpers/api.js';
import { campWithPeople, pitchPayload } from '../helpers/camp-fixture.js';
import { closeAllSockets, connectClient, mustCommand, sync } from '../helpers/socket-client.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  closeAllSockets();
  await server.destroy();
});

function okSync(ack: SyncAck) {
  if (!ack.ok) throw new Error(`sync refused: ${ack.code}`);
  return ack;
}

describe('camp:sync', () => {
  it('sends a reconnecting client exactly the entries it missed', async () => {
    const camp = await campWithPeople(server.url);
    await mustCommand(camp.alice.socket, 'session:pitch', pitchPayload('a'));
    const seenByBob = okSync(await sync(camp.bob.socket, 0)).version;
    camp.bob.socket.close();

    await mustCommand(camp.alice.socket, 'session:pitch', pitchPayload('b'));
    await mustCommand(camp.alice.socket, 'vote:cast', { sessionId: 'a' });
    await mustCommand(camp.moderator, 'session:place', {
      sessionId: 'a',
      placement: { roomId: 'r1', slotId: 'd1s2' },
    });

    const bobAgain = await connectClient(server.url, { slug: camp.slug, token: camp.bob.token });
    const ack = okSync(await sync(bobAgain, seenByBob));
    expect(ack.version).toBe(seenByBob + 3);
    expect(ack.catchUp.kind).toBe('events');
    if (ack.catchUp.kind !== 'events') return;
    expect(ack.catchUp.entries.map((entry) => entry.version)).toEqual([
      seenByBob + 1,
      seenByBob + 2,
      seenByBob + 3,
    ]);
    expect(ack.catchUp.entries.map((entry) => entry.events.map((event) => event.type))).toEqual([
      ['session:pitched'],
      ['vote:cast'],
      ['session:placed'],
    ]);
    // Entries carry no actor or command id: they would tell who voted.
    expect(Object.keys(ack.catchUp.entries[1] ?? {}).sort()).toEqual(['at', 'events', 'version']);
    expect(ack.catchUp.entries[1]?.events[0]).toEqual({ type: 'vote:cast', sessionId: 'a' });
  });

  it('answers an up-to-date client with no entries', async () => {
    const camp = await campWithPeople(server.url);
    const ack = okSync(await sync(camp.alice.socket, 1));
    expect(ack).toMatchObject({ version: 1, catchUp: { kind: 'events', entries: [] } });
  });

  it('sends a snapshot to a client ahead of the server', async () => {
    const camp = await campWithPeople(server.url);
    await mustCommand(camp.alice.socket, 'session:pitch', pitchPayload('a'));
    const ack = okSync(await sync(camp.bob.socket, 99));
    expect(ack.version).toBe(2);
    expect(ack.catchUp.kind).toBe('snapshot');
    if (ack.catchUp.kind !== 'snapshot') return;
    expect(ack.catchUp.state).toEqual(await snapshot(server.url, camp.slug));
  });

  it('sends a snapshot, with only the viewer’s own ballot, to a client more than 500 behind', async () => {
    const camp = await campWithPeople(server.url);
    await mustCommand(camp.alice.socket, 'session:pitch', pitchPayload('a'));
    await mustCommand(camp.alice.socket, 'session:pitch', pitchPayload('b'));
    await mustCommand(camp.alice.socket, 'vote:cast', { sessionId: 'a' });
    await mustCommand(camp.bob.socket, 'vote:cast', { sessionId: 'b' });
    const campId = (await server.store.findCampBySlug(camp.slug))?.id ?? '';
    // 500 more entries, straight through the registry: the socket path is tested elsewhere.
    for (let index = 0; index < 500; index += 1) {
      const outcome = await server.server.registry.execute(campId, {
        commandId: `bulk-${String(index).padStart(4, '0')}`,
        command: { type: 'phase:set', phase: 'pitching', open: index % 2 === 0 },
        actor: { role: 'moderator' },
      });
      expect(outcome.kind).toBe('committed');
    }
    const version = 505;

    const far = okSync(await sync(camp.alice.socket, 4));
    expect(far.version).toBe(version);
    expect(far.catchUp.kind).toBe('snapshot');
    if (far.catchUp.kind !== 'snapshot') return;
    expect(far.catchUp.state.version).toBe(version);
    expect(ballotsRecord(far.catchUp.state.ballots)).toEqual({ [camp.alice.participantId]: ['a'] });
    expect(far.catchUp.state.sessions.map((session) => session.voteCount)).toEqual([1, 1]);

    const moderatorView = okSync(await sync(camp.moderator, 0));
    expect(moderatorView.catchUp).toMatchObject({ kind: 'snapshot', state: { ballots: {} } });

    const justInReach = okSync(await sync(camp.bob.socket, 5));
    expect(justInReach.catchUp.kind).toBe('events');
    if (justInReach.catchUp.kind === 'events')
      expect(justInReach.catchUp.entries).toHaveLength(500);
  });
});
