import type { Actor, CampState, Command } from '@campgrid/shared';
import { decide } from '@campgrid/shared';
import { describe, expect, it } from 'vitest';
import {
  ALICE,
  applyDecision,
  campWithGrid,
  command,
  DAY,
  DAY_TWO,
  decideInput,
  emptyCamp,
  eventsOf,
  expectRefused,
  MODERATOR,
  plannedCamp,
  ROOM,
  run,
  SESSION,
  SLOT,
  sessionOf,
  VIEWER,
} from '../fixtures.js';

/*
 * Changes on the day: running late, full rooms, and publishing the schedule.
 * DAY-1 slot:shift, room:mark-full and schedule:publish are for moderators only: FORBIDDEN.
 * DAY-2 slot:shift emits slots:shifted naming the slot and every later slot of the same day;
 *       evolve moves their start and end by the minutes; earlier slots, other days and every
 *       placement stay.
 * DAY-3 A shift that would move a slot before 00:00 or past 23:59 is INVALID (minutes).
 * DAY-4 A shift back onto an earlier slot of the day is CONFLICT; back to where it ends is fine.
 * DAY-5 An unknown slot is NOT_FOUND (slotId).
 * DAY-6 room:mark-full emits room:full-marked and sets the room's full flag, either way; an
 *       unknown room is NOT_FOUND (roomId).
 * DAY-7 schedule:publish emits schedule:published with the number of placed sessions and marks
 *       the camp published; a second publish is CONFLICT.
 */

function slotTimes(state: CampState): Record<string, string> {
  return Object.fromEntries(state.slots.map((slot) => [slot.id, `${slot.start}-${slot.end}`]));
}

describe('DAY-1 only a moderator changes the day', () => {
  const dayCommands: Command[] = [
    command('slot:shift', { slotId: SLOT.second, minutes: 15 }),
    command('room:mark-full', { roomId: ROOM.aula, full: true }),
    command('schedule:publish', {}),
  ];
  const others: [string, Actor][] = [
    ['participant', ALICE],
    ['viewer', VIEWER],
  ];
  for (const dayCommand of dayCommands) {
    for (const [role, actor] of others) {
      it(`DAY-1 ${dayCommand.type} from a ${role} is refused with FORBIDDEN`, () => {
        expectRefused(decide(plannedCamp(), dayCommand, actor), 'FORBIDDEN');
      });
    }
  }
});

describe('DAY-2 to DAY-5 slot:shift', () => {
  it('DAY-2 emits slots:shifted with the slot and every later slot of its day', () => {
    const decision = decideInput(plannedCamp(), MODERATOR, 'slot:shift', {
      slotId: SLOT.second,
      minutes: 15,
    });
    expect(eventsOf(decision)).toEqual([
      { type: 'slots:shifted', slotIds: [SLOT.second, SLOT.lunch, SLOT.third], minutes: 15 },
    ]);
  });

  it('DAY-2 the named slots move, earlier ones stay, and so do the sessions in them', () => {
    const state = plannedCamp();
    const next = run(state, MODERATOR, 'slot:shift', { slotId: SLOT.second, minutes: 15 });
    expect(slotTimes(next)).toEqual({
      [SLOT.opening]: '09:00-10:00',
      [SLOT.first]: '10:15-11:00',
      [SLOT.second]: '11:30-12:15',
      [SLOT.lunch]: '12:15-13:15',
      [SLOT.third]: '13:15-14:00',
    });
    expect(next.sessions).toEqual(state.sessions);
    expect(sessionOf(next, SESSION.oss).placement).toEqual({
      roomId: ROOM.aula,
      slotId: SLOT.second,
    });
  });

  it('DAY-2 slots of another day stay where they are', () => {
    let state = run(campWithGrid(), MODERATOR, 'camp:update', { days: [DAY, DAY_TWO] });
    state = run(state, MODERATOR, 'slot:add', {
      slot: { id: 'next-day', day: DAY_TWO, start: '11:30', end: '12:15', kind: 'session' },
    });
    const decision = decideInput(state, MODERATOR, 'slot:shift', {
      slotId: SLOT.first,
      minutes: 30,
    });
    expect(eventsOf(decision)).toEqual([
      {
        type: 'slots:shifted',
        slotIds: [SLOT.first, SLOT.second, SLOT.lunch, SLOT.third],
        minutes: 30,
      },
    ]);
    expect(slotTimes(applyDecision(state, decision))['next-day']).toBe('11:30-12:15');
  });

  it('DAY-2 the first slot of the day may move earlier, taking the day with it', () => {
    const next = run(campWithGrid(), MODERATOR, 'slot:shift', {
      slotId: SLOT.opening,
      minutes: -60,
    });
    expect(slotTimes(next)).toEqual({
      [SLOT.opening]: '08:00-09:00',
      [SLOT.first]: '09:15-10:00',
      [SLOT.second]: '10:15-11:00',
      [SLOT.lunch]: '11:00-12:00',
      [SLOT.third]: '12:00-12:45',
    });
  });

  it('DAY-3 a shift past 23:59 is refused with INVALID on minutes', () => {
    const state = run(campWithGrid(), MODERATOR, 'slot:add', {
      slot: { id: 'late', day: DAY, start: '22:00', end: '23:30', kind: 'plenary' },
    });
    expectRefused(
      decideInput(state, MODERATOR, 'slot:shift', { slotId: SLOT.third, minutes: 30 }),
      'INVALID',
      'minutes',
    );
  });

  it('DAY-3 a shift ending at 23:59 exactly is accepted', () => {
    const state = run(campWithGrid(), MODERATOR, 'slot:add', {
      slot: { id: 'late', day: DAY, start: '22:00', end: '23:29', kind: 'plenary' },
    });
    const next = run(state, MODERATOR, 'slot:shift', { slotId: 'late', minutes: 30 });
    expect(slotTimes(next).late).toBe('22:30-23:59');
  });

  it('DAY-3 a shift before 00:00 is refused with INVALID on minutes', () => {
    const state = run(emptyCamp(), MODERATOR, 'slot:add', {
      slot: { id: 'dawn', day: DAY, start: '02:00', end: '02:45', kind: 'session' },
    });
    expectRefused(
      decideInput(state, MODERATOR, 'slot:shift', { slotId: 'dawn', minutes: -180 }),
      'INVALID',
      'minutes',
    );
  });

  it('DAY-4 a shift onto an earlier slot is refused with CONFLICT', () => {
    expectRefused(
      decideInput(campWithGrid(), MODERATOR, 'slot:shift', { slotId: SLOT.second, minutes: -30 }),
      'CONFLICT',
    );
  });

  it('DAY-4 a shift back to where the earlier slot ends is accepted', () => {
    const next = run(campWithGrid(), MODERATOR, 'slot:shift', {
      slotId: SLOT.second,
      minutes: -15,
    });
    expect(slotTimes(next)[SLOT.second]).toBe('11:00-11:45');
    expect(slotTimes(next)[SLOT.first]).toBe('10:15-11:00');
  });

  it('DAY-5 an unknown slot is refused with NOT_FOUND on slotId', () => {
    expectRefused(
      decideInput(campWithGrid(), MODERATOR, 'slot:shift', { slotId: 'gone', minutes: 15 }),
      'NOT_FOUND',
      'slotId',
    );
  });
});

