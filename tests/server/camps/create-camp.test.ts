import { CreateCampRequestSchema } from '@campgrid/shared';
import { describe, expect, it } from 'vitest';
import { buildCampSetup } from '../../../server/src/camps/create-camp.js';
import { todayIn } from '../../../server/src/camps/local-date.js';
import { campSlug, slugify } from '../../../server/src/camps/slug.js';

describe('slugify', () => {
  it.each([
    ['NExTcamp Demo', 'nextcamp-demo'],
    ['Nächstes Bürgercamp: Öffentliche Straße', 'naechstes-buergercamp-oeffentliche-strasse'],
    ['ÄÖÜ äöü ß', 'aeoeue-aeoeue-ss'],
    ['Café Olé – Ça va?', 'cafe-ole-ca-va'],
    ['  --Hello,   World!--  ', 'hello-world'],
    ['数字化', 'camp'],
    ['!!!', 'camp'],
  ])('turns %j into %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('stays within the slug length with room for the suffix', () => {
    const slug = campSlug('Sehr '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*-[a-z0-9]{6}$/);
  });
});

describe('todayIn', () => {
  it('dates by the camp’s time zone, not the server’s', () => {
    // 23:30 UTC on 28 November is already 29 November in Berlin and still 28th in New York.
    const lateEvening = new Date('2026-11-28T23:30:00Z');
    expect(todayIn('Europe/Berlin', lateEvening)).toBe('2026-11-29');
    expect(todayIn('America/New_York', lateEvening)).toBe('2026-11-28');
  });
});

describe('buildCampSetup', () => {
  const identity = { id: 'camp-1', slug: 'camp-abcdef' };

  it('fills in today, the default rooms and the default day', () => {
    const built = buildCampSetup(
      CreateCampRequestSchema.parse({ title: 'Only a title' }),
      identity,
      new Date('2026-11-28T23:30:00Z'),
    );
    expect(built).toMatchObject({
      ok: true,
      setup: {
        ...identity,
        timezone: 'Europe/Berlin',
        days: ['2026-11-29'],
        settings: { votesPerParticipant: null },
        phases: { pitching: true, voting: true },
      },
    });
    if (!built.ok) return;
    expect(built.setup.slots.filter((slot) => slot.kind === 'session')).toHaveLength(5);
    expect(built.setup.rooms.length).toBeGreaterThan(0);
  });

  it('refuses a day listed twice', () => {
    const built = buildCampSetup(
      CreateCampRequestSchema.parse({ title: 'T', days: ['2026-11-28', '2026-11-28'] }),
      identity,
    );
    expect(built).toMatchObject({ ok: false, code: 'INVALID', field: 'days.1' });
  });

  it('refuses two slots with one id', () => {
    const slot = { id: 's1', day: '2026-11-28', start: '10:00', end: '11:00', kind: 'session' };
    const built = buildCampSetup(
      CreateCampRequestSchema.parse({
        title: 'T',
        days: ['2026-11-28'],
        slots: [slot, { ...slot, start: '12:00', end: '13:00' }],
      }),
      identity,
    );
    expect(built).toMatchObject({ ok: false, code: 'INVALID', field: 'slots.1.id' });
  });
});
