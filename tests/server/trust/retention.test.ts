import { afterEach, describe, expect, it } from 'vitest';
import { addDays, isExpired, keptUntil } from '../../../server/src/privacy/retention.js';
import { createCamp, request } from '../helpers/api.js';
import { closeAllSockets, connectClient, mustCommand } from '../helpers/socket-client.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { eventually, revocationOf } from './support.js';

const servers: TestServer[] = [];
afterEach(async () => {
  closeAllSockets();
  for (const server of servers.splice(0)) await server.destroy();
});

async function start(dataDir?: string): Promise<TestServer> {
  const server = await startTestServer(dataDir === undefined ? {} : { dataDir });
  servers.push(server);
  return server;
}

/** The calendar day `days` from today in the zone (negative: in the past). */
function dayFromToday(days: number, timeZone = 'Europe/Berlin'): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone }).format(new Date());
  return addDays(today, days);
}

describe('when a camp expires', () => {
  const camp = (days: string[], retentionDays: number, timezone = 'Europe/Berlin') => ({
    version: 1,
    days,
    timezone,
    retentionDays,
  });

  it('is kept through its last day plus the retention days', () => {
    expect(keptUntil(camp(['2026-11-28', '2026-11-27'], 30))).toBe('2026-12-28');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('counts the days in the camp’s own time zone', () => {
    const facts = camp(['2026-11-01'], 30);
    // 2026-12-01 23:30 UTC is already Dec 2 in Berlin, still Dec 1 in New York.
    const now = new Date('2026-12-01T23:30:00Z');
    expect(isExpired(facts, now)).toBe(true);
    expect(isExpired({ ...facts, timezone: 'America/New_York' }, now)).toBe(false);
    expect(isExpired(facts, new Date('2026-12-01T22:30:00Z'))).toBe(false);
  });
});

describe('the retention sweep', () => {
  it('deletes the camps whose retention ran out, closes their sockets, and keeps the rest', async () => {
    const server = await start();
    const expired = await createCamp(server.url, {
      title: 'Vorbei',
      days: [dayFromToday(-40), dayFromToday(-31)],
    });
    const lastDayToday = await createCamp(server.url, { title: 'Heute' });
    const keptOneMoreDay = await createCamp(server.url, {
      title: 'Noch einen Tag',
      days: [dayFromToday(-30)],
    });
    const shortRetention = await createCamp(server.url, {
      title: 'Kurz',
      days: [dayFromToday(-3)],
      settings: { retentionDays: 7 },
    });
    const socket = await connectClient(server.url, { slug: expired.slug });
    const closed = revocationOf(socket);

    const deleted = await server.server.retention.sweep();
    const expiredId = (await server.store.findCampBySlug(expired.slug))?.id;
    expect(expiredId).toBeUndefined();
    expect(deleted).toHaveLength(1);
    expect((await closed).notice).toEqual({ reason: 'camp-deleted' });
    expect((await request(server.url, 'GET', `/api/camps/${expired.slug}`)).status).toBe(404);
    for (const kept of [lastDayToday, keptOneMoreDay, shortRetention]) {
      expect((await request(server.url, 'GET', `/api/camps/${kept.slug}`)).status).toBe(200);
    }

    // A moderator shortening the retention (or moving the days) is followed by the next sweep.
    const moderator = await connectClient(server.url, {
      slug: shortRetention.slug,
      token: shortRetention.moderatorToken,
    });
    await mustCommand(moderator, 'camp:update', { settings: { retentionDays: 2 } });
    expect(await server.server.retention.sweep()).toHaveLength(1);
    expect((await request(server.url, 'GET', `/api/camps/${shortRetention.slug}`)).status).toBe(
      404,
    );
    expect((await request(server.url, 'GET', `/api/camps/${keptOneMoreDay.slug}`)).status).toBe(
      200,
    );
  });

  it('runs when the server starts', async () => {
    const first = await start();
    const expired = await createCamp(first.url, { title: 'Alt', days: ['2020-06-01'] });
    const current = await createCamp(first.url, { title: 'Neu' });
    await first.close();

    const second = await start(first.dataDir);
    await eventually(
      async () => (await request(second.url, 'GET', `/api/camps/${expired.slug}`)).status === 404,
      'the expired camp is deleted after the start',
    );
    expect((await request(second.url, 'GET', `/api/camps/${current.slug}`)).status).toBe(200);
  });
});
