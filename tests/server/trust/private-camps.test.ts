import type { CampState, ErrorReply, JoinResponse } from '@campgrid/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCamp, joinCamp, request } from '../helpers/api.js';
import {
  closeAllSockets,
  connectClient,
  connectError,
  mustCommand,
  sync,
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

const CODE = 'Kaffee-2026';

async function privateCamp(code: string | null = CODE) {
  const camp = await createCamp(server.url, {
    title: 'Geschlossene Runde',
    settings: { visibility: 'private' },
  });
  if (code !== null) {
    const set = await asHolder(
      server.url,
      camp.moderatorToken,
      'PUT',
      `/api/camps/${camp.slug}/join-code`,
      {
        code,
      },
    );
    if (set.status !== 200) throw new Error(`setting the join code failed: ${set.status}`);
  }
  return camp;
}

function read(slug: string, headers: Record<string, string> = {}) {
  return request<CampState | ErrorReply>(
    server.url,
    'GET',
    `/api/camps/${slug}`,
    undefined,
    headers,
  );
}

function join(slug: string, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return request<JoinResponse | ErrorReply>(
    server.url,
    'POST',
    `/api/camps/${slug}/participants`,
    body,
    headers,
  );
}

describe('a private camp over HTTP', () => {
  it('cannot be read without the join code, and says that a code is needed', async () => {
    const camp = await privateCamp();
    const attempts: Record<string, string>[] = [{}, { 'X-Join-Code': 'falsch-geraten' }];
    for (const headers of attempts) {
      const refused = await read(camp.slug, headers);
      expect(refused.status).toBe(401);
      expect(refused.body).toMatchObject({ ok: false, code: 'UNAUTHORIZED', field: 'joinCode' });
      expect((refused.body as ErrorReply).message).toMatch(/join code is needed/);
      expect(JSON.stringify(refused.body)).not.toContain('Geschlossene');
    }
  });

  it('is read with the code (case and surrounding space do not matter) or with a link', async () => {
    const camp = await privateCamp();
    const member = await joinCamp(server.url, camp.slug, 'Anna').catch(() => null);
    expect(member).toBeNull();
    for (const code of [CODE, '  kaffee-2026 ', 'KAFFEE-2026']) {
      const answer = await read(camp.slug, { 'X-Join-Code': code });
      expect(answer.status).toBe(200);
      expect((answer.body as CampState).title).toBe('Geschlossene Runde');
    }
    const moderatorRead = await read(camp.slug, { authorization: `Bearer ${camp.moderatorToken}` });
    expect(moderatorRead.status).toBe(200);
    const joined = await join(camp.slug, { displayName: 'Anna' }, { 'X-Join-Code': CODE });
    expect(joined.status).toBe(201);
    const participantRead = await read(camp.slug, {
      authorization: `Bearer ${(joined.body as JoinResponse).token}`,
    });
    expect(participantRead.status).toBe(200);
    // A link that opens nothing is refused, not treated as no link.
    expect((await read(camp.slug, { authorization: 'Bearer stale-token' })).status).toBe(401);
  });

  it('lets people join only with the code, in the body or the header', async () => {
    const camp = await privateCamp();
    const without = await join(camp.slug, { displayName: 'Anna' });
    expect(without.status).toBe(401);
    expect(without.body).toMatchObject({ code: 'UNAUTHORIZED', field: 'joinCode' });
    expect((await join(camp.slug, { displayName: 'Anna', joinCode: 'nope-nope' })).status).toBe(
      401,
    );
    expect((await join(camp.slug, { displayName: 'Anna', joinCode: CODE })).status).toBe(201);
    expect((await join(camp.slug, { displayName: 'Ben' }, { 'X-Join-Code': CODE })).status).toBe(
      201,
    );
  });

  it('is closed to readers without a link until a code is set', async () => {
    const camp = await privateCamp(null);
    expect((await read(camp.slug, { 'X-Join-Code': 'irgendwas' })).status).toBe(401);
    expect((await read(camp.slug, { authorization: `Bearer ${camp.moderatorToken}` })).status).toBe(
      200,
    );
  });

  it('takes a join code of 6 to 64 characters from a moderator only', async () => {
    const camp = await privateCamp(null);
    const member = await joinCamp(server.url, camp.slug, 'Anna').catch(() => null);
    expect(member).toBeNull();
    const path = `/api/camps/${camp.slug}/join-code`;
    for (const code of ['kurz', '     sechs', 'x'.repeat(65), 123456]) {
      const refused = await asHolder(server.url, camp.moderatorToken, 'PUT', path, { code });
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ code: 'INVALID', field: 'code' });
    }
    expect((await asHolder(server.url, null, 'PUT', path, { code: 'geheim-genug' })).status).toBe(
      401,
    );
    expect((await read(camp.slug, { 'X-Join-Code': 'geheim-genug' })).status).toBe(401);
  });

  it('keeps only a hash of the join code', async () => {
    const camp = await privateCamp();
    const campId = (await server.store.findCampBySlug(camp.slug))?.id ?? '';
    const stored = (await server.store.findJoinCodeHash(campId)) ?? '';
    expect(stored).toMatch(/^scrypt\$/);
    expect(stored.toLowerCase()).not.toContain(CODE.toLowerCase());
  });

  it('leaves public camps readable by anyone with the address', async () => {
    const camp = await createCamp(server.url, { title: 'Offen' });
    const answer = await read(camp.slug);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-cache');
  });
});

