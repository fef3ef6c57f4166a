import {
  applyEntry,
  ballotsRecord,
  type CampState,
  findConflicts,
  plannerInputFrom,
  type SyncAck,
  tallyEnvelopes,
  type VoteTally,
} from '@campgrid/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campWithPeople, connectParticipant, pitchPayload } from '../helpers/camp-fixture.js';
import {
  closeAllSockets,
  connectClient,
  emitWithAck,
  mustCommand,
  nextEvent,
  sendCommand,
  sync,
  type TestSocket,
} from '../helpers/socket-client.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { nextTally } from './tally.js';

/*
 * Who sees what, live: every broadcast, tally, catch-up entry and snapshot is projected for the
 * receiver's audience (shared/src/projection), with real Socket.IO clients on a real server.
 */

type OkSync = Extract<SyncAck, { ok: true }>;

function okSync(ack: SyncAck): OkSync {
  if (!ack.ok) throw new Error(`sync refused: ${ack.code}`);
  return ack;
}

async function snapshotOf(socket: TestSocket): Promise<CampState> {
  const ack = okSync(
    (await emitWithAck(socket, 'camp:sync', { sinceVersion: 0, snapshot: true })) as SyncAck,
  );
  if (ack.catchUp.kind !== 'snapshot') throw new Error('a snapshot was asked for');
  return ack.catchUp.state;
}

const SECRET_HOST = 'Zelda Hostname';
const CELL_A = { roomId: 'r1', slotId: 'd1s2' };
const CELL_B = { roomId: 'r2', slotId: 'd1s2' };

