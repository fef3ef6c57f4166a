import {
  applyEntry,
  ballotIn,
  type CampState,
  type DomainEvent,
  evolve,
  evolveAll,
  redactEventFor,
} from '@campgrid/shared';
import { describe, expect, it } from 'vitest';
import {
  campSetup,
  campWithGrid,
  DAY,
  DAY_TWO,
  emptyCamp,
  plannedCamp,
  ROOM,
  SESSION,
  SLOT,
  sessionOf,
  settingsWith,
} from '../fixtures.js';

/*
 * Evolve rules: how events change the state, on the server and on every client.
 * EVOLVE-1 camp:created starts a fresh camp from its setup: no sessions, no ballots, version 0.
 * EVOLVE-2 camp:updated applies exactly the fields it carries.
 * EVOLVE-3 evolve is total: an event about a session, room or slot the state does not have
 *          changes nothing it should not.
 * EVOLVE-4 A vote event without participantId (as other clients receive it) changes only the
 *          count; a count never drops below zero.
 * EVOLVE-5 applyEntry applies the entry's events in order, then sets the entry's version.
 * EVOLVE-6 evolve never changes the state it is given.
 * EVOLVE-7 votes:revealed sets the count of each session it names; vote:recorded (a vote the
 *          receiver may not see) changes nothing.
 * EVOLVE-8 An event whose host was hidden from the receiver (wish:adopted with host null) still
 *          applies everything else it says.
 */

describe('EVOLVE-1 camp:created', () => {
  it('EVOLVE-1 starts from the setup with no sessions, no ballots and version 0', () => {
    const setup = campSetup({ title: 'Neu', days: [DAY, DAY_TWO] });
    const next = evolve(plannedCamp(), { type: 'camp:created', setup });
    expect(next).toEqual({
      ...setup,
      version: 0,
      sessions: [],
      ballots: {},
      queue: [],
      spotlight: null,
      published: false,
    });
  });
});

describe('EVOLVE-2 camp:updated', () => {
  it('EVOLVE-2 changes only the fields the event carries', () => {
    const state = plannedCamp();
    const next = evolve(state, { type: 'camp:updated', title: 'Anders', days: [DAY, DAY_TWO] });
    expect(next).toEqual({ ...state, title: 'Anders', days: [DAY, DAY_TWO] });
  });

  it('EVOLVE-2 replaces the settings with the ones the event carries', () => {
    const settings = settingsWith({ votesPerParticipant: 4, hideHostNames: true });
    const next = evolve(plannedCamp(), { type: 'camp:updated', settings });
    expect(next.settings).toEqual(settings);
  });
});

describe('EVOLVE-3 evolve is total', () => {
  const unknownSessionEvents: DomainEvent[] = [
    { type: 'session:updated', sessionId: 'ghost', changes: { title: 'x' } },
    { type: 'session:withdrawn', sessionId: 'ghost' },
    {
      type: 'session:placed',
      sessionId: 'ghost',
      placement: { roomId: ROOM.garden, slotId: SLOT.third },
      previous: null,
    },
    {
      type: 'session:unplaced',
      sessionId: 'ghost',
      previous: { roomId: ROOM.garden, slotId: SLOT.third },
    },
    {
      type: 'sessions:swapped',
      first: { sessionId: 'ghost', placement: null },
      second: { sessionId: 'phantom', placement: null },
    },
    { type: 'vote:cast', sessionId: 'ghost' },
    { type: 'vote:retracted', sessionId: 'ghost' },
    {
      type: 'room:updated',
      room: { id: 'cellar', name: 'Keller', capacity: 5, features: [], full: false },
    },
    { type: 'room:removed', roomId: 'cellar' },
    {
      type: 'slot:updated',
      slot: { id: 'midnight', day: DAY, start: '23:00', end: '23:45', kind: 'session', label: '' },
    },
    { type: 'slot:removed', slotId: 'midnight' },
    { type: 'session:configured', sessionId: 'ghost', pinned: true },
    { type: 'session:cancelled', sessionId: 'ghost', reason: 'x' },
    { type: 'session:restored', sessionId: 'ghost' },
    { type: 'hands:counted', sessionId: 'ghost', count: 4 },
    { type: 'wish:adopted', sessionId: 'ghost', host: { name: 'Zoe', participantId: 'zoe' } },
    { type: 'queue:left', sessionId: 'ghost' },
    { type: 'room:full-marked', roomId: 'cellar', full: true },
    { type: 'slots:shifted', slotIds: ['midnight'], minutes: 15 },
    { type: 'plan:applied', placements: [{ sessionId: 'ghost', placement: null }] },
    { type: 'votes:revealed', counts: { ghost: 4 } },
    { type: 'participant:left', participantId: 'nobody' },
  ];

  for (const event of unknownSessionEvents) {
    it(`EVOLVE-3 ${event.type} about something unknown changes nothing`, () => {
      const state = plannedCamp();
      expect(evolve(state, event)).toEqual(state);
    });
  }
});

describe('EVOLVE-4 vote events', () => {
  it('EVOLVE-4 a redacted vote:cast raises the count and touches no ballot', () => {
    const state = plannedCamp();
    const next = evolve(state, { type: 'vote:cast', sessionId: SESSION.data });
    expect(sessionOf(next, SESSION.data).voteCount).toBe(1);
    expect(next.ballots).toEqual(state.ballots);
  });

  it('EVOLVE-4 a redacted vote:retracted lowers the count and touches no ballot', () => {
    const state = plannedCamp();
    const next = evolve(state, { type: 'vote:retracted', sessionId: SESSION.ki });
    expect(sessionOf(next, SESSION.ki).voteCount).toBe(2);
    expect(next.ballots).toEqual(state.ballots);
  });

  it('EVOLVE-4 a count never drops below zero', () => {
    const next = evolve(plannedCamp(), { type: 'vote:retracted', sessionId: SESSION.data });
    expect(sessionOf(next, SESSION.data).voteCount).toBe(0);
  });

  it('EVOLVE-4 the voter sees its own vote land on its ballot', () => {
    const event: DomainEvent = { type: 'vote:cast', sessionId: SESSION.data, participantId: 'bob' };
    const next = evolve(plannedCamp(), redactEventFor(event, 'bob'));
    expect(ballotIn(next.ballots, 'bob')).toEqual([SESSION.forms, SESSION.ki, SESSION.data]);
  });
});

