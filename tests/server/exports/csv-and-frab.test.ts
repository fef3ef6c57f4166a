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

/** A small RFC 4180 reader, separate from the writer under test. */
function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charAt(index);
    if (quoted) {
      if (character === '"' && text.charAt(index + 1) === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === separator) {
      row.push(field);
      field = '';
    } else if (character === '\r' && text.charAt(index + 1) === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else field += character;
  }
  return rows;
}

const TRICKY_TITLE = 'Daten, "offen" und frei';

/** The body's bytes as sent: fetch's text() would swallow the byte order mark. */
async function csvBody(path: string): Promise<{ bytes: Buffer; text: string; type: string }> {
  const response = await fetch(`${server.url}${path}`);
  expect(response.status).toBe(200);
  const bytes = Buffer.from(await response.arrayBuffer());
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return { bytes, text, type: response.headers.get('content-type') ?? '' };
}

describe('GET /api/camps/:slug/schedule.csv', () => {
  it('starts with a BOM for Excel and quotes what needs quoting', async () => {
    const camp = await scheduledCamp(server.url, { title: 'CSV-Camp', days: ['2026-11-28'] }, [
      {
        id: 's-csv',
        title: TRICKY_TITLE,
        description: 'Zeile 1\nZeile 2',
        hosts: ['Ada', 'Grace'],
        tags: ['Open Data'],
        roomId: 'r2',
        slotId: 'd1s3',
      },
      {
        id: 's-gone',
        title: 'Abgesagt',
        roomId: 'r1',
        slotId: 'd1s2',
        cancelReason: 'Zug fiel aus',
      },
    ]);
    const { bytes, text, type } = await csvBody(`/api/camps/${camp.slug}/schedule.csv`);
    expect(type).toMatch(/^text\/csv; charset=utf-8/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toContain(`"${TRICKY_TITLE.replace(/"/g, '""')}"`);

    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header?.slice(0, 6)).toEqual(['date', 'start', 'end', 'room', 'title', 'hosts']);
    expect(rows).toHaveLength(2);
    const column = (name: string) => header?.indexOf(name) ?? -1;
    const tricky = rows.find((row) => row[column('title')] === TRICKY_TITLE);
    expect(tricky?.[column('start')]).toBe('11:15');
    expect(tricky?.[column('room')]).toBe('Raum 2');
    expect(tricky?.[column('hosts')]).toBe('Ada, Grace');
    expect(tricky?.[column('description')]).toBe('Zeile 1\nZeile 2');
    const gone = rows.find((row) => row[column('title')] === 'Abgesagt');
    expect(gone?.[column('status')]).toBe('cancelled');
    expect(gone?.[column('cancellation_reason')]).toBe('Zug fiel aus');
  });

  it('separates with semicolons on request, for German Excel', async () => {
    const camp = await scheduledCamp(server.url, { title: 'Semikolon', days: ['2026-11-28'] }, [
      { id: 's-semi', title: 'A; B', roomId: 'r1', slotId: 'd1s2' },
    ]);
    const { text } = await csvBody(`/api/camps/${camp.slug}/schedule.csv?separator=semicolon`);
    const [header, row] = parseCsv(text.slice(1), ';');
    expect(header?.[0]).toBe('date');
    expect(header?.[4]).toBe('title');
    expect(row?.[4]).toBe('A; B');
  });

  it('leaves the hosts empty when the camp hides their names', async () => {
    const camp = await scheduledCamp(
      server.url,
      { title: 'Ohne Namen', days: ['2026-11-28'], settings: { hideHostNames: true } },
      [{ id: 's-hidden', title: 'Versteckt', hosts: ['Geheim'], roomId: 'r1', slotId: 'd1s2' }],
    );
    const { text } = await csvBody(`/api/camps/${camp.slug}/schedule.csv`);
    expect(text).toContain('Versteckt');
    expect(text).not.toContain('Geheim');
  });
});

interface FrabEventShape {
  guid: string;
  id: number;
  date: string;
  start: string;
  duration: string;
  room: string;
  title: string;
  type: string;
  language: string;
  url: string;
  persons: { public_name: string }[];
}

