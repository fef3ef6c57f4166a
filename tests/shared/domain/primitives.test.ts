import {
  IdSchema,
  LocalDateSchema,
  LocalTimeSchema,
  minutesOf,
  SlugSchema,
  TimeZoneSchema,
  timeOf,
} from '@campgrid/shared';
import { describe, expect, it } from 'vitest';

/*
 * The primitives every schema is built from.
 * DOMAIN-1 A local date is a real calendar day written YYYY-MM-DD.
 * DOMAIN-2 A local time is HH:MM from 00:00 to 23:59.
 * DOMAIN-3 A time zone is one the runtime's IANA database knows.
 * DOMAIN-4 Ids are 1 to 64 letters, digits, "-" or "_"; slugs are lower-case words joined by "-".
 * DOMAIN-5 minutesOf and timeOf convert between HH:MM and minutes after midnight.
 */

const accepts = (schema: { safeParse: (value: unknown) => { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;

describe('DOMAIN-1 local dates', () => {
  it('DOMAIN-1 accepts real days, leap days included', () => {
    for (const day of ['2026-11-28', '2024-02-29', '2000-02-29', '2026-12-31', '2026-01-01']) {
      expect(accepts(LocalDateSchema, day)).toBe(true);
    }
  });

  it('DOMAIN-1 refuses days the calendar does not have', () => {
    for (const day of [
      '2026-02-30',
      '2026-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-11-00',
    ]) {
      expect(accepts(LocalDateSchema, day)).toBe(false);
    }
  });

  it('DOMAIN-1 refuses other spellings', () => {
    for (const day of ['28.11.2026', '2026-11-28T10:00', '2026-1-28', '', 20261128]) {
      expect(accepts(LocalDateSchema, day)).toBe(false);
    }
  });
});

describe('DOMAIN-2 local times', () => {
  it('DOMAIN-2 accepts 00:00 to 23:59', () => {
    for (const time of ['00:00', '09:45', '12:00', '23:59'])
      expect(accepts(LocalTimeSchema, time)).toBe(true);
  });

  it('DOMAIN-2 refuses everything else', () => {
    for (const time of ['24:00', '9:45', '09:60', '09:45:00', '0945', '', 945]) {
      expect(accepts(LocalTimeSchema, time)).toBe(false);
    }
  });
});

describe('DOMAIN-3 time zones', () => {
  it('DOMAIN-3 accepts IANA zones', () => {
    for (const zone of ['Europe/Berlin', 'Europe/Vienna', 'UTC', 'America/New_York']) {
      expect(accepts(TimeZoneSchema, zone)).toBe(true);
    }
  });

  it('DOMAIN-3 refuses unknown zones', () => {
    for (const zone of ['Europe/Atlantis', 'Berlin', 'CEST+1', '', 'x'.repeat(65)]) {
      expect(accepts(TimeZoneSchema, zone)).toBe(false);
    }
  });
});

describe('DOMAIN-4 ids and slugs', () => {
  it('DOMAIN-4 ids', () => {
    for (const id of ['a', 'A-z_09', 'x'.repeat(64), crypto.randomUUID()])
      expect(accepts(IdSchema, id)).toBe(true);
    for (const id of ['', 'x'.repeat(65), 'a b', 'a/b', 'ä', 'a.b', '<script>']) {
      expect(accepts(IdSchema, id)).toBe(false);
    }
  });

  it('DOMAIN-4 slugs', () => {
    for (const slug of ['nextcamp-demo', 'a', 'camp-2026-berlin'])
      expect(accepts(SlugSchema, slug)).toBe(true);
    for (const slug of [
      '',
      'NExTcamp',
      '-camp',
      'camp-',
      'camp--demo',
      'camp_demo',
      'x'.repeat(81),
    ]) {
      expect(accepts(SlugSchema, slug)).toBe(false);
    }
  });
});

describe('DOMAIN-5 minutes and times', () => {
  it('DOMAIN-5 converts both ways', () => {
    expect(minutesOf('00:00')).toBe(0);
    expect(minutesOf('09:45')).toBe(585);
    expect(minutesOf('23:59')).toBe(1439);
    expect(timeOf(585)).toBe('09:45');
    expect(timeOf(0)).toBe('00:00');
    for (let minutes = 0; minutes < 24 * 60; minutes += 7)
      expect(minutesOf(timeOf(minutes))).toBe(minutes);
  });
});
