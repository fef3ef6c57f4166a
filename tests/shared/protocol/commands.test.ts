import {
  COMMAND_TYPES,
  type CommandInput,
  type CommandType,
  commandSchemas,
  isCommandType,
  SESSION_DESCRIPTION_MAX,
  SESSION_TITLE_MAX,
} from '@campgrid/shared';
import { describe, expect, it } from 'vitest';

/*
 * The command catalog's payload schemas.
 * WIRE-1 Every command's schema accepts a valid payload.
 * WIRE-2 Every schema refuses bad payloads, naming the bad field by its path.
 * WIRE-3 Parsing normalizes: text is trimmed, a draft gets its defaults, an edit gets none,
 *        unknown keys are dropped.
 * WIRE-4 isCommandType knows exactly the catalog's names.
 */

const cell = { roomId: 'aula', slotId: 'first' };

const validPayloads: { [T in CommandType]: CommandInput<T> } = {
  'camp:update': {
    title: 'NExTcamp',
    timezone: 'Europe/Berlin',
    days: ['2026-11-28', '2026-11-29'],
    settings: { votesPerParticipant: 5 },
  },
  'room:add': { room: { id: 'aula', name: 'Aula', capacity: 120 } },
  'room:update': { roomId: 'aula', name: 'Große Aula', capacity: 150 },
  'room:remove': { roomId: 'aula' },
  'slot:add': {
    slot: { id: 'first', day: '2026-11-28', start: '10:15', end: '11:00', kind: 'session' },
  },
  'slot:update': {
    slotId: 'first',
    start: '10:00',
    end: '10:45',
    kind: 'plenary',
    label: 'Plenum',
  },
  'slot:remove': { slotId: 'first' },
  'session:pitch': {
    sessionId: 'session_01',
    draft: {
      title: 'Barrierefreie Formulare',
      description: 'Wie wir sie bauen.',
      hosts: ['Anna', 'Ben'],
      tags: ['a11y'],
      format: 'workshop',
      language: 'en',
    },
  },
  'session:update': { sessionId: 'session_01', changes: { title: 'Neu' } },
  'session:withdraw': { sessionId: 'session_01' },
  'vote:cast': { sessionId: 'session_01' },
  'vote:retract': { sessionId: 'session_01' },
  'session:place': { sessionId: 'session_01', placement: cell, expected: null },
  'session:unplace': { sessionId: 'session_01', expected: cell },
  'session:swap': { sessionId: 'session_01', otherSessionId: 'session_02' },
  'phase:set': { phase: 'voting', open: false },
  'session:configure': {
    sessionId: 'session_01',
    needs: ['Beamer'],
    capacityLimit: 20,
    pinned: true,
    allowedSlotIds: ['first'],
  },
  'session:cancel': { sessionId: 'session_01', reason: 'Host ist krank' },
  'session:restore': { sessionId: 'session_01' },
  'session:count-hands': { sessionId: 'session_01', count: 23 },
  'wish:post': {
    sessionId: 'wish_01',
    wish: { title: 'Jemand zu Open Data?', description: 'Würde gern zuhören.', tags: ['daten'] },
  },
  'wish:adopt': { sessionId: 'wish_01', hostName: 'Anna' },
  'queue:join': { sessionId: 'session_01' },
  'queue:leave': { sessionId: 'session_01' },
  'queue:reorder': { sessionIds: ['session_02', 'session_01'] },
  'spotlight:set': { sessionId: null },
  'plan:apply': {
    basedOnVersion: 42,
    placements: [
      { sessionId: 'session_01', placement: cell },
      { sessionId: 'session_02', placement: null },
    ],
  },
  'slot:shift': { slotId: 'first', minutes: -15 },
  'room:mark-full': { roomId: 'aula', full: true },
  'schedule:publish': {},
  'participant:leave': {},
};

