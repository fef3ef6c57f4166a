import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCamp } from '../helpers/api.js';
import { connectParticipant } from '../helpers/camp-fixture.js';
import {
  closeAllSockets,
  connectClient,
  presenceWhere,
  type TestSocket,
} from '../helpers/socket-client.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => closeAllSockets());
afterAll(async () => {
  await server.destroy();
});

async function moderatorOf(slug: string, token: string): Promise<TestSocket> {
  const socket = await connectClient(server.url, { slug, token });
  return socket;
}

describe('moderator presence', () => {
  it('tells every moderator who else is moderating, and what each holds', async () => {
    const camp = await createCamp(server.url);
    const first = await moderatorOf(camp.slug, camp.moderatorToken);
    const seenByFirst = presenceWhere(first, (presence) => presence.moderators.length === 2);
    const second = await moderatorOf(camp.slug, camp.moderatorToken);

    const both = await seenByFirst;
    // In the order they connected.
    expect(both.moderators.map((moderator) => moderator.connectionId)).toEqual([
      first.id,
      second.id,
    ]);
    expect(both.moderators.every((moderator) => moderator.label === 'Moderation')).toBe(true);
    expect(both.moderators.every((moderator) => moderator.pickedSessionId === null)).toBe(true);

    const picked = presenceWhere(first, (presence) =>
      presence.moderators.some((moderator) => moderator.pickedSessionId === 's-1'),
    );
    second.emit('presence:update', { pickedSessionId: 's-1' });
    const holding = await picked;
    expect(holding.moderators.find((moderator) => moderator.connectionId === second.id)).toEqual({
      connectionId: second.id,
      label: 'Moderation',
      pickedSessionId: 's-1',
    });

    const left = presenceWhere(first, (presence) => presence.moderators.length === 1);
    second.close();
    expect((await left).moderators.map((moderator) => moderator.connectionId)).toEqual([first.id]);
  });

  it('keeps presence from participants and viewers, and ignores their updates', async () => {
    const camp = await createCamp(server.url);
    const participant = await connectParticipant(server.url, camp.slug, 'Alice');
    const viewer = await connectClient(server.url, { slug: camp.slug });
    const heard: string[] = [];
    participant.socket.on('presence:changed', () => heard.push('participant'));
    viewer.on('presence:changed', () => heard.push('viewer'));

    const moderator = await moderatorOf(camp.slug, camp.moderatorToken);
    const alone = presenceWhere(
      moderator,
      (presence) =>
        presence.moderators.length === 1 && presence.moderators[0]?.pickedSessionId === 's-2',
    );
    participant.socket.emit('presence:update', { pickedSessionId: 's-9' });
    viewer.emit('presence:update', { pickedSessionId: 's-9' });
    moderator.emit('presence:update', { pickedSessionId: 's-2' });
    // The moderator's own update arrives after the others were sent on their sockets.
    expect((await alone).moderators).toHaveLength(1);
    expect(heard).toEqual([]);
  });

  it('drops an invalid update and keeps the last good one', async () => {
    const camp = await createCamp(server.url);
    const moderator = await moderatorOf(camp.slug, camp.moderatorToken);
    const watcher = await moderatorOf(camp.slug, camp.moderatorToken);
    const good = presenceWhere(watcher, (presence) =>
      presence.moderators.some((entry) => entry.pickedSessionId === 's-3'),
    );
    moderator.emit('presence:update', { pickedSessionId: 'not an id!' });
    moderator.emit('presence:update', 'nonsense');
    moderator.emit('presence:update', { pickedSessionId: 's-3' });
    const presence = await good;
    expect(presence.moderators.find((entry) => entry.connectionId === moderator.id)).toMatchObject({
      pickedSessionId: 's-3',
    });
  });

  it('keeps each camp’s moderators apart', async () => {
    const campA = await createCamp(server.url, { title: 'Camp A' });
    const campB = await createCamp(server.url, { title: 'Camp B' });
    const inA = await moderatorOf(campA.slug, campA.moderatorToken);
    const seenInA = presenceWhere(inA, (presence) =>
      presence.moderators.some((entry) => entry.pickedSessionId === 's-a'),
    );
    const inB = await moderatorOf(campB.slug, campB.moderatorToken);
    inB.emit('presence:update', { pickedSessionId: 's-b' });
    inA.emit('presence:update', { pickedSessionId: 's-a' });
    const presence = await seenInA;
    expect(presence.moderators.map((entry) => entry.connectionId)).toEqual([inA.id]);
  });

  it('sends a burst of changes as a few lists, ending with the latest', async () => {
    const camp = await createCamp(server.url);
    const watcher = await moderatorOf(camp.slug, camp.moderatorToken);
    const mover = await moderatorOf(camp.slug, camp.moderatorToken);
    await presenceWhere(watcher, (presence) => presence.moderators.length === 2);

    let lists = 0;
    watcher.on('presence:changed', () => {
      lists += 1;
    });
    const last = presenceWhere(
      watcher,
      (presence) =>
        presence.moderators.find((entry) => entry.connectionId === mover.id)?.pickedSessionId ===
        's-29',
    );
    for (let index = 0; index < 30; index += 1) {
      mover.emit('presence:update', { pickedSessionId: `s-${index}` });
    }
    await last;
    expect(lists).toBeLessThanOrEqual(3);

    // Twenty moderators reconnecting at once, as after a deploy.
    lists = 0;
    const everyone = presenceWhere(watcher, (presence) => presence.moderators.length === 22);
    const crowd = await Promise.all(
      Array.from({ length: 20 }, () => moderatorOf(camp.slug, camp.moderatorToken)),
    );
    const full = await everyone;
    expect(lists).toBeLessThan(crowd.length);
    expect(full.moderators.slice(0, 2).map((entry) => entry.connectionId)).toEqual([
      watcher.id,
      mover.id,
    ]);
  });
});
