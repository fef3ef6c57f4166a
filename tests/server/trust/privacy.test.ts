import type { CampExport, CampState, CoModeratorCreated, ErrorReply } from '@campgrid/shared';
import { hasBallot } from '@campgrid/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../../server/src/auth/tokens.js';
import { request, snapshot } from '../helpers/api.js';
import { campWithPeople, connectParticipant, pitchPayload } from '../helpers/camp-fixture.js';
import {
  closeAllSockets,
  connectClient,
  connectError,
  mustCommand,
  sendCommand,
} from '../helpers/socket-client.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { asHolder, revocationOf } from './support.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  closeAllSockets();
  await server.destroy();
});

async function campIdOf(slug: string): Promise<string> {
  const camp = await server.store.findCampBySlug(slug);
  if (!camp) throw new Error(`no camp ${slug}`);
  return camp.id;
}

describe('a participant leaving', () => {
  it('removes their votes, name, token and stars, and closes their sockets', async () => {
    const camp = await campWithPeople(server.url);
    const { alice, bob } = camp;
    const aliceTablet = await connectClient(server.url, { slug: camp.slug, token: alice.token });
    await mustCommand(alice.socket, 'session:pitch', pitchPayload('solo', 'Alleine', 'Alice'));
    await mustCommand(alice.socket, 'session:pitch', {
      sessionId: 'duo',
      draft: { title: 'Zu zweit', hosts: ['Alice', 'Carol'] },
    });
    await mustCommand(bob.socket, 'session:pitch', pitchPayload('bobs', 'Von Bob', 'Bob'));
    for (const sessionId of ['solo', 'bobs']) {
      await mustCommand(alice.socket, 'vote:cast', { sessionId });
    }
    await mustCommand(bob.socket, 'vote:cast', { sessionId: 'bobs' });
    const campId = await campIdOf(camp.slug);
    await server.store.replaceStars(campId, alice.participantId, ['solo', 'bobs']);
    await server.store.replaceStars(campId, bob.participantId, ['solo']);

    const phoneClosed = revocationOf(alice.socket);
    const tabletClosed = revocationOf(aliceTablet);
    const ack = await sendCommand(alice.socket, 'participant:leave', {});
    expect(ack).toMatchObject({ ok: true, duplicate: false });
    for (const closed of [phoneClosed, tabletClosed]) {
      expect(await closed).toEqual({
        notice: { reason: 'left' },
        disconnectReason: 'io server disconnect',
      });
    }

    const after = await snapshot(server.url, camp.slug);
    const byId = new Map(after.sessions.map((session) => [session.id, session]));
    expect(byId.get('solo')).toMatchObject({ title: 'Alleine', hosts: [], voteCount: 0 });
    expect(byId.get('duo')).toMatchObject({
      title: 'Zu zweit',
      hosts: [{ name: 'Carol', participantId: null }],
    });
    expect(byId.get('bobs')).toMatchObject({ voteCount: 1 });
    expect(
      await server.store.findParticipantByTokenHash(campId, hashToken(alice.token)),
    ).toBeNull();
    expect(await server.store.findParticipantById(campId, alice.participantId)).toBeNull();
    expect(await server.store.readStars(campId, alice.participantId)).toEqual([]);
    // Nobody else loses anything.
    expect(await server.store.readStars(campId, bob.participantId)).toEqual(['solo']);
    expect(bob.socket.connected).toBe(true);
    await mustCommand(bob.socket, 'vote:retract', { sessionId: 'bobs' });
    const refused = await connectError(server.url, { slug: camp.slug, token: alice.token });
    expect(refused.message).toBe('UNAUTHORIZED');
    const state = await server.server.registry.current(campId);
    expect(hasBallot(state.ballots, alice.participantId)).toBe(false);
  });

  it('is refused to moderators and viewers, who keep their access', async () => {
    const camp = await campWithPeople(server.url);
    const viewer = await connectClient(server.url, { slug: camp.slug });
    for (const socket of [camp.moderator, viewer]) {
      expect(await sendCommand(socket, 'participant:leave', {})).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect(socket.connected).toBe(true);
    }
  });
});