describe('WIRE-1 every command schema accepts a valid payload', () => {
  for (const type of COMMAND_TYPES) {
    it(`WIRE-1 ${type}`, () => {
      expect(commandSchemas[type].safeParse(validPayloads[type]).success).toBe(true);
    });
  }

  it('WIRE-1 the limits themselves are accepted', () => {
    const result = commandSchemas['session:pitch'].safeParse({
      sessionId: 'x'.repeat(64),
      draft: {
        title: 't'.repeat(SESSION_TITLE_MAX),
        description: 'd'.repeat(SESSION_DESCRIPTION_MAX),
        hosts: ['1', '2', '3', '4', '5'],
        tags: ['1', '2', '3', '4', '5', '6', '7', '8'],
      },
    });
    expect(result.success).toBe(true);
  });

  it('WIRE-1 an update may leave out every optional field', () => {
    expect(commandSchemas['camp:update'].safeParse({}).success).toBe(true);
    expect(commandSchemas['room:update'].safeParse({ roomId: 'aula' }).success).toBe(true);
    expect(commandSchemas['slot:update'].safeParse({ slotId: 'first' }).success).toBe(true);
    expect(
      commandSchemas['session:update'].safeParse({ sessionId: 's', changes: {} }).success,
    ).toBe(true);
    expect(
      commandSchemas['session:place'].safeParse({ sessionId: 's', placement: cell }).success,
    ).toBe(true);
  });
});