describe('per-audience projections over the socket', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    closeAllSockets();
    await server.destroy();
  });

  it('keeps host names from the viewers of a camp that hides them: broadcast, catch-up, snapshot', async () => {
    const camp = await campWithPeople(server.url, {
      title: 'Hidden hosts',
      settings: { hideHostNames: true },
    });
    const viewer = await connectClient(server.url, { slug: camp.slug });
    const atViewer = nextEvent(viewer, 'session:pitched');
    const atBob = nextEvent(camp.bob.socket, 'session:pitched');
    await mustCommand(camp.moderator, 'session:pitch', pitchPayload('a', 'Talk', SECRET_HOST));

    const forViewer = await atViewer;
    expect(forViewer.event).toMatchObject({ type: 'session:pitched', session: { hosts: [] } });
    const forBob = await atBob;
    expect(forBob.event.type === 'session:pitched' && forBob.event.session.hosts).toEqual([
      { name: SECRET_HOST, participantId: null },
    ]);

    const caughtUp = okSync(await sync(viewer, 0));
    expect(caughtUp.catchUp.kind).toBe('events');
    const snapshot = await snapshotOf(viewer);
    expect(snapshot.sessions.map((session) => session.hosts)).toEqual([[]]);
    expect(JSON.stringify([forViewer, caughtUp, snapshot])).not.toContain(SECRET_HOST);
    // Participants still see them.
    expect(JSON.stringify(await snapshotOf(camp.bob.socket))).toContain(SECRET_HOST);
  });

  it('hides counts from participants and viewers while voting, not from moderators', async () => {
    const camp = await campWithPeople(server.url, {
      title: 'Hidden counts',
      settings: { hideVoteCounts: true },
    });
    await mustCommand(camp.moderator, 'session:pitch', pitchPayload('a'));
    const before = okSync(await sync(camp.bob.socket, 0)).version;
    const viewer = await connectClient(server.url, { slug: camp.slug });
    const [atBob, atViewer, atModerator] = [camp.bob.socket, viewer, camp.moderator].map(nextTally);

    const ack = await sendCommand(camp.alice.socket, 'vote:cast', { sessionId: 'a' });
    if (!ack.ok) throw new Error('the vote was refused');
    // The voter's own vote reaches them unredacted, in the ack.
    expect(ack.events).toEqual([
      { type: 'vote:cast', sessionId: 'a', participantId: camp.alice.participantId },
    ]);
    const hidden = {
      fromVersion: ack.version,
      version: ack.version,
      at: expect.any(Number),
      hidden: true,
      sessionIds: [],
      votes: [],
    };
    expect(await atBob).toEqual(hidden);
    expect(await atViewer).toEqual(hidden);
    expect(await atModerator).toMatchObject({ sessionIds: ['a'], votes: [[0, 1]] });

    const counts = (state: CampState) => state.sessions.map((session) => session.voteCount);
    expect(counts(await snapshotOf(camp.bob.socket))).toEqual([0]);
    expect(counts(await snapshotOf(viewer))).toEqual([0]);
    const aliceView = await snapshotOf(camp.alice.socket);
    expect(counts(aliceView)).toEqual([0]);
    expect(ballotsRecord(aliceView.ballots)).toEqual({ [camp.alice.participantId]: ['a'] });
    expect(counts(await snapshotOf(camp.moderator))).toEqual([1]);

    // Catch-up entries say only that a version passed.
    const caughtUp = okSync(await sync(camp.bob.socket, before));
    expect(caughtUp.catchUp).toEqual({
      kind: 'events',
      entries: [
        {
          version: ack.version,
          at: expect.any(Number),
          events: [{ type: 'vote:recorded', hidden: true }],
        },
      ],
    });
  });

  it('gives moderators anonymised ballots: the planner sees shared voters, never who they are', async () => {
    const camp = await campWithPeople(server.url);
    const carol = await connectParticipant(server.url, camp.slug, 'Carol');
    const voters = [camp.alice, camp.bob, carol];
    await mustCommand(camp.moderator, 'session:pitch', pitchPayload('a', 'A', 'Host A'));
    await mustCommand(camp.moderator, 'session:pitch', pitchPayload('b', 'B', 'Host B'));
    await mustCommand(camp.moderator, 'session:place', { sessionId: 'a', placement: CELL_A });
    await mustCommand(camp.moderator, 'session:place', { sessionId: 'b', placement: CELL_B });
    const start = await snapshotOf(camp.moderator);
    expect(start.ballots).toEqual({});

    const tallies: VoteTally[] = [];
    camp.moderator.on('votes:tallied', (tally: VoteTally) => tallies.push(tally));
    for (const voter of voters) {
      await mustCommand(voter.socket, 'vote:cast', { sessionId: 'a' });
      await mustCommand(voter.socket, 'vote:cast', { sessionId: 'b' });
    }
    // A non-vote entry sends the open tally before its ack.
    const marker = await sendCommand(camp.moderator, 'phase:set', {
      phase: 'pitching',
      open: true,
    });
    if (!marker.ok) throw new Error('phase:set was refused');

    // The moderator's state, kept live from the tallies and its own ack, as its client keeps it.
    let live = start;
    for (const envelope of tallies.flatMap(tallyEnvelopes)) {
      if (envelope.version > live.version) {
        live = applyEntry(live, {
          version: envelope.version,
          at: envelope.at,
          events: [envelope.event],
        });
      }
    }
    live = applyEntry(live, { version: marker.version, at: 0, events: marker.events });
    const snapshot = await snapshotOf(camp.moderator);
    expect(live).toEqual(snapshot);

    const keyed = ballotsRecord(snapshot.ballots);
    expect(Object.values(keyed)).toEqual([
      ['a', 'b'],
      ['a', 'b'],
      ['a', 'b'],
    ]);
    const conflicts = findConflicts(plannerInputFrom(live, { replaceUnpinned: false }));
    expect(conflicts).toContainEqual(
      expect.objectContaining({ kind: 'shared-voters', sessionIds: ['a', 'b'] }),
    );

    // Catch-up entries carry the same keys, so a reconnecting moderator stays in step.
    const caughtUp = okSync(await sync(camp.moderator, start.version));
    const keysInEntries =
      caughtUp.catchUp.kind === 'events'
        ? caughtUp.catchUp.entries.flatMap((entry) =>
            entry.events.flatMap((event) =>
              event.type === 'vote:cast' && event.participantId !== undefined
                ? [event.participantId]
                : [],
            ),
          )
        : [];
    expect(new Set(keysInEntries)).toEqual(new Set(Object.keys(keyed)));

    const seen = JSON.stringify([tallies, snapshot, caughtUp]);
    for (const voter of voters) expect(seen).not.toContain(voter.participantId);
  });

  it('sends a moderator a snapshot for a catch-up over a vote of someone who left', async () => {
    const camp = await campWithPeople(server.url);
    await mustCommand(camp.moderator, 'session:pitch', pitchPayload('a'));
    const seen = okSync(await sync(camp.moderator, 0)).version;
    await mustCommand(camp.alice.socket, 'vote:cast', { sessionId: 'a' });
    const gone = nextEvent(camp.bob.socket, 'participant:left');
    await mustCommand(camp.alice.socket, 'participant:leave', {});
    await gone;
    // The participant's record goes right after the ack; give it a moment.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const ack = okSync(await sync(camp.moderator, seen));
    expect(ack.catchUp.kind).toBe('snapshot');
    expect(ack.catchUp.kind === 'snapshot' && ack.catchUp.state.ballots).toEqual({});
  });
});
