import type { CoModeratorCreated, ModeratorPresence, PresenceChanged } from '@campgrid/shared';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCamp, joinCamp } from '../helpers/api.js';
import { TEST_REDIS_URL } from '../helpers/redis.js';
import {
  closeAllSockets,
  connectClient,
  presenceWhere,
  type TestSocket,
} from '../helpers/socket-client.js';
import { asHolder } from '../trust/support.js';
import { type Cluster, type Instance, startCluster, two } from './cluster.js';

/*
 * Moderators of one camp on two instances: each must see the other, what the other holds, and
 * the other leave, although neither instance has the other's socket.
 */

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

/** An instance that does not answer costs the adapter's 5 s per round; two rounds may queue. */
const SILENT_PEER_LIMIT_MS = 20_000;

function ids(presence: PresenceChanged): string[] {
  return presence.moderators.map((moderator) => moderator.connectionId);
}

function entryOf(presence: PresenceChanged, socket: TestSocket): ModeratorPresence | undefined {
  return presence.moderators.find((moderator) => moderator.connectionId === socket.id);
}

async function campWithCoModerator(label: string) {
  const camp = await createCamp(first.url);
  const created = await asHolder<CoModeratorCreated>(
    first.url,
    camp.moderatorToken,
    'POST',
    `/api/camps/${camp.slug}/co-moderators`,
    { label },
  );
  if (created.status !== 201 && created.status !== 200) {
    throw new Error(`co-moderator link refused: ${created.status}`);
  }
  return { ...camp, coToken: (created.body as CoModeratorCreated).token };
}

describe('moderator presence across two instances', () => {
  it('shows each moderator the other, what the other holds, and the other leaving', async () => {
    const camp = await campWithCoModerator('Team Nord');
    const a = await connectClient(first.url, { slug: camp.slug, token: camp.moderatorToken });
    const aSeesBoth = presenceWhere(a, (presence) => presence.moderators.length === 2);
    const b = await connectClient(second.url, { slug: camp.slug, token: camp.coToken });
    const bSeesBoth = presenceWhere(b, (presence) => presence.moderators.length === 2);

    // The same list on both instances, in the order they connected.
    const expected = [
      { connectionId: a.id, label: 'Moderation', pickedSessionId: null },
      { connectionId: b.id, label: 'Team Nord', pickedSessionId: null },
    ];
    expect((await aSeesBoth).moderators).toEqual(expected);
    expect((await bSeesBoth).moderators).toEqual(expected);

    const aSeesPick = presenceWhere(
      a,
      (presence) => entryOf(presence, b)?.pickedSessionId === 's-1',
    );
    b.emit('presence:update', { pickedSessionId: 's-1' });
    expect(entryOf(await aSeesPick, b)).toEqual({
      connectionId: b.id,
      label: 'Team Nord',
      pickedSessionId: 's-1',
    });

    const bSeesPick = presenceWhere(
      b,
      (presence) => entryOf(presence, a)?.pickedSessionId === 's-2',
    );
    a.emit('presence:update', { pickedSessionId: 's-2' });
    const both = await bSeesPick;
    expect(entryOf(both, a)?.pickedSessionId).toBe('s-2');
    expect(entryOf(both, b)?.pickedSessionId).toBe('s-1');

    const aSeesBLeave = presenceWhere(a, (presence) => presence.moderators.length === 1);
    b.close();
    expect((await aSeesBLeave).moderators).toEqual([
      { connectionId: a.id, label: 'Moderation', pickedSessionId: 's-2' },
    ]);
  });

  it('tells no participant or viewer on either instance', async () => {
    const camp = await createCamp(first.url);
    const member = await joinCamp(first.url, camp.slug, 'Anna');
    const listeners = [
      await connectClient(first.url, { slug: camp.slug, token: member.token }),
      await connectClient(second.url, { slug: camp.slug, token: member.token }),
      await connectClient(first.url, { slug: camp.slug }),
      await connectClient(second.url, { slug: camp.slug }),
    ];
    const heard: number[] = [];
    listeners.forEach((socket, index) => {
      socket.on('presence:changed', () => heard.push(index));
    });

    const a = await connectClient(first.url, { slug: camp.slug, token: camp.moderatorToken });
    const b = await connectClient(second.url, { slug: camp.slug, token: camp.moderatorToken });
    const seen = presenceWhere(
      a,
      (presence) =>
        entryOf(presence, b)?.pickedSessionId === 's-3' && presence.moderators.length === 2,
    );
    b.emit('presence:update', { pickedSessionId: 's-3' });
    await seen;
    expect(heard).toEqual([]);
  });

  it('keeps the moderators of different camps apart across instances', async () => {
    const campA = await createCamp(first.url, { title: 'Camp A' });
    const campB = await createCamp(second.url, { title: 'Camp B' });
    const inA = await connectClient(first.url, { slug: campA.slug, token: campA.moderatorToken });
    const alsoInA = await connectClient(second.url, {
      slug: campA.slug,
      token: campA.moderatorToken,
    });
    const inB = await connectClient(second.url, { slug: campB.slug, token: campB.moderatorToken });
    const seenInA = presenceWhere(
      inA,
      (presence) => entryOf(presence, alsoInA)?.pickedSessionId === 's-a',
    );
    inB.emit('presence:update', { pickedSessionId: 's-b' });
    alsoInA.emit('presence:update', { pickedSessionId: 's-a' });
    expect(ids(await seenInA).sort()).toEqual([inA.id, alsoInA.id].sort());
  });

  it('still shows the instances that answer when one does not', async () => {
    // A third "instance" that listens for requests and never answers: a hung process whose
    // connection to Redis is still open. Its subscription makes the adapter wait for it.
    const silent = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
    try {
      await silent.subscribe(`${first.broadcast.streamName}#/#`);
      const camp = await createCamp(first.url);
      const a = await connectClient(first.url, { slug: camp.slug, token: camp.moderatorToken });
      const aSeesBoth = presenceWhere(
        a,
        (presence) => presence.moderators.length === 2,
        SILENT_PEER_LIMIT_MS,
      );
      const b = await connectClient(second.url, { slug: camp.slug, token: camp.moderatorToken });
      const bSeesBoth = presenceWhere(
        b,
        (presence) => presence.moderators.length === 2,
        SILENT_PEER_LIMIT_MS,
      );
      expect(ids(await aSeesBoth).sort()).toEqual([a.id, b.id].sort());
      expect(ids(await bSeesBoth).sort()).toEqual([a.id, b.id].sort());
    } finally {
      silent.disconnect();
    }
  }, 30_000);
});
