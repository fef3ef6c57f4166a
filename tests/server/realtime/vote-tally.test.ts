import http from 'node:http';
import type { DomainEvent, VoteTally } from '@campgrid/shared';
import { Server } from 'socket.io';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CampBroadcaster,
  VOTE_TALLY_MAX_VOTES,
} from '../../../server/src/realtime/camp-broadcaster.js';
import {
  type CampServer,
  roomsFor,
  shardRoom,
  TALLY_SHARDS,
} from '../../../server/src/realtime/types.js';
import type { StoredEntry } from '../../../server/src/store/store.js';
import { plannedCamp } from '../../shared/fixtures.js';
import { campWithPeople, pitchPayload } from '../helpers/camp-fixture.js';
import {
  closeAllSockets,
  connectClient,
  emitWithAck,
  mustCommand,
  nextEvent,
  type TestSocket,
} from '../helpers/socket-client.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/** Guards against a hang; never part of what a test asserts. */
const WAIT_LIMIT_MS = 5_000;
/** Long enough that only an explicit flush or a non-vote entry sends a tally. */
const NEVER_MS = 60_000;
const CAMP = 'camp-1';
/** Counts visible, host names shown: the projection only takes the voter out. */
const STATE = plannedCamp();

interface Received {
  name: string;
  payload: { version: number; fromVersion?: number };
}

/** Everything the socket receives, in order, and a way to wait for a number of messages. */
function record(socket: TestSocket) {
  const received: Received[] = [];
  const waiters: Array<() => void> = [];
  socket.onAny((name: string, payload: Received['payload']) => {
    received.push({ name, payload });
    for (const wake of waiters.splice(0)) wake();
  });
  const atLeast = (count: number): Promise<Received[]> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`only ${received.length} of ${count} messages`)),
        WAIT_LIMIT_MS,
      );
      const check = () => {
        if (received.length >= count) {
          clearTimeout(timer);
          resolve(received);
        } else waiters.push(check);
      };
      check();
    });
  return { received, atLeast };
}

function entry(version: number, events: DomainEvent[]): StoredEntry {
  return {
    version,
    at: 1_700_000_000_000 + version,
    commandId: `command-${version}`,
    actor: { role: 'participant', participantId: `voter-${version}` },
    events,
  };
}

const cast = (version: number, sessionId: string) =>
  entry(version, [{ type: 'vote:cast', sessionId, participantId: `voter-${version}` }]);
const retract = (version: number, sessionId: string) =>
  entry(version, [{ type: 'vote:retracted', sessionId, participantId: `voter-${version}` }]);
const placed = (version: number) =>
  entry(version, [
    {
      type: 'session:placed',
      sessionId: 's1',
      placement: { roomId: 'r1', slotId: 'd1s2' },
      previous: null,
    },
  ]);

