import { ballotOf, orderedSlots, sessionAt, unplacedByVotes } from '@campgrid/shared';
import { describe, expect, it } from 'vitest';
import {
  ALICE,
  DAVE,
  DAY,
  DAY_TWO,
  MODERATOR,
  plannedCamp,
  ROOM,
  run,
  SESSION,
  SLOT,
} from '../fixtures.js';

/*
 * Read-only queries the server and the client share.
 * QUERY-1 orderedSlots sorts by day, then start time: the grid's rows.
 * QUERY-2 unplacedByVotes lists unplaced sessions, most votes first, ties by title: the queue.
 * QUERY-3 sessionAt finds a cell's session; ballotOf is empty for someone who never voted.
 */

describe('QUERY-1 orderedSlots', () => {
  it('QUERY-1 sorts by day, then by start', () => {
    let state = run(plannedCamp(), MODERATOR, 'camp:update', { days: [DAY, DAY_TWO] });
    state = run(state, MODERATOR, 'slot:add', {
      slot: { id: 'next-day', day: DAY_TWO, start: '08:00', end: '08:45', kind: 'session' },
    });
    state = run(state, MODERATOR, 'slot:add', {
      slot: { id: 'early', day: DAY, start: '08:00', end: '08:45', kind: 'session' },
    });
    expect(orderedSlots(state).map((slot) => slot.id)).toEqual([
      'early',
      SLOT.opening,
      SLOT.first,
      SLOT.second,
      SLOT.lunch,
      SLOT.third,
      'next-day',
    ]);
  });
});

describe('QUERY-2 unplacedByVotes', () => {
  it('QUERY-2 lists unplaced sessions by votes, then title', () => {
    let state = run(plannedCamp(), MODERATOR, 'session:unplace', { sessionId: SESSION.ki });
    state = run(state, MODERATOR, 'session:unplace', { sessionId: SESSION.oss });
    state = run(state, DAVE, 'vote:cast', { sessionId: SESSION.data });
    // ki has 3 votes; data 1; oss 0.
    expect(unplacedByVotes(state).map((session) => session.id)).toEqual([
      SESSION.ki,
      SESSION.data,
      SESSION.oss,
    ]);
    state = run(state, ALICE, 'vote:cast', { sessionId: SESSION.oss });
    // data ("Offene Daten") and oss ("Open Source first") tie at 1: by title.
    expect(unplacedByVotes(state).map((session) => session.id)).toEqual([
      SESSION.ki,
      SESSION.data,
      SESSION.oss,
    ]);
  });
});

describe('QUERY-3 sessionAt and ballotOf', () => {
  it('QUERY-3 finds the session in a cell, or none', () => {
    const state = plannedCamp();
    expect(sessionAt(state, { roomId: ROOM.lab, slotId: SLOT.first })?.id).toBe(SESSION.ki);
    expect(sessionAt(state, { roomId: ROOM.garden, slotId: SLOT.first })).toBeUndefined();
  });

  it('QUERY-3 a ballot is empty until its participant votes', () => {
    expect(ballotOf(plannedCamp(), 'dave')).toEqual([]);
    expect(ballotOf(plannedCamp(), 'bob')).toEqual([SESSION.forms, SESSION.ki]);
  });
});
