import {
  type CreateCampResponse,
  DEFAULT_CAMP_SETTINGS,
  type ErrorReply,
  type JoinResponse,
} from '@campgrid/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCamp, joinCamp, request, snapshot, todayInZone } from '../helpers/api.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.destroy();
});

describe('GET /healthz', () => {
  it('answers 200 {"status":"ok"} while the database answers', async () => {
    const result = await request(server.url, 'GET', '/healthz');
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ status: 'ok' });
  });

  it('answers 503 once the database is gone, and other routes 500 INTERNAL', async () => {
    const broken = await startTestServer();
    try {
      await broken.store.close();
      const result = await request(broken.url, 'GET', '/healthz');
      expect(result.status).toBe(503);
      expect(result.body).toEqual({ status: 'unavailable' });
      // Other routes fail with a typed reply and no internals.
      const created = await request<ErrorReply>(broken.url, 'POST', '/api/camps', { title: 'T' });
      expect(created.status).toBe(500);
      expect(created.body).toEqual({
        ok: false,
        code: 'INTERNAL',
        message: 'The server failed; nothing was stored.',
      });
    } finally {
      await broken.destroy();
    }
  });
});

describe('POST /api/camps', () => {
  it('creates a camp from a title alone on the default template, dated today in Berlin', async () => {
    const result = await request<CreateCampResponse>(server.url, 'POST', '/api/camps', {
      title: 'Nächstes Bürgercamp',
    });
    expect(result.status).toBe(201);
    const { slug, moderatorToken, links } = result.body;
    expect(slug).toMatch(/^naechstes-buergercamp-[a-z0-9]{6}$/);
    expect(moderatorToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(links).toEqual({
      schedule: `${server.url}/c/${slug}`,
      participant: `${server.url}/c/${slug}/join`,
      moderator: `${server.url}/c/${slug}/moderate#key=${moderatorToken}`,
    });

    const camp = await snapshot(server.url, slug);
    const today = todayInZone('Europe/Berlin');
    expect(camp).toMatchObject({
      slug,
      title: 'Nächstes Bürgercamp',
      timezone: 'Europe/Berlin',
      days: [today],
      settings: { votesPerParticipant: null },
      phases: { pitching: true, voting: true },
      version: 1,
      sessions: [],
      ballots: {},
    });
    expect(camp.rooms.length).toBeGreaterThan(0);
    expect(camp.slots.map((slot) => [slot.start, slot.end, slot.kind])).toEqual([
      ['09:00', '10:00', 'plenary'],
      ['10:15', '11:00', 'session'],
      ['11:15', '12:00', 'session'],
      ['12:15', '13:00', 'session'],
      ['13:00', '14:00', 'break'],
      ['14:00', '14:45', 'session'],
      ['15:00', '15:45', 'session'],
      ['16:00', '16:45', 'plenary'],
    ]);
    expect(camp.slots.every((slot) => slot.day === today)).toBe(true);
  });

  it('takes days, rooms, slots, settings and phases when given', async () => {
    const { slug } = await createCamp(server.url, {
      title: 'Zwei Tage',
      timezone: 'America/New_York',
      days: ['2027-03-01', '2027-03-02'],
      rooms: [{ id: 'big', name: 'Aula', capacity: 200 }],
      settings: { votesPerParticipant: 3 },
      phases: { voting: false },
    });
    const camp = await snapshot(server.url, slug);
    expect(camp.timezone).toBe('America/New_York');
    expect(camp.days).toEqual(['2027-03-01', '2027-03-02']);
    expect(camp.rooms).toEqual([
      { id: 'big', name: 'Aula', capacity: 200, features: [], full: false },
    ]);
    expect(new Set(camp.slots.map((slot) => slot.day))).toEqual(new Set(camp.days));
    expect(camp.settings).toEqual({ ...DEFAULT_CAMP_SETTINGS, votesPerParticipant: 3 });
    expect(camp.phases).toEqual({ pitching: true, voting: false });
  });

  it('dates a camp without days today in its own time zone', async () => {
    const { slug } = await createCamp(server.url, {
      title: 'Far east',
      timezone: 'Pacific/Kiritimati',
    });
    expect((await snapshot(server.url, slug)).days).toEqual([todayInZone('Pacific/Kiritimati')]);
  });

  it('gives two camps with the same title different slugs', async () => {
    const first = await createCamp(server.url, { title: 'Same' });
    const second = await createCamp(server.url, { title: 'Same' });
    expect(first.slug).not.toBe(second.slug);
  });

  it.each([
    [{}, 'title'],
    [{ title: '' }, 'title'],
    [{ title: '   ' }, 'title'],
    [{ title: 'x'.repeat(121) }, 'title'],
    [{ title: 42 }, 'title'],
    [{ title: 'T', timezone: 'Mars/Olympus' }, 'timezone'],
    [{ title: 'T', days: ['2026-02-30'] }, 'days.0'],
    [{ title: 'T', days: [] }, 'days'],
    [{ title: 'T', rooms: [{ id: 'r 1', name: 'A', capacity: 1 }] }, 'rooms.0.id'],
    [{ title: 'T', rooms: [{ id: 'r1', name: 'A', capacity: 0 }] }, 'rooms.0.capacity'],
    [
      {
        title: 'T',
        rooms: [
          { id: 'r1', name: 'A', capacity: 5 },
          { id: 'r1', name: 'B', capacity: 5 },
        ],
      },
      'rooms.1.id',
    ],
    [
      {
        title: 'T',
        days: ['2026-11-28'],
        slots: [{ id: 's1', day: '2026-11-29', start: '10:00', end: '11:00', kind: 'session' }],
      },
      'slots.0.day',
    ],
    [
      {
        title: 'T',
        days: ['2026-11-28'],
        slots: [{ id: 's1', day: '2026-11-28', start: '11:00', end: '10:00', kind: 'session' }],
      },
      'slots.0.end',
    ],
    [{ title: 'T', settings: { votesPerParticipant: 0 } }, 'settings.votesPerParticipant'],
    [{ title: 'T', phases: { voting: 'yes' } }, 'phases.voting'],
  ])('refuses %j with 400 INVALID naming %s', async (body, field) => {
    const result = await request<ErrorReply>(server.url, 'POST', '/api/camps', body);
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ ok: false, code: 'INVALID', field });
    expect(result.body.message.startsWith(`${field}:`)).toBe(true);
  });

  it('refuses malformed JSON with 400 INVALID', async () => {
    const result = await request<ErrorReply>(server.url, 'POST', '/api/camps', '{"title": ');
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ ok: false, code: 'INVALID', field: 'body' });
  });

  it('refuses a body over 16 kB with 413 INVALID', async () => {
    const result = await request<ErrorReply>(server.url, 'POST', '/api/camps', {
      title: 'big',
      padding: 'x'.repeat(20_000),
    });
    expect(result.status).toBe(413);
    expect(result.body).toMatchObject({ ok: false, code: 'INVALID', field: 'body' });
  });

  it('names the title when the body is not JSON at all', async () => {
    const result = await request<ErrorReply>(server.url, 'POST', '/api/camps', 'title=x', {
      'content-type': 'text/plain',
    });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ code: 'INVALID', field: 'title' });
  });

  it('builds links from PUBLIC_ORIGIN when it is set', async () => {
    const proxied = await startTestServer({ env: { PUBLIC_ORIGIN: 'https://camp.example.org' } });
    try {
      const { slug, links } = await createCamp(proxied.url, { title: 'Behind a proxy' });
      expect(links.schedule).toBe(`https://camp.example.org/c/${slug}`);
    } finally {
      await proxied.destroy();
    }
  });
});

