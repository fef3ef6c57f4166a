import type { CommandAck, EventEnvelope, SyncAck, VoteTally } from '@campgrid/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { replay } from '../../../server/src/camps/registry.js';
import { createCamp, joinCamp, snapshot } from '../helpers/api.js';
import { pitchPayload } from '../helpers/camp-fixture.js';
import {
  closeAllSockets,
  connectClient,
  mustCommand,
  newCommandId,
  nextEvent,
  recordEvents,
  sendCommand,
  sync,
  type TestSocket,
} from '../helpers/socket-client.js';
import { type Cluster, type Instance, startCluster, two } from './cluster.js';

let cluster: Cluster;
let first: Instance;
let second: Instance;

beforeAll(async () => {
  cluster = await startCluster(2);
  [first, second] = two(cluster);
});
afterEach(() => {
  closeAllSockets();
});
afterAll(async () => {
  await cluster?.destroy();
});

/** Guards against a hang while broadcasts travel through Redis; never part of an assertion. */
/** The 200 commands all wait in one camp's line; on a busy machine that can take seconds. */
const HAMMER_LIMIT_MS = 25_000;

async function until(condition: () => boolean, what: string, limitMs = 5_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`still waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function okSync(ack: SyncAck) {
  if (!ack.ok) throw new Error(`sync refused: ${ack.code}`);
  return ack;
}

async function campOnFirst(title: string) {
  const camp = await createCamp(first.url, { title });
  const record = await first.store.findCampBySlug(camp.slug);
  if (!record) throw new Error('the camp was not stored');
  return { ...camp, campId: record.id };
}

async function participantOn(instance: Instance, slug: string, name: string) {
  const joined = await joinCamp(instance.url, slug, name);
  const socket = await connectClient(instance.url, { slug, token: joined.token });
  return { ...joined, socket };
}

describe('two instances on one PostgreSQL and one Redis', () => {
  it('serialize 200 concurrent commands for one camp without a gap, a duplicate or a loss', async () => {
    const camp = await campOnFirst('Hammered');
    const moderators = [
      await connectClient(first.url, { slug: camp.slug, token: camp.moderatorToken }),
      await connectClient(second.url, { slug: camp.slug, token: camp.moderatorToken }),
    ];
    const watchers = [
      await connectClient(first.url, { slug: camp.slug }),
      await connectClient(second.url, { slug: camp.slug }),
    ];
    const received = watchers.map((watcher) => recordEvents(watcher));

    const sent: Array<{ commandId: string; ack: Promise<CommandAck> }> = [];
    for (let index = 0; index < 200; index += 1) {
      const moderator = moderators[index % 2] as TestSocket;
      const commandId = newCommandId();
      const ack = moderator.timeout(HAMMER_LIMIT_MS).emitWithAck('session:pitch', {
        commandId,
        payload: pitchPayload(`s${index}`),
      }) as Promise<CommandAck>;
      sent.push({ commandId, ack });
    }
    const acks = await Promise.all(
      sent.map(async ({ commandId, ack }) => ({ commandId, ack: await ack })),
    );

    const versionOf = new Map<string, number>();
    for (const { commandId, ack } of acks) {
      if (!ack.ok) throw new Error(`${commandId} refused: ${ack.code} ${ack.message}`);
      versionOf.set(commandId, ack.version);
    }
    const log = await second.store.readEntries(camp.campId, 0);
    expect(log.map((entry) => entry.version)).toEqual(
      Array.from({ length: 201 }, (_, index) => index + 1),
    );
    const logged = log.slice(1).map((entry) => entry.commandId);
    expect(new Set(logged).size).toBe(200);
    for (const entry of log.slice(1)) expect(versionOf.get(entry.commandId)).toBe(entry.version);

    const expected = replay(log);
    expect(await first.server.registry.current(camp.campId)).toEqual(expected);
    expect(await second.server.registry.current(camp.campId)).toEqual(expected);
    expect(expected.sessions).toHaveLength(200);

    // Every watcher, on either instance, gets every change once and in version order.
    for (const events of received) {
      await until(() => events.length >= 200, 'all 200 broadcasts', HAMMER_LIMIT_MS);
      expect(events.map((event) => event.envelope.version)).toEqual(
        Array.from({ length: 200 }, (_, index) => index + 2),
      );
    }
  }, 40_000);

  it('carry a command on one instance to a client on the other, in both directions', async () => {
    const camp = await campOnFirst('Across');
    const alice = await participantOn(first, camp.slug, 'Alice');
    const bob = await participantOn(second, camp.slug, 'Bob');

    const pitched = nextEvent(bob.socket, 'session:pitched');
    const version = await mustCommand(alice.socket, 'session:pitch', pitchPayload('shared'));
    const envelope: EventEnvelope = await pitched;
    expect(envelope).toMatchObject({
      version,
      event: { type: 'session:pitched', session: { id: 'shared' } },
    });

    // And back: the moderator on the second instance places it, the first one's client sees it.
    const placed = nextEvent(alice.socket, 'session:placed');
    const moderator = await connectClient(second.url, {
      slug: camp.slug,
      token: camp.moderatorToken,
    });
    const placeVersion = await mustCommand(moderator, 'session:place', {
      sessionId: 'shared',
      placement: { roomId: 'r1', slotId: 'd1s2' },
    });
    expect(await placed).toMatchObject({
      version: placeVersion,
      event: { type: 'session:placed', sessionId: 'shared', previous: null },
    });
  });

  it('catch up a client that missed events on one instance and comes back on the other', async () => {
    const camp = await campOnFirst('Moving');
    const moderator = await connectClient(first.url, {
      slug: camp.slug,
      token: camp.moderatorToken,
    });
    const alice = await participantOn(first, camp.slug, 'Alice');
    const bob = await participantOn(second, camp.slug, 'Bob');
    await mustCommand(alice.socket, 'session:pitch', pitchPayload('a'));
    // The second instance now holds the camp in memory, at this version.
    const seen = okSync(await sync(bob.socket, 0)).version;
    bob.socket.close();

    await mustCommand(alice.socket, 'session:pitch', pitchPayload('b'));
    await mustCommand(alice.socket, 'vote:cast', { sessionId: 'a' });
    await mustCommand(moderator, 'session:place', {
      sessionId: 'a',
      placement: { roomId: 'r1', slotId: 'd1s2' },
    });

    const bobAgain = await connectClient(second.url, { slug: camp.slug, token: bob.token });
    const ack = okSync(await sync(bobAgain, seen));
    expect(ack.version).toBe(seen + 3);
    expect(ack.catchUp.kind).toBe('events');
    if (ack.catchUp.kind !== 'events') return;
    expect(ack.catchUp.entries.map((entry) => entry.version)).toEqual([
      seen + 1,
      seen + 2,
      seen + 3,
    ]);
    expect(ack.catchUp.entries.map((entry) => entry.events.map((event) => event.type))).toEqual([
      ['session:pitched'],
      ['vote:cast'],
      ['session:placed'],
    ]);
    expect(await snapshot(second.url, camp.slug)).toEqual(await snapshot(first.url, camp.slug));
  });

  it('tally votes on both instances so that a watcher on either gets every version once', async () => {
    const camp = await campOnFirst('Voting everywhere');
    const moderator = await connectClient(second.url, {
      slug: camp.slug,
      token: camp.moderatorToken,
    });
    await mustCommand(moderator, 'session:pitch', pitchPayload('a'));
    await mustCommand(moderator, 'session:pitch', pitchPayload('b'));
    const voters = await Promise.all(
      ['Ada', 'Ben', 'Cem', 'Dana', 'Eli', 'Fay'].map((name, index) =>
        participantOn(index % 2 === 0 ? first : second, camp.slug, name),
      ),
    );
    // What a watcher was sent, by version; each instance holds its own votes in its own tallies.
    const watchers = [first, second].map(async (instance) => {
      const socket = await connectClient(instance.url, { slug: camp.slug });
      const versions: number[] = [];
      socket.onAny((name: string, payload: EventEnvelope | VoteTally) => {
        if (name === 'votes:tallied' && 'fromVersion' in payload) {
          for (let version = payload.fromVersion; version <= payload.version; version += 1) {
            versions.push(version);
          }
        } else if ('event' in payload) {
          versions.push(payload.version);
        }
      });
      return versions;
    });
    const received = await Promise.all(watchers);
    const start = okSync(await sync(moderator, 0)).version;

    await Promise.all([
      ...voters.map(async (voter) => {
        for (const sessionId of ['a', 'b', 'a', 'b']) {
          await mustCommand(voter.socket, 'vote:cast', { sessionId });
          await mustCommand(voter.socket, 'vote:retract', { sessionId });
        }
      }),
      // Entries that are not votes, from one instance, while the other may hold an open tally.
      (async () => {
        for (const id of ['c', 'd', 'e']) {
          await mustCommand(moderator, 'session:pitch', pitchPayload(id));
        }
      })(),
    ]);
    const last = await mustCommand(moderator, 'session:pitch', pitchPayload('f'));

    const expected = Array.from({ length: last - start }, (_, index) => start + index + 1);
    for (const versions of received) {
      await until(() => versions.length >= expected.length, 'every version', HAMMER_LIMIT_MS);
      // Out of order at times (a later entry may overtake another instance's tally), never
      // missing and never twice: holes close by themselves, without a sync.
      expect([...versions].sort((x, y) => x - y)).toEqual(expected);
    }
    expect(last - start).toBe(6 * 8 + 4);
  }, 40_000);

  it('decide a command against what another instance wrote since', async () => {
    const camp = await campOnFirst('Clash');
    const onFirst = await connectClient(first.url, { slug: camp.slug, token: camp.moderatorToken });
    const onSecond = await connectClient(second.url, {
      slug: camp.slug,
      token: camp.moderatorToken,
    });
    await mustCommand(onSecond, 'session:pitch', pitchPayload('one'));
    await mustCommand(onSecond, 'session:pitch', pitchPayload('two'));
    const placed = await mustCommand(onFirst, 'session:place', {
      sessionId: 'one',
      placement: { roomId: 'r1', slotId: 'd1s2' },
    });

    // The second instance last saw the camp before the placement.
    const clash = await sendCommand(onSecond, 'session:place', {
      sessionId: 'two',
      placement: { roomId: 'r1', slotId: 'd1s2' },
    });
    expect(clash).toMatchObject({ ok: false, code: 'CELL_OCCUPIED' });
    expect(
      await mustCommand(onSecond, 'session:place', {
        sessionId: 'two',
        placement: { roomId: 'r2', slotId: 'd1s2' },
      }),
    ).toBe(placed + 1);
  });
});