describe('CampBroadcaster on a bare Socket.IO server', () => {
  let io: CampServer;
  let url: string;
  beforeAll(async () => {
    const httpServer = http.createServer();
    io = new Server(httpServer, { transports: ['websocket'] });
    let connections = 0;
    io.on('connection', (socket) => {
      connections += 1;
      void socket.join(roomsFor(CAMP, 'viewer', connections));
    });
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    const address = httpServer.address();
    if (address === null || typeof address === 'string') throw new Error('not listening');
    url = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    closeAllSockets();
    await new Promise<void>((resolve) => io.close(() => resolve()));
  });

  it('sends a run of vote entries as one tally, one vote per version, in order', async () => {
    const client = record(await connectClient(url, {}));
    const broadcaster = new CampBroadcaster(io, NEVER_MS);
    broadcaster.publish(CAMP, cast(5, 's1'), STATE);
    broadcaster.publish(CAMP, cast(6, 's2'), STATE);
    broadcaster.publish(CAMP, retract(7, 's1'), STATE);
    broadcaster.publish(CAMP, cast(8, 's2'), STATE);
    broadcaster.flush(CAMP);
    // Nothing is open any more: a second flush sends nothing, the next entry follows directly.
    broadcaster.flush(CAMP);
    broadcaster.publish(CAMP, placed(9), STATE);

    const received = await client.atLeast(2);
    expect(received).toEqual([
      {
        name: 'votes:tallied',
        payload: {
          fromVersion: 5,
          version: 8,
          at: 1_700_000_000_008,
          sessionIds: ['s1', 's2'],
          votes: [
            [0, 1],
            [1, 1],
            [0, -1],
            [1, 1],
          ],
        },
      },
      { name: 'session:placed', payload: expect.objectContaining({ version: 9 }) },
    ]);
    // Who voted stays on the server.
    expect(JSON.stringify(received)).not.toContain('voter-');
  });

  it('sends the open tally before any other entry, so versions stay in order', async () => {
    const client = record(await connectClient(url, {}));
    const broadcaster = new CampBroadcaster(io, NEVER_MS);
    broadcaster.publish(CAMP, cast(5, 's1'), STATE);
    broadcaster.publish(CAMP, cast(6, 's1'), STATE);
    broadcaster.publish(CAMP, placed(7), STATE);

    const received = await client.atLeast(2);
    expect(
      received.map(({ name, payload }) => [name, payload.fromVersion, payload.version]),
    ).toEqual([
      ['votes:tallied', 5, 6],
      ['session:placed', undefined, 7],
    ]);
  });

  it('starts a new tally where versions skip: a tally covers every version it spans', async () => {
    const client = record(await connectClient(url, {}));
    const broadcaster = new CampBroadcaster(io, NEVER_MS);
    broadcaster.publish(CAMP, cast(5, 's1'), STATE);
    // Version 6 was written by another instance and broadcast by it.
    broadcaster.publish(CAMP, cast(7, 's1'), STATE);
    broadcaster.publish(CAMP, placed(8), STATE);

    const received = await client.atLeast(3);
    expect(
      received.map(({ name, payload }) => [name, payload.fromVersion, payload.version]),
    ).toEqual([
      ['votes:tallied', 5, 5],
      ['votes:tallied', 7, 7],
      ['session:placed', undefined, 8],
    ]);
  });

  it('sends the tally by itself once its interval is over', async () => {
    const client = record(await connectClient(url, {}));
    const broadcaster = new CampBroadcaster(io, 10);
    broadcaster.publish(CAMP, cast(5, 's1'), STATE);
    const received = await client.atLeast(1);
    expect(received[0]).toEqual({
      name: 'votes:tallied',
      payload: {
        fromVersion: 5,
        version: 5,
        at: 1_700_000_000_005,
        sessionIds: ['s1'],
        votes: [[0, 1]],
      },
    });
  });

  it('sends a full tally at once, so a rush never builds one huge message', async () => {
    const client = record(await connectClient(url, {}));
    const broadcaster = new CampBroadcaster(io, NEVER_MS);
    for (let version = 10; version < 10 + VOTE_TALLY_MAX_VOTES + 1; version += 1) {
      broadcaster.publish(CAMP, cast(version, `s${version % 7}`), STATE);
    }
    const [full] = await client.atLeast(1);
    expect(full?.payload).toMatchObject({ fromVersion: 10, version: 9 + VOTE_TALLY_MAX_VOTES });
    broadcaster.flush(CAMP);
    const received = await client.atLeast(2);
    expect(received[1]?.payload).toMatchObject({
      fromVersion: 10 + VOTE_TALLY_MAX_VOTES,
      version: 10 + VOTE_TALLY_MAX_VOTES,
    });
  });

  it('sends each vote at once with interval 0', async () => {
    const client = record(await connectClient(url, {}));
    const broadcaster = new CampBroadcaster(io, 0);
    broadcaster.publish(CAMP, cast(5, 's1'), STATE);
    broadcaster.publish(CAMP, retract(6, 's1'), STATE);
    const received = await client.atLeast(2);
    expect(received.map(({ payload }) => [payload.fromVersion, payload.version])).toEqual([
      [5, 5],
      [6, 6],
    ]);
  });

  it('keeps camps apart', async () => {
    const client = record(await connectClient(url, {}));
    const broadcaster = new CampBroadcaster(io, NEVER_MS);
    broadcaster.publish('other-camp', cast(5, 's1'), STATE);
    broadcaster.publish(CAMP, cast(9, 's1'), STATE);
    broadcaster.flush('other-camp');
    broadcaster.flush(CAMP);
    const received = await client.atLeast(1);
    expect(received.map(({ payload }) => payload.version)).toEqual([9]);
  });
});

