import ical, { type CalendarComponent, type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from '../helpers/api.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { scheduledCamp } from './scheduled-camp.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.destroy();
});

function eventsOf(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter(
    (component): component is VEvent =>
      component !== undefined && (component as CalendarComponent).type === 'VEVENT',
  );
}

function eventTitled(events: VEvent[], title: string): VEvent {
  const event = events.find((candidate) => String(candidate.summary) === title);
  if (!event)
    throw new Error(`no event "${title}" among ${events.map((e) => e.summary).join(', ')}`);
  return event;
}

async function calendar(path: string): Promise<string> {
  const result = await request<string>(server.url, 'GET', path);
  expect(result.status).toBe(200);
  expect(result.headers.get('content-type')).toMatch(/^text\/calendar; charset=utf-8/);
  return result.body;
}

describe('GET /api/camps/:slug/schedule.ics', () => {
  it('gives every published session at its Berlin time, in winter and on the day clocks go forward', async () => {
    const camp = await scheduledCamp(
      server.url,
      { title: 'Kalendercamp', timezone: 'Europe/Berlin', days: ['2026-03-28', '2026-03-29'] },
      [
        { id: 's-winter', title: 'Winterzeit, Komma; Semikolon', roomId: 'r1', slotId: 'd1s2' },
        { id: 's-summer', title: 'Sommerzeit', roomId: 'r2', slotId: 'd2s6' },
        { id: 's-off', title: 'Fällt aus', roomId: 'r1', slotId: 'd2s3', cancelReason: 'Krank' },
      ],
    );
    const text = await calendar(`/api/camps/${camp.slug}/schedule.ics`);
    const events = eventsOf(text);
    expect(events).toHaveLength(3);

    const winter = eventTitled(events, 'Winterzeit, Komma; Semikolon');
    // 10:15 in Berlin before the change (UTC+1) and 14:00 after it (UTC+2).
    expect(winter.start.toISOString()).toBe('2026-03-28T09:15:00.000Z');
    expect(winter.end?.toISOString()).toBe('2026-03-28T10:00:00.000Z');
    expect(winter.start.tz).toBe('Europe/Berlin');
    expect(String(winter.location)).toBe('Raum 1');
    const summer = eventTitled(events, 'Sommerzeit');
    expect(summer.start.toISOString()).toBe('2026-03-29T12:00:00.000Z');

    const cancelled = eventTitled(events, 'Fällt aus');
    expect(cancelled.status).toBe('CANCELLED');
    expect(String(cancelled.description)).toContain('Krank');
    expect(winter.status).toBe('CONFIRMED');
    expect(winter.dtstamp).toBeInstanceOf(Date);
  });

  it('is well-formed RFC 5545: CRLF, folded lines, a VTIMEZONE for the TZID, stable UIDs', async () => {
    const camp = await scheduledCamp(
      server.url,
      { title: 'Formcamp', timezone: 'Europe/Berlin', days: ['2026-11-28'] },
      [
        {
          id: 's-long',
          title: 'Ein sehr langer Titel über Barrierefreiheit in Fachverfahren und Öffentlichkeit',
          description:
            'Zeile eins\nZeile zwei mit Ümläuten äöü und mehr Text, der weit über fünfundsiebzig Zeichen hinausgeht.',
          roomId: 'r1',
          slotId: 'd1s2',
        },
      ],
    );
    const path = `/api/camps/${camp.slug}/schedule.ics`;
    const first = await calendar(path);
    expect(first.endsWith('\r\n')).toBe(true);
    expect(first.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of first.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    expect(first).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n');
    expect(first).toMatch(/DTSTART;TZID=Europe\/Berlin:20261128T101500\r\n/);
    expect(first).toMatch(
      /BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:\+0200\r\nTZOFFSETTO:\+0100/,
    );

    const [event] = eventsOf(first);
    expect(String(event?.description)).toContain('Zeile eins\nZeile zwei');
    expect(String(event?.summary)).toBe(
      'Ein sehr langer Titel über Barrierefreiheit in Fachverfahren und Öffentlichkeit',
    );
    const again = eventsOf(await calendar(path));
    expect(again[0]?.uid).toBe(event?.uid);
  });

  it('lists nothing before the schedule is published', async () => {
    const camp = await scheduledCamp(
      server.url,
      { title: 'Entwurfcamp', days: ['2026-11-28'] },
      [{ id: 's-draft', title: 'Entwurf', roomId: 'r1', slotId: 'd1s2' }],
      { publish: false },
    );
    const text = await calendar(`/api/camps/${camp.slug}/schedule.ics`);
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(eventsOf(text)).toEqual([]);
  });

  it('answers 404 for an unknown camp', async () => {
    const result = await request(server.url, 'GET', '/api/camps/no-such-camp/schedule.ics');
    expect(result.status).toBe(404);
    expect(result.body).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('keeps the hosts out when the camp hides their names', async () => {
    const camp = await scheduledCamp(
      server.url,
      { title: 'Anonymcamp', days: ['2026-11-28'], settings: { hideHostNames: true } },
      [{ id: 's-anon', title: 'Anonym', hosts: ['Geheim Name'], roomId: 'r1', slotId: 'd1s2' }],
    );
    const text = await calendar(`/api/camps/${camp.slug}/schedule.ics`);
    expect(eventsOf(text)).toHaveLength(1);
    expect(text).not.toContain('Geheim');
  });
});

describe('a time zone far from Berlin', () => {
  it('writes the camp’s own zone and its local times', async () => {
    const camp = await scheduledCamp(
      server.url,
      { title: 'New York camp', timezone: 'America/New_York', days: ['2026-07-04'] },
      [{ id: 's-ny', title: 'Independence', roomId: 'r1', slotId: 'd1s2' }],
    );
    const [event] = eventsOf(await calendar(`/api/camps/${camp.slug}/schedule.ics`));
    expect(event?.start.toISOString()).toBe('2026-07-04T14:15:00.000Z');
    expect(event?.start.tz).toBe('America/New_York');
  });
});
