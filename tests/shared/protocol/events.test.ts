import {
  type DomainEvent,
  DomainEventSchema,
  EVENT_TYPES,
  type EventType,
  newSession,
  redactEventFor,
} from '@campgrid/shared';
import { describe, expect, it } from 'vitest';
import { campSetup, DAY, settingsWith } from '../fixtures.js';

/*
 * The event catalog.
 * WIRE-9  DomainEventSchema accepts every event of the catalog as it is and refuses unknown types
 *         and bad payloads.
 * WIRE-10 redactEventFor hides who voted from everyone but the voter; other events pass as they are.
 */

const cell = { roomId: 'aula', slotId: 'first' };
const aula = { id: 'aula', name: 'Aula', capacity: 100, features: ['Beamer'], full: false };
const ki = newSession({
  id: 'ki',
  kind: 'pitch',
  title: 'KI',
  description: '',
  hosts: [{ name: 'Bob', participantId: 'bob' }],
  tags: [],
  format: 'talk',
  language: 'de',
});
const sampleEvents: { [T in EventType]: Extract<DomainEvent, { type: T }> } = {
  'camp:created': { type: 'camp:created', setup: campSetup() },
  'camp:updated': {
    type: 'camp:updated',
    title: 'Neu',
    settings: settingsWith({ votesPerParticipant: 3 }),
  },
  'room:added': { type: 'room:added', room: aula },
  'room:updated': { type: 'room:updated', room: { ...aula, capacity: 90, full: true } },
  'room:removed': { type: 'room:removed', roomId: 'aula' },
  'slot:added': {
    type: 'slot:added',
    slot: { id: 'first', day: DAY, start: '10:15', end: '11:00', kind: 'session', label: '' },
  },
  'slot:updated': {
    type: 'slot:updated',
    slot: { id: 'first', day: DAY, start: '10:15', end: '11:00', kind: 'break', label: 'Pause' },
  },
  'slot:removed': { type: 'slot:removed', slotId: 'first' },
  'session:pitched': { type: 'session:pitched', session: ki },
  'session:updated': { type: 'session:updated', sessionId: 'ki', changes: { title: 'KI!' } },
  'session:withdrawn': { type: 'session:withdrawn', sessionId: 'ki' },
  'vote:cast': { type: 'vote:cast', sessionId: 'ki', participantId: 'bob' },
  'vote:retracted': { type: 'vote:retracted', sessionId: 'ki' },
  'session:placed': { type: 'session:placed', sessionId: 'ki', placement: cell, previous: null },
  'session:unplaced': { type: 'session:unplaced', sessionId: 'ki', previous: cell },
  'sessions:swapped': {
    type: 'sessions:swapped',
    first: { sessionId: 'ki', placement: null },
    second: { sessionId: 'oss', placement: cell },
  },
  'phase:changed': { type: 'phase:changed', phase: 'pitching', open: false },
  'votes:revealed': { type: 'votes:revealed', counts: { ki: 3, oss: 0 } },
  'session:configured': {
    type: 'session:configured',
    sessionId: 'ki',
    needs: ['Beamer'],
    capacityLimit: 20,
    pinned: true,
    allowedSlotIds: ['first'],
  },
  'session:cancelled': { type: 'session:cancelled', sessionId: 'ki', reason: 'Host krank' },
  'session:restored': { type: 'session:restored', sessionId: 'ki' },
  'hands:counted': { type: 'hands:counted', sessionId: 'ki', count: 17 },
  'wish:posted': {
    type: 'wish:posted',
    session: { ...ki, id: 'wish', kind: 'wish', hosts: [], format: 'discussion' },
  },
  'wish:adopted': {
    type: 'wish:adopted',
    sessionId: 'wish',
    host: { name: 'Carol', participantId: 'carol' },
  },
  'vote:recorded': { type: 'vote:recorded', hidden: true },
  'queue:joined': { type: 'queue:joined', sessionId: 'ki' },
  'queue:left': { type: 'queue:left', sessionId: 'ki' },
  'queue:reordered': { type: 'queue:reordered', sessionIds: ['oss', 'ki'] },
  'spotlight:changed': { type: 'spotlight:changed', sessionId: 'ki' },
  'plan:applied': {
    type: 'plan:applied',
    placements: [
      { sessionId: 'ki', placement: cell },
      { sessionId: 'oss', placement: null },
    ],
  },
  'slots:shifted': { type: 'slots:shifted', slotIds: ['first', 'second'], minutes: 15 },
  'room:full-marked': { type: 'room:full-marked', roomId: 'aula', full: true },
  'schedule:published': { type: 'schedule:published', placedCount: 12 },
  'participant:left': { type: 'participant:left', participantId: 'bob' },
};