describe('host names', () => {
  it('are left out of the public snapshot when the camp hides them', async () => {
    const hidden = await campWithPeople(server.url, {
      title: 'Ohne Namen',
      settings: { hideHostNames: true },
    });
    await mustCommand(hidden.alice.socket, 'session:pitch', pitchPayload('s', 'Thema', 'Alice'));
    const publicView = await snapshot(server.url, hidden.slug);
    expect(publicView.sessions[0]).toMatchObject({ title: 'Thema', hosts: [] });
    expect(JSON.stringify(publicView)).not.toContain('Alice');

    const shown = await campWithPeople(server.url, { title: 'Mit Namen' });
    await mustCommand(shown.alice.socket, 'session:pitch', pitchPayload('s', 'Thema', 'Alice'));
    expect((await snapshot(server.url, shown.slug)).sessions[0]?.hosts).toEqual([
      { name: 'Alice', participantId: shown.alice.participantId },
    ]);
  });

  it('the public snapshot hides vote counts while the camp hides them and voting is open', async () => {
    const camp = await campWithPeople(server.url, {
      title: 'Verdeckt',
      settings: { hideVoteCounts: true },
    });
    await mustCommand(camp.alice.socket, 'session:pitch', pitchPayload('s'));
    await mustCommand(camp.bob.socket, 'vote:cast', { sessionId: 's' });
    expect((await snapshot(server.url, camp.slug)).sessions[0]?.voteCount).toBe(0);
    await mustCommand(camp.moderator, 'phase:set', { phase: 'voting', open: false });
    expect((await snapshot(server.url, camp.slug)).sessions[0]?.voteCount).toBe(1);
  });
});

describe('the export', () => {
  it('gives a moderator all of the camp’s data, without secrets or who voted for what', async () => {
    const camp = await campWithPeople(server.url);
    const co = (
      await asHolder<CoModeratorCreated>(
        server.url,
        camp.moderatorToken,
        'POST',
        `/api/camps/${camp.slug}/co-moderators`,
        { label: 'Team Technik' },
      )
    ).body as CoModeratorCreated;
    await asHolder(server.url, camp.moderatorToken, 'PUT', `/api/camps/${camp.slug}/join-code`, {
      code: 'geheimer-code',
    });
    await mustCommand(camp.alice.socket, 'session:pitch', pitchPayload('a', 'Erstes', 'Alice'));
    await mustCommand(camp.bob.socket, 'vote:cast', { sessionId: 'a' });

    const result = await asHolder<CampExport>(
      server.url,
      camp.moderatorToken,
      'GET',
      `/api/camps/${camp.slug}/export`,
    );
    expect(result.status).toBe(200);
    expect(result.headers.get('cache-control')).toBe('no-store');
    expect(result.headers.get('content-disposition')).toContain(`${camp.slug}-export.json`);
    const data = result.body as CampExport;
    const campId = await campIdOf(camp.slug);
    expect(data).toMatchObject({
      ok: true,
      format: 'campgrid-export',
      formatVersion: 1,
      camp: { id: campId, slug: camp.slug, joinCodeSet: true },
    });
    const state = await server.server.registry.current(campId);
    expect(data.state).toEqual({ ...state, ballots: {} });
    expect(data.log.map((entry) => entry.version)).toEqual([1, 2, 3]);
    expect(data.log[2]).toEqual({
      version: 3,
      at: expect.any(Number),
      actorRole: 'participant',
      events: [{ type: 'vote:cast', sessionId: 'a' }],
    });
    expect(data.participants).toEqual([
      { id: camp.alice.participantId, displayName: 'Alice', createdAt: expect.any(Number) },
      { id: camp.bob.participantId, displayName: 'Bob', createdAt: expect.any(Number) },
    ]);
    expect(data.coModerators).toEqual([
      { id: co.id, label: 'Team Technik', createdAt: co.createdAt, revokedAt: null },
    ]);
    const text = JSON.stringify(data);
    for (const secret of [
      camp.moderatorToken,
      camp.alice.token,
      co.token,
      hashToken(camp.moderatorToken),
      hashToken(camp.bob.token),
      hashToken(co.token),
      'geheimer-code',
      'scrypt$',
    ]) {
      expect(text).not.toContain(secret);
    }
    // Bob's vote cannot be traced to him.
    expect(text.match(new RegExp(camp.bob.participantId, 'g'))?.length).toBe(1);
  });

  it('is for moderators only', async () => {
    const camp = await campWithPeople(server.url);
    const path = `/api/camps/${camp.slug}/export`;
    expect((await asHolder(server.url, null, 'GET', path)).status).toBe(401);
    expect((await asHolder(server.url, camp.alice.token, 'GET', path)).status).toBe(403);
    expect((await request(server.url, 'GET', '/api/camps/no-such-camp/export')).status).toBe(404);
  });
});