interface FrabShape {
  schedule: {
    conference: {
      title: string;
      time_zone_name: string;
      days: { index: number; date: string; rooms: Record<string, FrabEventShape[]> }[];
    };
  };
}

describe('GET /api/camps/:slug/schedule.json (frab)', () => {
  it('gives days, rooms by name and events with frab’s fields', async () => {
    const camp = await scheduledCamp(
      server.url,
      { title: 'Frab-Camp', timezone: 'Europe/Berlin', days: ['2026-07-01', '2026-07-02'] },
      [
        { id: 's-one', title: 'Erster Tag', hosts: ['Ada'], roomId: 'r1', slotId: 'd1s2' },
        { id: 's-two', title: 'Zweiter Tag', roomId: 'r3', slotId: 'd2s6' },
      ],
    );
    const path = `/api/camps/${camp.slug}/schedule.json`;
    const result = await request<FrabShape>(server.url, 'GET', path);
    expect(result.status).toBe(200);
    const { conference } = result.body.schedule;
    expect(conference.title).toBe('Frab-Camp');
    expect(conference.time_zone_name).toBe('Europe/Berlin');
    expect(conference.days.map((day) => day.date)).toEqual(['2026-07-01', '2026-07-02']);

    const [first] = conference.days[0]?.rooms['Raum 1'] ?? [];
    expect(first).toMatchObject({
      id: expect.any(Number),
      date: '2026-07-01T10:15:00+02:00',
      start: '10:15',
      duration: '00:45',
      room: 'Raum 1',
      title: 'Erster Tag',
      type: 'discussion',
      language: 'de',
      persons: [{ public_name: 'Ada' }],
    });
    expect(first?.guid).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(first?.url).toContain(`/c/${camp.slug}/s/s-one`);
    expect(conference.days[1]?.rooms['Raum 3']?.[0]?.start).toBe('14:00');
    expect(conference.days[1]?.rooms['Raum 1']).toEqual([]);

    const again = await request<FrabShape>(server.url, 'GET', path);
    expect(again.body.schedule.conference.days[0]?.rooms['Raum 1']?.[0]?.guid).toBe(first?.guid);
  });
});

describe('the exports of a private camp', () => {
  it('answer only with the join code, like the camp itself', async () => {
    const camp = await scheduledCamp(
      server.url,
      { title: 'Geschlossen', days: ['2026-11-28'], settings: { visibility: 'private' } },
      [{ id: 's-private', title: 'Intern', roomId: 'r1', slotId: 'd1s2' }],
    );
    const code = 'Kaffee-2026';
    const set = await request(
      server.url,
      'PUT',
      `/api/camps/${camp.slug}/join-code`,
      { code },
      {
        authorization: `Bearer ${camp.moderatorToken}`,
      },
    );
    expect(set.status).toBe(200);
    for (const file of ['schedule.ics', 'schedule.csv', 'schedule.json']) {
      const without = await request(server.url, 'GET', `/api/camps/${camp.slug}/${file}`);
      expect(without.status, file).toBe(401);
      expect(JSON.stringify(without.body)).not.toContain('Intern');
      const withCode = await request<unknown>(
        server.url,
        'GET',
        `/api/camps/${camp.slug}/${file}`,
        undefined,
        { 'x-join-code': code },
      );
      expect(withCode.status, file).toBe(200);
      expect(JSON.stringify(withCode.body)).toContain('Intern');
      // A calendar app or a download link sends no header: the code comes in the link.
      const inLink = await request<unknown>(
        server.url,
        'GET',
        `/api/camps/${camp.slug}/${file}?code=${encodeURIComponent(code)}`,
      );
      expect(inLink.status, file).toBe(200);
      expect(JSON.stringify(inLink.body)).toContain('Intern');
      const wrong = await request(server.url, 'GET', `/api/camps/${camp.slug}/${file}?code=Tee`);
      expect(wrong.status, file).not.toBe(200);
      expect(JSON.stringify(wrong.body)).not.toContain('Intern');
    }
  });
});