describe('a private camp over the socket', () => {
  it('refuses a viewer without the right code, naming auth.joinCode', async () => {
    const camp = await privateCamp();
    for (const auth of [{ slug: camp.slug }, { slug: camp.slug, joinCode: 'falsch-geraten' }]) {
      const error = await connectError(server.url, auth);
      expect(error.message).toBe('UNAUTHORIZED');
      expect(error.data).toMatchObject({ code: 'UNAUTHORIZED', field: 'auth.joinCode' });
      expect((error.data as ErrorReply).message).toMatch(/join code is needed/);
    }
    const viewer = await connectClient(server.url, { slug: camp.slug, joinCode: CODE });
    expect(await sync(viewer, 0)).toMatchObject({ ok: true, viewer: { role: 'viewer' } });
  });

  it('lets link holders in without a code', async () => {
    const camp = await privateCamp();
    const joined = await join(camp.slug, { displayName: 'Anna', joinCode: CODE });
    const token = (joined.body as JoinResponse).token;
    const participant = await connectClient(server.url, { slug: camp.slug, token });
    const moderator = await connectClient(server.url, {
      slug: camp.slug,
      token: camp.moderatorToken,
    });
    expect(await sync(participant, 0)).toMatchObject({ ok: true, viewer: { role: 'participant' } });
    expect(await sync(moderator, 0)).toMatchObject({ ok: true, viewer: { role: 'moderator' } });
  });

  it('closes viewers without a code when the camp becomes private, and no one else', async () => {
    const camp = await createCamp(server.url, { title: 'Wird privat' });
    const moderator = await connectClient(server.url, {
      slug: camp.slug,
      token: camp.moderatorToken,
    });
    const member = await joinCamp(server.url, camp.slug, 'Anna');
    const participant = await connectClient(server.url, { slug: camp.slug, token: member.token });
    const viewer = await connectClient(server.url, { slug: camp.slug });
    const closed = revocationOf(viewer);
    await mustCommand(moderator, 'camp:update', { settings: { visibility: 'private' } });
    expect(await closed).toEqual({
      notice: { reason: 'revoked' },
      disconnectReason: 'io server disconnect',
    });
    expect(participant.connected).toBe(true);
    expect((await connectError(server.url, { slug: camp.slug })).message).toBe('UNAUTHORIZED');
    // Further settings changes leave the viewers who came with the code alone.
    await asHolder(server.url, camp.moderatorToken, 'PUT', `/api/camps/${camp.slug}/join-code`, {
      code: CODE,
    });
    const coded = await connectClient(server.url, { slug: camp.slug, joinCode: CODE });
    await mustCommand(moderator, 'camp:update', { settings: { hideHostNames: true } });
    await mustCommand(moderator, 'camp:update', { title: 'Immer noch privat' });
    expect(coded.connected).toBe(true);
  });

  it('closes viewers who came with the old code when the code changes', async () => {
    const camp = await privateCamp();
    const viewer = await connectClient(server.url, { slug: camp.slug, joinCode: CODE });
    const moderator = await connectClient(server.url, {
      slug: camp.slug,
      token: camp.moderatorToken,
    });
    const closed = revocationOf(viewer);
    const changed = await asHolder(
      server.url,
      camp.moderatorToken,
      'PUT',
      `/api/camps/${camp.slug}/join-code`,
      { code: 'neuer-code-2' },
    );
    expect(changed.status).toBe(200);
    expect((await closed).notice).toEqual({ reason: 'revoked' });
    expect(moderator.connected).toBe(true);
    expect((await connectError(server.url, { slug: camp.slug, joinCode: CODE })).message).toBe(
      'UNAUTHORIZED',
    );
    await connectClient(server.url, { slug: camp.slug, joinCode: 'neuer-code-2' });
  });
});

describe('guessing a join code', () => {
  it('is stopped after 20 wrong codes from one address, with the wait in the reply', async () => {
    const local = await startTestServer();
    try {
      const camp = await createCamp(local.url, { settings: { visibility: 'private' }, title: 'P' });
      await asHolder(local.url, camp.moderatorToken, 'PUT', `/api/camps/${camp.slug}/join-code`, {
        code: CODE,
      });
      const path = `/api/camps/${camp.slug}`;
      for (let attempt = 0; attempt < 20; attempt += 1) {
        const wrong = await request(local.url, 'GET', path, undefined, {
          'X-Join-Code': `guess-${attempt}`,
        });
        expect(wrong.status).toBe(401);
      }
      const blocked = await request<ErrorReply>(local.url, 'GET', path, undefined, {
        'X-Join-Code': CODE,
      });
      expect(blocked.status).toBe(429);
      expect(blocked.body).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
      expect(blocked.body.retryAfterMs).toBeGreaterThan(0);
      const socketBlocked = await connectError(local.url, { slug: camp.slug, joinCode: CODE });
      expect(socketBlocked.message).toBe('RATE_LIMITED');
      // Link holders are not slowed down by someone else's guessing.
      const moderator = await connectClient(local.url, {
        slug: camp.slug,
        token: camp.moderatorToken,
      });
      expect(moderator.connected).toBe(true);
    } finally {
      await local.destroy();
    }
  });
});