describe('deleting a camp', () => {
  it('deletes everything kept about it and closes every socket of it', async () => {
    const camp = await campWithPeople(server.url);
    const viewer = await connectClient(server.url, { slug: camp.slug });
    const other = await campWithPeople(server.url, { title: 'Bleibt' });
    const campId = await campIdOf(camp.slug);
    await mustCommand(camp.alice.socket, 'session:pitch', pitchPayload('x'));
    await server.store.replaceStars(campId, camp.alice.participantId, ['x']);
    const co = (
      await asHolder<CoModeratorCreated>(
        server.url,
        camp.moderatorToken,
        'POST',
        `/api/camps/${camp.slug}/co-moderators`,
        { label: 'Team' },
      )
    ).body as CoModeratorCreated;
    const closings = [camp.moderator, camp.alice.socket, camp.bob.socket, viewer].map(revocationOf);

    const deleted = await asHolder(
      server.url,
      camp.moderatorToken,
      'DELETE',
      `/api/camps/${camp.slug}`,
    );
    expect(deleted).toMatchObject({ status: 200, body: { ok: true } });
    for (const closed of closings) {
      expect((await closed).notice).toEqual({ reason: 'camp-deleted' });
    }
    expect((await request(server.url, 'GET', `/api/camps/${camp.slug}`)).status).toBe(404);
    expect(await server.store.findCampById(campId)).toBeNull();
    expect(await server.store.readEntries(campId, 0)).toEqual([]);
    expect(await server.store.listParticipants(campId)).toEqual([]);
    expect(await server.store.listModeratorLinks(campId)).toEqual([]);
    expect(await server.store.readStars(campId, camp.alice.participantId)).toEqual([]);
    for (const token of [camp.moderatorToken, co.token, camp.alice.token]) {
      expect((await connectError(server.url, { slug: camp.slug, token })).message).toBe(
        'NOT_FOUND',
      );
    }
    // The other camp is untouched.
    await mustCommand(other.alice.socket, 'session:pitch', pitchPayload('still'));
    expect((await snapshot(server.url, other.slug)).sessions).toHaveLength(1);
  });

  it('is for the main moderator link only', async () => {
    const camp = await campWithPeople(server.url);
    const co = (
      await asHolder<CoModeratorCreated>(
        server.url,
        camp.moderatorToken,
        'POST',
        `/api/camps/${camp.slug}/co-moderators`,
        { label: 'Team' },
      )
    ).body as CoModeratorCreated;
    const path = `/api/camps/${camp.slug}`;
    expect((await asHolder(server.url, null, 'DELETE', path)).status).toBe(401);
    for (const token of [camp.alice.token, co.token]) {
      const refused = await asHolder<ErrorReply>(server.url, token, 'DELETE', path);
      expect(refused.status).toBe(403);
    }
    const still: CampState = await snapshot(server.url, camp.slug);
    expect(still.version).toBe(1);
    await connectParticipant(server.url, camp.slug, 'Neu');
  });
});