describe('WIRE-9 the event schema', () => {
  for (const type of EVENT_TYPES) {
    it(`WIRE-9 accepts ${type} unchanged`, () => {
      expect(DomainEventSchema.parse(sampleEvents[type])).toEqual(sampleEvents[type]);
    });
  }

  it('WIRE-9 an edit read back from the log keeps only the fields it carried', () => {
    const parsed = DomainEventSchema.parse({
      type: 'session:updated',
      sessionId: 'ki',
      changes: { language: 'en' },
    });
    expect(parsed).toEqual({
      type: 'session:updated',
      sessionId: 'ki',
      changes: { language: 'en' },
    });
  });

  it('WIRE-9 events stored before the new fields still parse, with the defaults filled in', () => {
    const oldSession = {
      id: 'ki',
      title: 'KI',
      description: '',
      hosts: [{ name: 'Bob', participantId: 'bob' }],
      tags: [],
      format: 'talk',
      language: 'de',
      voteCount: 0,
      placement: null,
    };
    expect(DomainEventSchema.parse({ type: 'session:pitched', session: oldSession })).toEqual(
      sampleEvents['session:pitched'],
    );
    expect(
      DomainEventSchema.parse({
        type: 'room:added',
        room: { id: 'aula', name: 'Aula', capacity: 100 },
      }),
    ).toEqual({ type: 'room:added', room: { ...aula, features: [] } });
    const oldSetup = { ...campSetup(), settings: { votesPerParticipant: 2 } };
    expect(DomainEventSchema.parse({ type: 'camp:created', setup: oldSetup })).toEqual({
      type: 'camp:created',
      setup: campSetup({ settings: { votesPerParticipant: 2 } }),
    });
  });

  it('WIRE-9 refuses an unknown type and a bad payload', () => {
    expect(DomainEventSchema.safeParse({ type: 'session:deleted', sessionId: 'ki' }).success).toBe(
      false,
    );
    expect(DomainEventSchema.safeParse({ type: 'room:removed' }).success).toBe(false);
    expect(
      DomainEventSchema.safeParse({ type: 'phase:changed', phase: 'planning', open: true }).success,
    ).toBe(false);
  });
});

describe('WIRE-10 redactEventFor', () => {
  const cast: DomainEvent = { type: 'vote:cast', sessionId: 'ki', participantId: 'bob' };
  const retracted: DomainEvent = { type: 'vote:retracted', sessionId: 'ki', participantId: 'bob' };

  for (const event of [cast, retracted]) {
    it(`WIRE-10 ${event.type} reaches the voter with the voter's id`, () => {
      expect(redactEventFor(event, 'bob')).toEqual(event);
    });

    it(`WIRE-10 ${event.type} reaches other participants without it`, () => {
      const redacted = redactEventFor(event, 'alice');
      expect(redacted).toEqual({ type: event.type, sessionId: 'ki' });
      expect(redacted).not.toHaveProperty('participantId');
    });

    it(`WIRE-10 ${event.type} reaches moderators and viewers without it`, () => {
      expect(redactEventFor(event, null)).toEqual({ type: event.type, sessionId: 'ki' });
    });
  }

  it('WIRE-10 redacting leaves the logged event intact', () => {
    const logged = structuredClone(cast);
    redactEventFor(logged, 'alice');
    expect(logged).toEqual(cast);
  });

  it('WIRE-10 every other event passes as it is', () => {
    for (const type of EVENT_TYPES) {
      if (type === 'vote:cast' || type === 'vote:retracted') continue;
      expect(redactEventFor(sampleEvents[type], 'alice')).toBe(sampleEvents[type]);
      expect(redactEventFor(sampleEvents[type], null)).toBe(sampleEvents[type]);
    }
  });
});
