import { CreateCampRequestSchema, JoinRequestSchema } from '@campgrid/shared';
import { describe, expect, it } from 'vitest';

/*
 * HTTP bodies.
 * HTTP-1 POST /api/camps needs only a title; the time zone defaults to Europe/Berlin; every other
 *        field is checked like its command.
 * HTTP-2 POST /api/camps/:slug/participants needs a display name of 1 to 80 characters, trimmed.
 */

describe('HTTP-1 create-camp body', () => {
  it('HTTP-1 a title alone is enough, and the time zone defaults to Europe/Berlin', () => {
    expect(CreateCampRequestSchema.parse({ title: 'NExTcamp' })).toEqual({
      title: 'NExTcamp',
      timezone: 'Europe/Berlin',
    });
  });

  it('HTTP-1 a full body is accepted', () => {
    const body = {
      title: 'NExTcamp',
      timezone: 'Europe/Vienna',
      days: ['2026-11-28'],
      rooms: [{ id: 'aula', name: 'Aula', capacity: 100, features: ['Beamer'], full: false }],
      slots: [
        {
          id: 'first',
          day: '2026-11-28',
          start: '10:15',
          end: '11:00',
          kind: 'session',
          label: '',
        },
      ],
      settings: { votesPerParticipant: 5 },
      phases: { voting: false },
    };
    expect(CreateCampRequestSchema.parse(body)).toEqual(body);
  });

  const bad: [string, unknown, string][] = [
    ['no title', {}, 'title'],
    ['a blank title', { title: '  ' }, 'title'],
    ['an unknown time zone', { title: 'T', timezone: 'Berlin' }, 'timezone'],
    ['no day', { title: 'T', days: [] }, 'days'],
    ['a day that does not exist', { title: 'T', days: ['2026-02-30'] }, 'days.0'],
    ['an empty room list', { title: 'T', rooms: [] }, 'rooms'],
    [
      'a slot ending before it starts',
      {
        title: 'T',
        slots: [{ id: 's', day: '2026-11-28', start: '11:00', end: '10:00', kind: 'session' }],
      },
      'slots.0.end',
    ],
    [
      'a vote limit of 0',
      { title: 'T', settings: { votesPerParticipant: 0 } },
      'settings.votesPerParticipant',
    ],
  ];
  for (const [what, body, field] of bad) {
    it(`HTTP-1 ${what} is refused at ${field}`, () => {
      const result = CreateCampRequestSchema.safeParse(body);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path.join('.')).toBe(field);
    });
  }
});

describe('HTTP-2 join body', () => {
  it('HTTP-2 a display name is trimmed', () => {
    expect(JoinRequestSchema.parse({ displayName: '  Anna  ' })).toEqual({ displayName: 'Anna' });
  });

  it('HTTP-2 a missing, blank or too long display name is refused', () => {
    for (const body of [{}, { displayName: ' ' }, { displayName: 'x'.repeat(81) }]) {
      const result = JoinRequestSchema.safeParse(body);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['displayName']);
    }
  });
});
