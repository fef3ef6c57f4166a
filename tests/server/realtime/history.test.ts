import type { CoModeratorCreated, HistoryAck } from '@campgrid/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campWithPeople, pitchPayload } from '../helpers/camp-fixture.js';
import {
  closeAllSockets,
  connectClient,
  emitWithAck,
  mustCommand,
  type TestSocket,
} from '../helpers/socket-client.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { asHolder } from '../trust/support.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  closeAllSockets();
  await server.destroy();
});

async function history(socket: TestSocket, request: unknown): Promise<HistoryAck> {
  return (await emitWithAck(socket, 'history:list', request)) as HistoryAck;
}

function okEntries(ack: HistoryAck) {
  if (!ack.ok) throw new Error(`history refused: ${ack.code} ${ack.message}`);
  return ack.entries;
}

describe('history:list', () => {
  it('lists who changed what, newest first, without naming participants', async () => {
    const camp = await campWithPeople(server.url);
    await mustCommand(camp.alice.socket, 'session:pitch', pitchPayload('a', 'Alpha'));
    await mustCommand(camp.bob.socket, 'vote:cast', { sessionId: 'a' });
    await mustCommand(camp.moderator, 'session:place', {
      sessionId: 'a',
      placement: { roomId: 'r1', slotId: 'd1s2' },
      expected: null,
    });

    const entries = okEntries(await history(camp.moderator, {}));
    expect(entries.map((entry) => entry.version)).toEqual([4, 3, 2, 1]);
    expect(entries.map((entry) => [entry.actorRole, entry.actorLabel])).toEqual([
      ['moderator', 'Moderation'],
      ['participant', 'Teilnehmende'],
      ['participant', 'Teilnehmende'],
      ['moderator', 'Moderation'],
    ]);
    expect(entries[0]?.events).toEqual([
      {
        type: 'session:placed',
        sessionId: 'a',
        placement: { roomId: 'r1', slotId: 'd1s2' },
        previous: null,
      },
    ]);
    // The vote keeps its session but loses its voter.
    expect(entries[1]?.events).toEqual([{ type: 'vote:cast', sessionId: 'a' }]);
    const text = JSON.stringify(entries);
    for (const secret of [camp.alice.participantId, camp.bob.participantId, 'Bob']) {
      expect(text).not.toContain(secret);
    }
    expect(entries.every((entry) => typeof entry.at === 'number' && entry.at > 0)).toBe(true);
  });

  it('pages back with limit and beforeVersion', async () => {
    const camp = await campWithPeople(server.url);
    for (const id of ['a', 'b', 'c', 'd']) {
      await mustCommand(camp.alice.socket, 'session:pitch', pitchPayload(id));
    }
    const newest = okEntries(await history(camp.moderator, { limit: 2 }));
    expect(newest.map((entry) => entry.version)).toEqual([5, 4]);
    const older = okEntries(await history(camp.moderator, { limit: 2, beforeVersion: 4 }));
    expect(older.map((entry) => entry.version)).toEqual([3, 2]);
    const oldest = okEntries(await history(camp.moderator, { limit: 2, beforeVersion: 2 }));
    expect(oldest.map((entry) => entry.version)).toEqual([1]);
    expect(okEntries(await history(camp.moderator, { beforeVersion: 1 }))).toEqual([]);
  });

  it('leaves out a participant’s leaving, which would name them', async () => {
    const camp = await campWithPeople(server.url);
    await mustCommand(camp.alice.socket, 'session:pitch', pitchPayload('a'));
    await mustCommand(camp.bob.socket, 'vote:cast', { sessionId: 'a' });
    await mustCommand(camp.bob.socket, 'participant:leave', {});
    const [left] = okEntries(await history(camp.moderator, { limit: 1 }));
    expect(left?.events.map((event) => event.type)).toEqual(['vote:retracted']);
    expect(JSON.stringify(left)).not.toContain(camp.bob.participantId);
  });

  it('names each co-moderator link by its label, also after it was revoked', async () => {
    const camp = await campWithPeople(server.url);
    const invite = async (label: string) => {
      const created = await asHolder<CoModeratorCreated>(
        server.url,
        camp.moderatorToken,
        'POST',
        `/api/camps/${camp.slug}/co-moderators`,
        { label },
      );
      if (!created.body.ok) throw new Error(`no co-moderator: ${JSON.stringify(created.body)}`);
      return created.body as CoModeratorCreated;
    };
    const north = await invite('Team Nord');
    const south = await invite('Team Süd');
    const northSocket = await connectClient(server.url, { slug: camp.slug, token: north.token });
    const southSocket = await connectClient(server.url, { slug: camp.slug, token: south.token });
    await mustCommand(northSocket, 'session:pitch', pitchPayload('a', 'Alpha'));
    await mustCommand(southSocket, 'session:place', {
      sessionId: 'a',
      placement: { roomId: 'r1', slotId: 'd1s2' },
      expected: null,
    });
    await mustCommand(camp.moderator, 'session:unplace', { sessionId: 'a' });
    const revoked = await asHolder(
      server.url,
      camp.moderatorToken,
      'DELETE',
      `/api/camps/${camp.slug}/co-moderators/${north.id}`,
    );
    expect(revoked.status).toBe(200);

    const entries = okEntries(await history(camp.moderator, { limit: 3 }));
    expect(entries.map((entry) => [entry.actorRole, entry.actorLabel])).toEqual([
      ['moderator', 'Moderation'],
      ['moderator', 'Team Süd'],
      ['moderator', 'Team Nord'],
    ]);
    // The label is all it says: the link's id and secret stay out of the history.
    const text = JSON.stringify(entries);
    for (const secret of [north.id, north.token, south.id, south.token]) {
      expect(text).not.toContain(secret);
    }
  });

  it('is for moderators only', async () => {
    const camp = await campWithPeople(server.url);
    const ack = await history(camp.alice.socket, {});
    expect(ack).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('refuses a bad request with a typed error', async () => {
    const camp = await campWithPeople(server.url);
    expect(await history(camp.moderator, { limit: 0 })).toMatchObject({
      ok: false,
      code: 'INVALID',
      field: 'limit',
    });
    expect(await history(camp.moderator, 'everything')).toMatchObject({
      ok: false,
      code: 'INVALID',
    });
  });
});