describe('vote tallies through the command pipeline', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    closeAllSockets();
    await server.destroy();
  });

  it('covers every vote’s version exactly once, in order, with the right votes', async () => {
    const camp = await campWithPeople(server.url);
    await mustCommand(camp.moderator, 'session:pitch', pitchPayload('a'));
    await mustCommand(camp.moderator, 'session:pitch', pitchPayload('b'));
    const viewer = await connectClient(server.url, { slug: camp.slug });
    const seen = record(viewer);

    const versions = await Promise.all([
      mustCommand(camp.alice.socket, 'vote:cast', { sessionId: 'a' }),
      mustCommand(camp.bob.socket, 'vote:cast', { sessionId: 'a' }),
      mustCommand(camp.bob.socket, 'vote:cast', { sessionId: 'b' }),
    ]);
    const retracted = await mustCommand(camp.alice.socket, 'vote:retract', { sessionId: 'a' });
    const marker = nextEvent(viewer, 'phase:changed');
    const last = await mustCommand(camp.moderator, 'phase:set', { phase: 'voting', open: true });
    await marker;

    const first = Math.min(...versions);
    const tallies = seen.received.slice(0, -1).map(({ name, payload }) => {
      expect(name).toBe('votes:tallied');
      return payload as VoteTally;
    });
    // Back to back: each tally starts where the one before ended, the marker comes next.
    let next = first;
    for (const tally of tallies) {
      expect(tally.fromVersion).toBe(next);
      next = tally.version + 1;
    }
    expect(next).toBe(last);
    expect(seen.received.at(-1)).toMatchObject({
      name: 'phase:changed',
      payload: { version: last },
    });
    // Each version's vote, read back from the tallies, is what that command stored.
    const byVersion = new Map<number, [string, number]>();
    for (const tally of tallies) {
      expect(tally.votes).toHaveLength(tally.version - tally.fromVersion + 1);
      tally.votes.forEach(([index, delta], offset) => {
        byVersion.set(tally.fromVersion + offset, [tally.sessionIds[index] ?? '?', delta]);
      });
    }
    const [aliceA, bobA, bobB] = versions;
    expect(Object.fromEntries(byVersion)).toEqual({
      [aliceA ?? -1]: ['a', 1],
      [bobA ?? -1]: ['a', 1],
      [bobB ?? -1]: ['b', 1],
      [retracted]: ['a', -1],
    });
  });

  it('sends the open tally before a camp:sync reply, never a tally that starts below it', async () => {
    const camp = await campWithPeople(server.url);
    await mustCommand(camp.moderator, 'session:pitch', pitchPayload('a'));
    const viewer = await connectClient(server.url, { slug: camp.slug });
    const order: string[] = [];
    let tallied: VoteTally | null = null;
    viewer.on('votes:tallied', (tally: VoteTally) => {
      tallied = tally;
      order.push('tally');
    });

    const vote = await mustCommand(camp.alice.socket, 'vote:cast', { sessionId: 'a' });
    const reply = (await emitWithAck(viewer, 'camp:sync', { sinceVersion: 0 })) as {
      version: number;
    };
    order.push('sync reply');
    expect(order).toEqual(['tally', 'sync reply']);
    expect(tallied).toMatchObject({ fromVersion: vote, version: vote });
    expect(reply.version).toBe(vote);
  });
});

describe('CampBroadcaster tally shards', () => {
  /** Records what the broadcaster hands to Socket.IO: the room and the tally's versions. */
  function fakeServer() {
    const sent: Array<{ room: string; from: number; to: number }> = [];
    const io = {
      to: (room: string) => ({
        emit: (_name: string, tally: VoteTally) => {
          sent.push({ room, from: tally.fromVersion, to: tally.version });
        },
      }),
    };
    return { io: io as unknown as CampServer, sent };
  }
  const participantsOf = (sent: Array<{ room: string; from: number; to: number }>) =>
    sent.filter(({ room }) => room.includes(':audience:participant:'));

  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends one shard per tick, each shard every vote once and in order', () => {
    vi.useFakeTimers();
    const { io, sent } = fakeServer();
    const tick = 80 / TALLY_SHARDS;
    const shards = Array.from({ length: TALLY_SHARDS }, (_, shard) => shard);
    const broadcaster = new CampBroadcaster(io, 80);
    broadcaster.publish(CAMP, cast(5, 's1'), STATE);
    broadcaster.publish(CAMP, cast(6, 's2'), STATE);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(tick);
    expect(participantsOf(sent)).toEqual([
      { room: shardRoom(CAMP, 'participant', 0), from: 5, to: 6 },
    ]);
    vi.advanceTimersByTime((TALLY_SHARDS - 1) * tick);
    expect(participantsOf(sent)).toEqual(
      shards.map((shard) => ({ room: shardRoom(CAMP, 'participant', shard), from: 5, to: 6 })),
    );
    broadcaster.publish(CAMP, retract(7, 's1'), STATE);
    vi.advanceTimersByTime(tick);
    expect(participantsOf(sent).slice(TALLY_SHARDS)).toEqual([
      { room: shardRoom(CAMP, 'participant', 0), from: 7, to: 7 },
    ]);
    // A non-vote entry first sends what each shard still lacks, so versions stay in order.
    broadcaster.flush(CAMP);
    expect(participantsOf(sent).slice(TALLY_SHARDS)).toEqual(
      shards.map((shard) => ({ room: shardRoom(CAMP, 'participant', shard), from: 7, to: 7 })),
    );
    // Every audience is sharded alike: moderators and viewers get the same turns.
    expect(sent.filter(({ room }) => room.includes(':audience:viewer:'))).toHaveLength(
      2 * TALLY_SHARDS,
    );
    vi.advanceTimersByTime(10 * TALLY_SHARDS * tick);
    expect(participantsOf(sent)).toHaveLength(2 * TALLY_SHARDS);
  });

  it('drops a deleted camp’s open tally', () => {
    vi.useFakeTimers();
    const { io, sent } = fakeServer();
    const broadcaster = new CampBroadcaster(io, 80);
    broadcaster.publish(CAMP, cast(5, 's1'), STATE);
    broadcaster.forget(CAMP);
    vi.advanceTimersByTime(1_000);
    broadcaster.flush(CAMP);
    expect(sent).toEqual([]);
  });
});