describe('GET /api/camps/:slug', () => {
  it('answers 404 NOT_FOUND for an unknown camp', async () => {
    const result = await request<ErrorReply>(server.url, 'GET', '/api/camps/nope-123456');
    expect(result.status).toBe(404);
    expect(result.body).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

describe('POST /api/camps/:slug/participants', () => {
  it('joins with a display name and hands out a token only once', async () => {
    const { slug } = await createCamp(server.url);
    const result = await request<JoinResponse>(
      server.url,
      'POST',
      `/api/camps/${slug}/participants`,
      { displayName: '  Jörg Müller ' },
    );
    expect(result.status).toBe(201);
    expect(result.headers.get('cache-control')).toBe('no-store');
    expect(result.body).toMatchObject({ ok: true, displayName: 'Jörg Müller' });
    expect(Buffer.from(result.body.token, 'base64url')).toHaveLength(32);
    const second = await joinCamp(server.url, slug, 'Jörg Müller');
    expect(second.participantId).not.toBe(result.body.participantId);
    expect(second.token).not.toBe(result.body.token);
  });

  it.each([
    [{}, 'displayName'],
    [{ displayName: '' }, 'displayName'],
    [{ displayName: 'x'.repeat(81) }, 'displayName'],
    [{ displayName: ['Anna'] }, 'displayName'],
  ])('refuses %j with 400 INVALID naming %s', async (body, field) => {
    const { slug } = await createCamp(server.url);
    const result = await request<ErrorReply>(
      server.url,
      'POST',
      `/api/camps/${slug}/participants`,
      body,
    );
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ ok: false, code: 'INVALID', field });
  });

  it('answers 404 for an unknown camp', async () => {
    const result = await request<ErrorReply>(server.url, 'POST', '/api/camps/nope/participants', {
      displayName: 'Anna',
    });
    expect(result.status).toBe(404);
    expect(result.body).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('the rest of the HTTP surface', () => {
  it('answers unknown API routes with 404 NOT_FOUND as JSON', async () => {
    for (const [method, path] of [
      ['GET', '/api/nothing'],
      ['POST', '/api/camps/x/y/z'],
      ['DELETE', '/api/camps/abc'],
    ] as const) {
      const result = await request<ErrorReply>(server.url, method, path);
      expect(result.status).toBe(404);
      expect(result.body).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    }
  });

  it('sends a content security policy that allows nothing from third parties', async () => {
    const result = await request(server.url, 'GET', '/healthz');
    const policy = result.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    // Sockets to this server only: no bare ws: or wss:, which would allow any host.
    const host = new URL(server.url).host;
    expect(policy).toContain(`connect-src 'self' ws://${host} wss://${host};`);
    expect(policy).toContain("img-src 'self' data:");
    expect(policy).not.toMatch(/https?:/);
    expect(policy).not.toContain('unsafe-inline');
  });
});