/** [command, payload, the field the first issue names]. */
const badPayloads: [CommandType, unknown, string][] = [
  ['session:pitch', { sessionId: 's', draft: { title: 't'.repeat(121) } }, 'draft.title'],
  ['session:pitch', { sessionId: 's', draft: { title: '   ' } }, 'draft.title'],
  ['session:pitch', { sessionId: 's', draft: { title: 'Nul\u0000l' } }, 'draft.title'],
  ['wish:adopt', { sessionId: 's', hostName: 'Bell\u0007' }, 'hostName'],
  ['session:pitch', { sessionId: 's', draft: {} }, 'draft.title'],
  [
    'session:pitch',
    { sessionId: 's', draft: { title: 'ok', description: 'd'.repeat(2001) } },
    'draft.description',
  ],
  [
    'session:pitch',
    { sessionId: 's', draft: { title: 'ok', hosts: ['1', '2', '3', '4', '5', '6'] } },
    'draft.hosts',
  ],
  ['session:pitch', { sessionId: 's', draft: { title: 'ok', hosts: [''] } }, 'draft.hosts.0'],
  [
    'session:pitch',
    { sessionId: 's', draft: { title: 'ok', tags: ['ok', 't'.repeat(31)] } },
    'draft.tags.1',
  ],
  ['session:pitch', { sessionId: 's', draft: { title: 'ok', format: 'keynote' } }, 'draft.format'],
  ['session:pitch', { sessionId: 's', draft: { title: 'ok', language: 'fr' } }, 'draft.language'],
  ['session:pitch', { sessionId: 'has space', draft: { title: 'ok' } }, 'sessionId'],
  ['session:pitch', { sessionId: '', draft: { title: 'ok' } }, 'sessionId'],
  ['session:pitch', { sessionId: 'x'.repeat(65), draft: { title: 'ok' } }, 'sessionId'],
  ['session:pitch', { sessionId: 'a/b', draft: { title: 'ok' } }, 'sessionId'],
  ['session:update', { sessionId: 's', changes: { title: 't'.repeat(121) } }, 'changes.title'],
  [
    'session:update',
    { sessionId: 's', changes: { description: 'd'.repeat(2001) } },
    'changes.description',
  ],
  ['session:update', { sessionId: 's' }, 'changes'],
  ['session:withdraw', { sessionId: 42 }, 'sessionId'],
  ['vote:cast', {}, 'sessionId'],
  ['vote:retract', { sessionId: 'ü' }, 'sessionId'],
  ['room:add', { room: { id: 'aula', name: 'Aula', capacity: 0 } }, 'room.capacity'],
  ['room:add', { room: { id: 'aula', name: 'Aula', capacity: 1.5 } }, 'room.capacity'],
  ['room:add', { room: { id: 'aula', name: '', capacity: 10 } }, 'room.name'],
  ['room:add', { room: { id: 'aula', name: 'n'.repeat(61), capacity: 10 } }, 'room.name'],
  ['room:add', { room: { id: 'Aula 1', name: 'Aula', capacity: 10 } }, 'room.id'],
  ['room:update', { roomId: 'aula', capacity: 100_001 }, 'capacity'],
  ['room:remove', {}, 'roomId'],
  [
    'slot:add',
    { slot: { id: 'x', day: '2026-11-28', start: '11:00', end: '10:15', kind: 'session' } },
    'slot.end',
  ],
  [
    'slot:add',
    { slot: { id: 'x', day: '2026-11-28', start: '10:15', end: '10:15', kind: 'session' } },
    'slot.end',
  ],
  [
    'slot:add',
    { slot: { id: 'x', day: '2026-11-28', start: '24:00', end: '24:45', kind: 'session' } },
    'slot.start',
  ],
  [
    'slot:add',
    { slot: { id: 'x', day: '2026-11-28', start: '9:00', end: '09:45', kind: 'session' } },
    'slot.start',
  ],
  [
    'slot:add',
    { slot: { id: 'x', day: '2026-11-28', start: '09:00', end: '09:60', kind: 'session' } },
    'slot.end',
  ],
  [
    'slot:add',
    { slot: { id: 'x', day: '2026-02-30', start: '09:00', end: '09:45', kind: 'session' } },
    'slot.day',
  ],
  [
    'slot:add',
    { slot: { id: 'x', day: '2026-13-01', start: '09:00', end: '09:45', kind: 'session' } },
    'slot.day',
  ],
  [
    'slot:add',
    { slot: { id: 'x', day: '28.11.2026', start: '09:00', end: '09:45', kind: 'session' } },
    'slot.day',
  ],
  [
    'slot:add',
    { slot: { id: 'x', day: '2026-11-28', start: '09:00', end: '09:45', kind: 'lunch' } },
    'slot.kind',
  ],
  [
    'slot:add',
    {
      slot: {
        id: 'x',
        day: '2026-11-28',
        start: '09:00',
        end: '09:45',
        kind: 'break',
        label: 'l'.repeat(61),
      },
    },
    'slot.label',
  ],
  ['slot:update', { slotId: 'first', start: '25:00' }, 'start'],
  ['slot:update', { slotId: 'first', day: '2025-02-29' }, 'day'],
  ['slot:update', { slotId: 'first', kind: 'party' }, 'kind'],
  ['slot:remove', { slotId: '' }, 'slotId'],
  ['camp:update', { timezone: 'Mars/Olympus' }, 'timezone'],
  ['camp:update', { timezone: '' }, 'timezone'],
  ['camp:update', { title: '' }, 'title'],
  ['camp:update', { title: 't'.repeat(121) }, 'title'],
  ['camp:update', { days: [] }, 'days'],
  [
    'camp:update',
    {
      days: [
        '2026-11-01',
        '2026-11-02',
        '2026-11-03',
        '2026-11-04',
        '2026-11-05',
        '2026-11-06',
        '2026-11-07',
        '2026-11-08',
      ],
    },
    'days',
  ],
  ['camp:update', { days: ['2026-11-28', '2026-02-30'] }, 'days.1'],
  ['camp:update', { settings: { votesPerParticipant: 0 } }, 'settings.votesPerParticipant'],
  ['camp:update', { settings: { votesPerParticipant: 101 } }, 'settings.votesPerParticipant'],
  ['camp:update', { settings: { votesPerParticipant: 2.5 } }, 'settings.votesPerParticipant'],
  ['session:place', { sessionId: 's', placement: { roomId: 'aula' } }, 'placement.slotId'],
  ['session:place', { sessionId: 's' }, 'placement'],
  [
    'session:place',
    { sessionId: 's', placement: cell, expected: { roomId: 'bad id', slotId: 'first' } },
    'expected.roomId',
  ],
  ['session:unplace', { sessionId: 's', expected: 'aula' }, 'expected'],
  ['session:swap', { sessionId: 's' }, 'otherSessionId'],
  ['phase:set', { phase: 'planning', open: true }, 'phase'],
  ['phase:set', { phase: 'voting', open: 'yes' }, 'open'],
  [
    'camp:update',
    { settings: { notesUrlTemplate: 'javascript:alert(1)' } },
    'settings.notesUrlTemplate',
  ],
  ['camp:update', { settings: { retentionDays: 0 } }, 'settings.retentionDays'],
  ['camp:update', { settings: { visibility: 'secret' } }, 'settings.visibility'],
  ['camp:update', { settings: { hideVoteCounts: 'yes' } }, 'settings.hideVoteCounts'],
  [
    'room:add',
    { room: { id: 'aula', name: 'Aula', capacity: 10, features: [''] } },
    'room.features.0',
  ],
  ['room:update', { roomId: 'aula', features: Array(13).fill('Beamer') }, 'features'],
  ['session:configure', { sessionId: 's', capacityLimit: 0 }, 'capacityLimit'],
  ['session:configure', { sessionId: 's', allowedSlotIds: ['bad id'] }, 'allowedSlotIds.0'],
  ['session:cancel', { sessionId: 's', reason: 'r'.repeat(301) }, 'reason'],
  ['session:cancel', { sessionId: 's' }, 'reason'],
  ['session:count-hands', { sessionId: 's', count: -1 }, 'count'],
  ['session:count-hands', { sessionId: 's' }, 'count'],
  ['wish:post', { sessionId: 's', wish: {} }, 'wish.title'],
  ['wish:adopt', { sessionId: 's', hostName: '  ' }, 'hostName'],
  ['queue:reorder', { sessionIds: 'ki' }, 'sessionIds'],
  ['spotlight:set', {}, 'sessionId'],
  ['plan:apply', { basedOnVersion: -1, placements: [] }, 'basedOnVersion'],
  [
    'plan:apply',
    { basedOnVersion: 3, placements: [{ sessionId: 's', placement: { roomId: 'aula' } }] },
    'placements.0.placement.slotId',
  ],
  ['slot:shift', { slotId: 'first', minutes: 0 }, 'minutes'],
  ['slot:shift', { slotId: 'first', minutes: 7 }, 'minutes'],
  ['slot:shift', { slotId: 'first', minutes: 245 }, 'minutes'],
  ['room:mark-full', { roomId: 'aula' }, 'full'],
];

