import ical from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinCamp, request } from '../helpers/api.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { scheduledCamp } from './scheduled-camp.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.destroy();
});

interface StarsReply {
  ok: boolean;
  sessionIds: string[];
  feedPath: string;
  code?: string;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function campWithTwoSessions() {
  return scheduledCamp(server.url, { title: 'Sternecamp', days: ['2026-11-28'] }, [
    { id: 's-a', title: 'Session A', roomId: 'r1', slotId: 'd1s2' },
    { id: 's-b', title: 'Session B', roomId: 'r2', slotId: 'd1s3' },
  ]);
}

describe('the stars API', () => {
  it('refuses requests without a known participant token', async () => {
    const camp = await campWithTwoSessions();
    const none = await request(server.url, 'GET', `/api/camps/${camp.slug}/stars`);
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ ok: false, code: 'UNAUTHORIZED' });
    const wrong = await request(
      server.url,
      'PUT',
      `/api/camps/${camp.slug}/stars`,
      { sessionIds: [] },
      bearer('not-a-token'),
    );
    expect(wrong.status).toBe(401);
  });

  it('stores the stars per participant and gives them back on another device', async () => {
    const camp = await campWithTwoSessions();
    const guest = await joinCamp(server.url, camp.slug, 'Gast');
    const other = await joinCamp(server.url, camp.slug, 'Gast');
    const path = `/api/camps/${camp.slug}/stars`;

    const empty = await request<StarsReply>(
      server.url,
      'GET',
      path,
      undefined,
      bearer(guest.token),
    );
    expect(empty.body.sessionIds).toEqual([]);

    const put = await request<StarsReply>(
      server.url,
      'PUT',
      path,
      { sessionIds: ['s-b', 's-a', 's-b'] },
      bearer(guest.token),
    );
    expect(put.status).toBe(200);
    expect(put.body.sessionIds).toEqual(['s-b', 's-a']);

    const read = await request<StarsReply>(server.url, 'GET', path, undefined, bearer(guest.token));
    expect(read.body.sessionIds).toEqual(['s-b', 's-a']);
    const others = await request<StarsReply>(
      server.url,
      'GET',
      path,
      undefined,
      bearer(other.token),
    );
    expect(others.body.sessionIds).toEqual([]);

    await request(server.url, 'PUT', path, { sessionIds: ['s-a'] }, bearer(guest.token));
    const replaced = await request<StarsReply>(
      server.url,
      'GET',
      path,
      undefined,
      bearer(guest.token),
    );
    expect(replaced.body.sessionIds).toEqual(['s-a']);
  });

  it('survives a restart of the server', async () => {
    const local = await startTestServer();
    try {
      const camp = await scheduledCamp(local.url, { title: 'Neustart', days: ['2026-11-28'] }, [
        { id: 's-keep', title: 'Bleibt', roomId: 'r1', slotId: 'd1s2' },
      ]);
      const guest = await joinCamp(local.url, camp.slug, 'Gast');
      const path = `/api/camps/${camp.slug}/stars`;
      await request(local.url, 'PUT', path, { sessionIds: ['s-keep'] }, bearer(guest.token));
      const restarted = await local.restart();
      const read = await request<StarsReply>(
        restarted.url,
        'GET',
        path,
        undefined,
        bearer(guest.token),
      );
      expect(read.body.sessionIds).toEqual(['s-keep']);
      await restarted.destroy();
    } finally {
      await local.destroy();
    }
  });

  it('names the bad field of an invalid agenda', async () => {
    const camp = await campWithTwoSessions();
    const guest = await joinCamp(server.url, camp.slug, 'Gast');
    const result = await request(
      server.url,
      'PUT',
      `/api/camps/${camp.slug}/stars`,
      { sessionIds: ['bad id!'] },
      bearer(guest.token),
    );
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ ok: false, code: 'INVALID', field: 'sessionIds.0' });
  });
});

describe('the personal calendar feed', () => {
  it('holds the starred sessions only, at an address that is not the token', async () => {
    const camp = await campWithTwoSessions();
    const guest = await joinCamp(server.url, camp.slug, 'Gast');
    const put = await request<StarsReply>(
      server.url,
      'PUT',
      `/api/camps/${camp.slug}/stars`,
      { sessionIds: ['s-b'] },
      bearer(guest.token),
    );
    const { feedPath } = put.body;
    expect(feedPath).toMatch(new RegExp(`^/api/camps/${camp.slug}/agenda/[^/]+\\.ics$`));
    expect(feedPath).not.toContain(guest.token);

    const feed = await request<string>(server.url, 'GET', feedPath);
    expect(feed.status).toBe(200);
    const events = Object.values(ical.sync.parseICS(feed.body)).filter(
      (component) => component?.type === 'VEVENT',
    );
    expect(events.map((event) => (event?.type === 'VEVENT' ? String(event.summary) : ''))).toEqual([
      'Session B',
    ]);
  });

  it('answers 404 for a forged feed address', async () => {
    const camp = await campWithTwoSessions();
    const guest = await joinCamp(server.url, camp.slug, 'Gast');
    const put = await request<StarsReply>(
      server.url,
      'GET',
      `/api/camps/${camp.slug}/stars`,
      undefined,
      bearer(guest.token),
    );
    const forged = put.body.feedPath.replace(
      /\.[^.]+\.ics$/,
      '.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics',
    );
    expect(forged).not.toBe(put.body.feedPath);
    expect((await request(server.url, 'GET', forged)).status).toBe(404);
    const unknown = `/api/camps/${camp.slug}/agenda/nobody.xyz.ics`;
    expect((await request(server.url, 'GET', unknown)).status).toBe(404);
  });
});