describe('DAY-6 room:mark-full', () => {
  it('DAY-6 marking a room full emits room:full-marked and the room is full', () => {
    const state = plannedCamp();
    const decision = decideInput(state, MODERATOR, 'room:mark-full', {
      roomId: ROOM.lab,
      full: true,
    });
    expect(eventsOf(decision)).toEqual([
      { type: 'room:full-marked', roomId: ROOM.lab, full: true },
    ]);
    const next = applyDecision(state, decision);
    expect(next.rooms.map((room) => [room.id, room.full])).toEqual([
      [ROOM.aula, false],
      [ROOM.lab, true],
      [ROOM.garden, false],
    ]);
  });

  it('DAY-6 a full room can be opened again', () => {
    const full = run(plannedCamp(), MODERATOR, 'room:mark-full', { roomId: ROOM.lab, full: true });
    const next = run(full, MODERATOR, 'room:mark-full', { roomId: ROOM.lab, full: false });
    expect(next.rooms.every((room) => !room.full)).toBe(true);
  });

  it('DAY-6 an unknown room is refused with NOT_FOUND on roomId', () => {
    expectRefused(
      decideInput(plannedCamp(), MODERATOR, 'room:mark-full', { roomId: 'cellar', full: true }),
      'NOT_FOUND',
      'roomId',
    );
  });
});

describe('DAY-7 schedule:publish', () => {
  it('DAY-7 emits schedule:published with the number of placed sessions', () => {
    const state = plannedCamp();
    expect(state.published).toBe(false);
    const decision = decideInput(state, MODERATOR, 'schedule:publish', {});
    expect(eventsOf(decision)).toEqual([{ type: 'schedule:published', placedCount: 3 }]);
    expect(applyDecision(state, decision).published).toBe(true);
  });

  it('DAY-7 an empty grid may be published', () => {
    expect(eventsOf(decideInput(campWithGrid(), MODERATOR, 'schedule:publish', {}))).toEqual([
      { type: 'schedule:published', placedCount: 0 },
    ]);
  });

  it('DAY-7 a second publish is refused with CONFLICT', () => {
    const published = run(plannedCamp(), MODERATOR, 'schedule:publish', {});
    expectRefused(decideInput(published, MODERATOR, 'schedule:publish', {}), 'CONFLICT');
  });

  it('DAY-7 changes after publishing are accepted and leave the camp published', () => {
    let state = run(plannedCamp(), MODERATOR, 'schedule:publish', {});
    state = run(state, MODERATOR, 'session:place', {
      sessionId: SESSION.data,
      placement: { roomId: ROOM.garden, slotId: SLOT.third },
    });
    state = run(state, MODERATOR, 'slot:shift', { slotId: SLOT.third, minutes: 15 });
    expect(state.published).toBe(true);
  });
});