describe('WIRE-2 bad payloads are refused, naming the field', () => {
  for (const [type, payload, field] of badPayloads) {
    it(`WIRE-2 ${type} refuses a bad ${field}`, () => {
      const result = commandSchemas[type].safeParse(payload);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path.join('.')).toBe(field);
    });
  }

  it('WIRE-2 a payload that is not an object is refused at the root', () => {
    for (const type of COMMAND_TYPES) {
      for (const payload of [null, undefined, 'vote', 42, []]) {
        const result = commandSchemas[type].safeParse(payload);
        expect(result.success).toBe(false);
        expect(result.error?.issues[0]?.path).toEqual([]);
      }
    }
  });
});

describe('WIRE-3 parsing normalizes payloads', () => {
  it('WIRE-3 text is trimmed', () => {
    const parsed = commandSchemas['room:add'].parse({
      room: { id: 'aula', name: '  Aula  ', capacity: 10 },
    });
    expect(parsed.room.name).toBe('Aula');
  });

  it('WIRE-3 a draft gets its defaults', () => {
    const parsed = commandSchemas['session:pitch'].parse({ sessionId: 's', draft: { title: 'T' } });
    expect(parsed.draft).toEqual({
      title: 'T',
      description: '',
      hosts: [],
      tags: [],
      format: 'discussion',
      language: 'de',
    });
  });

  it('WIRE-3 an edit carries only the fields given, no defaults', () => {
    const parsed = commandSchemas['session:update'].parse({
      sessionId: 's',
      changes: { title: ' Neu ' },
    });
    expect(parsed.changes).toEqual({ title: 'Neu' });
  });

  it('WIRE-3 a settings change carries only the settings given, no defaults', () => {
    const parsed = commandSchemas['camp:update'].parse({ settings: { hideVoteCounts: true } });
    expect(parsed).toEqual({ settings: { hideVoteCounts: true } });
  });

  it('WIRE-3 a room gets no features and is not full unless told', () => {
    const parsed = commandSchemas['room:add'].parse({
      room: { id: 'aula', name: 'Aula', capacity: 10 },
    });
    expect(parsed.room).toEqual({
      id: 'aula',
      name: 'Aula',
      capacity: 10,
      features: [],
      full: false,
    });
  });

  it('WIRE-3 a wish gets the draft defaults but carries no hosts and no format', () => {
    const parsed = commandSchemas['wish:post'].parse({
      sessionId: 'w',
      wish: { title: 'Open Data?', hosts: ['Mallory'], format: 'talk' },
    });
    expect(parsed.wish).toEqual({ title: 'Open Data?', description: '', tags: [], language: 'de' });
  });

  it('WIRE-3 a slot label defaults to empty', () => {
    const parsed = commandSchemas['slot:add'].parse(validPayloads['slot:add']);
    expect(parsed.slot.label).toBe('');
  });

  it('WIRE-3 unknown keys are dropped', () => {
    const parsed = commandSchemas['vote:cast'].parse({ sessionId: 's', participantId: 'mallory' });
    expect(parsed).toEqual({ sessionId: 's' });
  });
});

describe('WIRE-4 isCommandType', () => {
  it('WIRE-4 accepts every catalog name and nothing else', () => {
    for (const type of COMMAND_TYPES) expect(isCommandType(type)).toBe(true);
    for (const name of ['camp:sync', 'vote:casted', 'toString', '__proto__', 'constructor', '']) {
      expect(isCommandType(name)).toBe(false);
    }
  });
});