describe('EVOLVE-5 applyEntry', () => {
  it('EVOLVE-5 applies every event of the entry and sets its version', () => {
    const state = campWithGrid();
    const events: DomainEvent[] = [
      { type: 'phase:changed', phase: 'pitching', open: false },
      { type: 'room:removed', roomId: ROOM.garden },
    ];
    const next = applyEntry(state, { version: 42, at: 1_700_000_000_000, events });
    expect(next).toEqual({ ...evolveAll(state, events), version: 42 });
    expect(next.phases.pitching).toBe(false);
    expect(next.rooms.map((room) => room.id)).toEqual([ROOM.aula, ROOM.lab]);
  });

  it('EVOLVE-5 an entry without events still sets the version', () => {
    const state = emptyCamp();
    expect(applyEntry(state, { version: 7, at: 0, events: [] })).toEqual({ ...state, version: 7 });
  });

  it('EVOLVE-5 events apply in order', () => {
    const state = plannedCamp();
    const events: DomainEvent[] = [
      {
        type: 'session:unplaced',
        sessionId: SESSION.ki,
        previous: { roomId: ROOM.lab, slotId: SLOT.first },
      },
      {
        type: 'session:placed',
        sessionId: SESSION.ki,
        placement: { roomId: ROOM.garden, slotId: SLOT.third },
        previous: null,
      },
    ];
    const next = applyEntry(state, { version: state.version + 1, at: 0, events });
    expect(sessionOf(next, SESSION.ki).placement).toEqual({
      roomId: ROOM.garden,
      slotId: SLOT.third,
    });
  });
});

describe('EVOLVE-6 evolve is pure', () => {
  it('EVOLVE-6 the given state is unchanged after every kind of event', () => {
    const state: CampState = plannedCamp();
    const before = structuredClone(state);
    const events: DomainEvent[] = [
      { type: 'camp:updated', title: 'x' },
      {
        type: 'room:added',
        room: { id: 'annex', name: 'Anbau', capacity: 3, features: [], full: false },
      },
      { type: 'session:updated', sessionId: SESSION.forms, changes: { hosts: ['Zoe'] } },
      { type: 'vote:cast', sessionId: SESSION.data, participantId: 'alice' },
      { type: 'vote:retracted', sessionId: SESSION.ki, participantId: 'bob' },
      { type: 'session:withdrawn', sessionId: SESSION.oss },
      {
        type: 'sessions:swapped',
        first: { sessionId: SESSION.forms, placement: null },
        second: { sessionId: SESSION.data, placement: { roomId: ROOM.aula, slotId: SLOT.first } },
      },
      { type: 'phase:changed', phase: 'voting', open: false },
      { type: 'votes:revealed', counts: { ki: 0 } },
      { type: 'session:configured', sessionId: SESSION.ki, needs: ['Beamer'], pinned: true },
      { type: 'session:cancelled', sessionId: SESSION.ki, reason: 'x' },
      { type: 'hands:counted', sessionId: SESSION.ki, count: 9 },
      { type: 'queue:joined', sessionId: SESSION.ki },
      { type: 'queue:reordered', sessionIds: [SESSION.ki] },
      { type: 'spotlight:changed', sessionId: SESSION.ki },
      { type: 'plan:applied', placements: [{ sessionId: SESSION.forms, placement: null }] },
      { type: 'slots:shifted', slotIds: [SLOT.third], minutes: 15 },
      { type: 'room:full-marked', roomId: ROOM.aula, full: true },
      { type: 'schedule:published', placedCount: 3 },
      { type: 'participant:left', participantId: 'bob' },
    ];
    for (const event of events) evolve(state, event);
    evolveAll(state, events);
    expect(state).toEqual(before);
  });
});

describe('EVOLVE-7 revealed and recorded votes', () => {
  it('EVOLVE-7 votes:revealed sets the named counts and leaves the others', () => {
    const next = evolve(plannedCamp(), { type: 'votes:revealed', counts: { ki: 7, data: 2 } });
    expect(next.sessions.map((session) => [session.id, session.voteCount])).toEqual([
      [SESSION.forms, 1],
      [SESSION.ki, 7],
      [SESSION.oss, 0],
      [SESSION.data, 2],
    ]);
  });

  it('EVOLVE-7 vote:recorded changes nothing', () => {
    const state = plannedCamp();
    expect(evolve(state, { type: 'vote:recorded', hidden: true })).toBe(state);
  });
});

describe('EVOLVE-8 events with hidden hosts', () => {
  it('EVOLVE-8 wish:adopted without a host still turns the wish into a pitch', () => {
    const state = evolve(plannedCamp(), {
      type: 'wish:posted',
      session: { ...sessionOf(plannedCamp(), SESSION.data), id: 'wish', kind: 'wish', hosts: [] },
    });
    const next = evolve(state, { type: 'wish:adopted', sessionId: 'wish', host: null });
    expect(sessionOf(next, 'wish')).toMatchObject({ kind: 'pitch', hosts: [] });
  });
});
