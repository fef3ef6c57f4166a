import type { Actor, Command } from '@campgrid/shared';
import { decide } from '@campgrid/shared';
import { describe, expect, it } from 'vitest';
import {
  ALICE,
  applyDecision,
  command,
  DAVE,
  decideInput,
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
 * Grid rules: the moderator places sessions into cells (a room x a slot).
 * GRID-1 Only a moderator places, unplaces and swaps: FORBIDDEN for participants and viewers.
 * GRID-2 session:place emits session:placed with the new cell and the previous one (null when it
 *        was unplaced), so the same command places and moves.
 * GRID-3 A break or plenary slot takes no session: SLOT_NOT_BOOKABLE.
 * GRID-4 A cell holds one session: CELL_OCCUPIED; placing a session into its own cell is accepted.
 * GRID-5 An unknown session, room or slot is NOT_FOUND (sessionId, placement.roomId,
 *        placement.slotId).
 * GRID-6 When `expected` is given and differs from the session's current placement, place and
 *        unplace are CONFLICT (expected); without `expected` nothing is compared.
 * GRID-7 session:unplace emits session:unplaced with the previous cell; an unplaced session is
 *        CONFLICT (sessionId); an unknown one NOT_FOUND (sessionId).
 * GRID-8 session:swap emits sessions:swapped: each session takes the other's placement, placed or
 *        not.
 * GRID-9 A swap needs two different known sessions, at least one placed: the same id twice is
 *        INVALID (otherSessionId), an unknown one NOT_FOUND (sessionId or otherSessionId), two
 *        unplaced ones CONFLICT.
 */

const aulaFirst = { roomId: ROOM.aula, slotId: SLOT.first };
const labFirst = { roomId: ROOM.lab, slotId: SLOT.first };
const aulaSecond = { roomId: ROOM.aula, slotId: SLOT.second };
const gardenThird = { roomId: ROOM.garden, slotId: SLOT.third };

describe('GRID-1 only a moderator edits the grid', () => {
  const gridCommands: Command[] = [
    command('session:place', { sessionId: SESSION.data, placement: gardenThird }),
    command('session:unplace', { sessionId: SESSION.forms }),
    command('session:swap', { sessionId: SESSION.forms, otherSessionId: SESSION.oss }),
  ];
  const others: [string, Actor][] = [
    ['participant', DAVE],
    ['hosting participant', ALICE],
    ['viewer', VIEWER],
  ];
  for (const gridCommand of gridCommands) {
    for (const [role, actor] of others) {
      it(`GRID-1 ${gridCommand.type} from a ${role} is refused with FORBIDDEN`, () => {
        expectRefused(decide(plannedCamp(), gridCommand, actor), 'FORBIDDEN');
      });
    }
  }
});

describe('GRID-2 to GRID-6 session:place', () => {
  it('GRID-2 placing an unplaced session emits session:placed with previous null', () => {
    const decision = decideInput(plannedCamp(), MODERATOR, 'session:place', {
      sessionId: SESSION.data,
      placement: gardenThird,
    });
    expect(eventsOf(decision)).toEqual([
      { type: 'session:placed', sessionId: SESSION.data, placement: gardenThird, previous: null },
    ]);
    expect(sessionOf(applyDecision(plannedCamp(), decision), SESSION.data).placement).toEqual(
      gardenThird,
    );
  });

  it('GRID-2 moving a placed session names the cell it leaves', () => {
    const state = plannedCamp();
    const decision = decideInput(state, MODERATOR, 'session:place', {
      sessionId: SESSION.oss,
      placement: gardenThird,
      expected: aulaSecond,
    });
    expect(eventsOf(decision)).toEqual([
      {
        type: 'session:placed',
        sessionId: SESSION.oss,
        placement: gardenThird,
        previous: aulaSecond,
      },
    ]);
    // The cell it left is free again.
    const moved = applyDecision(state, decision);
    expect(
      decideInput(moved, MODERATOR, 'session:place', {
        sessionId: SESSION.data,
        placement: aulaSecond,
      }).ok,
    ).toBe(true);
  });

  for (const slotId of [SLOT.lunch, SLOT.opening]) {
    it(`GRID-3 placing into the ${slotId} slot (not a session slot) is refused with SLOT_NOT_BOOKABLE`, () => {
      expectRefused(
        decideInput(plannedCamp(), MODERATOR, 'session:place', {
          sessionId: SESSION.data,
          placement: { roomId: ROOM.garden, slotId },
        }),
        'SLOT_NOT_BOOKABLE',
      );
    });
  }

  it('GRID-4 placing into an occupied cell is refused with CELL_OCCUPIED', () => {
    expectRefused(
      decideInput(plannedCamp(), MODERATOR, 'session:place', {
        sessionId: SESSION.data,
        placement: labFirst,
      }),
      'CELL_OCCUPIED',
    );
  });

  it('GRID-4 moving a placed session onto another occupied cell is refused with CELL_OCCUPIED', () => {
    expectRefused(
      decideInput(plannedCamp(), MODERATOR, 'session:place', {
        sessionId: SESSION.oss,
        placement: aulaFirst,
      }),
      'CELL_OCCUPIED',
    );
  });

  it('GRID-4 placing a session into the cell it already holds is accepted', () => {
    const decision = decideInput(plannedCamp(), MODERATOR, 'session:place', {
      sessionId: SESSION.ki,
      placement: labFirst,
    });
    expect(eventsOf(decision)).toEqual([
      { type: 'session:placed', sessionId: SESSION.ki, placement: labFirst, previous: labFirst },
    ]);
  });

  it('GRID-5 an unknown session is refused with NOT_FOUND on sessionId', () => {
    expectRefused(
      decideInput(plannedCamp(), MODERATOR, 'session:place', {
        sessionId: 'ghost',
        placement: gardenThird,
      }),
      'NOT_FOUND',
      'sessionId',
    );
  });

  it('GRID-5 an unknown room is refused with NOT_FOUND on placement.roomId', () => {
    expectRefused(
      decideInput(plannedCamp(), MODERATOR, 'session:place', {
        sessionId: SESSION.data,
        placement: { roomId: 'cellar', slotId: SLOT.third },
      }),
      'NOT_FOUND',
      'placement.roomId',
    );
  });

  it('GRID-5 an unknown slot is refused with NOT_FOUND on placement.slotId', () => {
    expectRefused(
      decideInput(plannedCamp(), MODERATOR, 'session:place', {
        sessionId: SESSION.data,
        placement: { roomId: ROOM.garden, slotId: 'midnight' },
      }),
      'NOT_FOUND',
      'placement.slotId',
    );
  });

  it('GRID-6 an expected placement that differs from the current one is refused with CONFLICT on expected', () => {
    const state = run(plannedCamp(), MODERATOR, 'session:place', {
      sessionId: SESSION.data,
      placement: gardenThird,
    });
    // A second moderator still sees data unplaced.
    expectRefused(
      decideInput(state, MODERATOR, 'session:place', {
        sessionId: SESSION.data,
        placement: { roomId: ROOM.lab, slotId: SLOT.third },
        expected: null,
      }),
      'CONFLICT',
      'expected',
    );
    expectRefused(
      decideInput(state, MODERATOR, 'session:place', {
        sessionId: SESSION.data,
        placement: { roomId: ROOM.lab, slotId: SLOT.third },
        expected: aulaSecond,
      }),
      'CONFLICT',
      'expected',
    );
  });

  it('GRID-6 a matching expected placement is accepted', () => {
    const decision = decideInput(plannedCamp(), MODERATOR, 'session:place', {
      sessionId: SESSION.data,
      placement: gardenThird,
      expected: null,
    });
    expect(decision.ok).toBe(true);
  });
});

describe('GRID-6 and GRID-7 session:unplace', () => {
  it('GRID-7 emits session:unplaced with the cell the session leaves', () => {
    const state = plannedCamp();
    const decision = decideInput(state, MODERATOR, 'session:unplace', {
      sessionId: SESSION.forms,
      expected: aulaFirst,
    });
    expect(eventsOf(decision)).toEqual([
      { type: 'session:unplaced', sessionId: SESSION.forms, previous: aulaFirst },
    ]);
    expect(sessionOf(applyDecision(state, decision), SESSION.forms).placement).toBeNull();
  });

  it('GRID-7 unplacing an unplaced session is refused with CONFLICT on sessionId', () => {
    expectRefused(
      decideInput(plannedCamp(), MODERATOR, 'session:unplace', { sessionId: SESSION.data }),
      'CONFLICT',
      'sessionId',
    );
  });

  it('GRID-7 an unknown session is refused with NOT_FOUND on sessionId', () => {
    expectRefused(
      decideInput(plannedCamp(), MODERATOR, 'session:unplace', { sessionId: 'ghost' }),
      'NOT_FOUND',
      'sessionId',
    );
  });

  it('GRID-6 an expected placement that differs is refused with CONFLICT on expected', () => {
    expectRefused(
      decideInput(plannedCamp(), MODERATOR, 'session:unplace', {
        sessionId: SESSION.forms,
        expected: labFirst,
      }),
      'CONFLICT',
      'expected',
    );
  });
});

describe('GRID-8 and GRID-9 session:swap', () => {
  it('GRID-8 two placed sessions trade cells', () => {
    const state = plannedCamp();
    const decision = decideInput(state, MODERATOR, 'session:swap', {
      sessionId: SESSION.forms,
      otherSessionId: SESSION.oss,
    });
    expect(eventsOf(decision)).toEqual([
      {
        type: 'sessions:swapped',
        first: { sessionId: SESSION.forms, placement: aulaSecond },
        second: { sessionId: SESSION.oss, placement: aulaFirst },
      },
    ]);
    const next = applyDecision(state, decision);
    expect(sessionOf(next, SESSION.forms).placement).toEqual(aulaSecond);
    expect(sessionOf(next, SESSION.oss).placement).toEqual(aulaFirst);
  });

  it('GRID-8 a placed and an unplaced session trade: the unplaced one takes the cell', () => {
    const state = plannedCamp();
    const decision = decideInput(state, MODERATOR, 'session:swap', {
      sessionId: SESSION.data,
      otherSessionId: SESSION.ki,
    });
    expect(eventsOf(decision)).toEqual([
      {
        type: 'sessions:swapped',
        first: { sessionId: SESSION.data, placement: labFirst },
        second: { sessionId: SESSION.ki, placement: null },
      },
    ]);
    const next = applyDecision(state, decision);
    expect(sessionOf(next, SESSION.data).placement).toEqual(labFirst);
    expect(sessionOf(next, SESSION.ki).placement).toBeNull();
  });

  it('GRID-9 swapping a session with itself is refused with INVALID on otherSessionId', () => {
    expectRefused(
      decideInput(plannedCamp(), MODERATOR, 'session:swap', {
        sessionId: SESSION.forms,
        otherSessionId: SESSION.forms,
      }),
      'INVALID',
      'otherSessionId',
    );
  });

  it('GRID-9 an unknown first session is refused with NOT_FOUND on sessionId', () => {
    expectRefused(
      decideInput(plannedCamp(), MODERATOR, 'session:swap', {
        sessionId: 'ghost',
        otherSessionId: SESSION.forms,
      }),
      'NOT_FOUND',
      'sessionId',
    );
  });

  it('GRID-9 an unknown second session is refused with NOT_FOUND on otherSessionId', () => {
    expectRefused(
      decideInput(plannedCamp(), MODERATOR, 'session:swap', {
        sessionId: SESSION.forms,
        otherSessionId: 'ghost',
      }),
      'NOT_FOUND',
      'otherSessionId',
    );
  });

  it('GRID-9 two unplaced sessions are refused with CONFLICT', () => {
    const state = run(plannedCamp(), MODERATOR, 'session:unplace', { sessionId: SESSION.oss });
    expectRefused(
      decideInput(state, MODERATOR, 'session:swap', {
        sessionId: SESSION.oss,
        otherSessionId: SESSION.data,
      }),
      'CONFLICT',
    );
  });
});
