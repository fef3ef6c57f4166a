import type { Actor, CampState, CommandInput } from '@campgrid/shared';
import { describe, expect, it } from 'vitest';
import {
  ALICE,
  applyDecision,
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
 * plan:apply: a planner suggestion the moderator accepted, made on one version of the camp.
 * PLAN-1 Only a moderator applies a plan: FORBIDDEN for participants and viewers.
 * PLAN-2 plan:apply emits plan:applied with only the placements that change; evolve places, moves
 *        and unplaces exactly those sessions.
 * PLAN-3 A plan made on any version but the current one is CONFLICT (basedOnVersion).
 * PLAN-4 A plan that moves or unplaces a pinned, placed session is CONFLICT (placements.N);
 *        leaving it where it is, or placing a pinned session that has no cell yet, is accepted.
 * PLAN-5 A plan that leaves two sessions in one cell is CELL_OCCUPIED (placements): two planned
 *        sessions, or a planned one and one the plan leaves in place; cells the plan frees may be
 *        reused in the same plan.
 * PLAN-6 A break or plenary slot is SLOT_NOT_BOOKABLE (placements.N.placement).
 * PLAN-7 An unknown session, room or slot is NOT_FOUND (placements.N.sessionId,
 *        placements.N.placement.roomId, placements.N.placement.slotId); a session listed twice
 *        is INVALID (placements.N.sessionId).
 */

type Planned = CommandInput<'plan:apply'>['placements'];

const cell = (roomId: string, slotId: string) => ({ roomId, slotId });
const aulaFirst = cell(ROOM.aula, SLOT.first);
const labFirst = cell(ROOM.lab, SLOT.first);
const aulaSecond = cell(ROOM.aula, SLOT.second);
const gardenThird = cell(ROOM.garden, SLOT.third);

function apply(state: CampState, placements: Planned, actor: Actor = MODERATOR) {
  return decideInput(state, actor, 'plan:apply', { basedOnVersion: state.version, placements });
}

describe('PLAN-1 only a moderator applies a plan', () => {
  const others: [string, Actor][] = [
    ['participant', DAVE],
    ['hosting participant', ALICE],
    ['viewer', VIEWER],
  ];
  for (const [role, actor] of others) {
    it(`PLAN-1 plan:apply from a ${role} is refused with FORBIDDEN`, () => {
      expectRefused(
        apply(plannedCamp(), [{ sessionId: SESSION.data, placement: gardenThird }], actor),
        'FORBIDDEN',
      );
    });
  }
});

describe('PLAN-2 plan:apply', () => {
  it('PLAN-2 emits only the placements that change, and evolve applies them', () => {
    const state = plannedCamp();
    const decision = apply(state, [
      { sessionId: SESSION.forms, placement: aulaFirst },
      { sessionId: SESSION.ki, placement: gardenThird },
      { sessionId: SESSION.oss, placement: null },
      { sessionId: SESSION.data, placement: labFirst },
    ]);
    expect(eventsOf(decision)).toEqual([
      {
        type: 'plan:applied',
        placements: [
          { sessionId: SESSION.ki, placement: gardenThird },
          { sessionId: SESSION.oss, placement: null },
          { sessionId: SESSION.data, placement: labFirst },
        ],
      },
    ]);
    const next = applyDecision(state, decision);
    expect(sessionOf(next, SESSION.forms).placement).toEqual(aulaFirst);
    expect(sessionOf(next, SESSION.ki).placement).toEqual(gardenThird);
    expect(sessionOf(next, SESSION.oss).placement).toBeNull();
    expect(sessionOf(next, SESSION.data).placement).toEqual(labFirst);
  });

  it('PLAN-2 sessions the plan does not name keep their cells', () => {
    const state = plannedCamp();
    const next = applyDecision(
      state,
      apply(state, [{ sessionId: SESSION.data, placement: gardenThird }]),
    );
    for (const id of [SESSION.forms, SESSION.ki, SESSION.oss]) {
      expect(sessionOf(next, id).placement).toEqual(sessionOf(state, id).placement);
    }
  });

  it('PLAN-2 a plan that changes nothing emits plan:applied with no placements', () => {
    const decision = apply(plannedCamp(), [{ sessionId: SESSION.ki, placement: labFirst }]);
    expect(eventsOf(decision)).toEqual([{ type: 'plan:applied', placements: [] }]);
  });
});

describe('PLAN-3 plan:apply on a stale version', () => {
  it('PLAN-3 a plan made before the last change is refused with CONFLICT on basedOnVersion', () => {
    const seen = plannedCamp();
    const changed = run(seen, MODERATOR, 'session:place', {
      sessionId: SESSION.data,
      placement: gardenThird,
    });
    expectRefused(
      decideInput(changed, MODERATOR, 'plan:apply', {
        basedOnVersion: seen.version,
        placements: [{ sessionId: SESSION.oss, placement: cell(ROOM.lab, SLOT.second) }],
      }),
      'CONFLICT',
      'basedOnVersion',
    );
  });

  it('PLAN-3 even a change elsewhere makes the plan stale', () => {
    const seen = plannedCamp();
    const changed = run(seen, DAVE, 'vote:cast', { sessionId: SESSION.data });
    expectRefused(
      decideInput(changed, MODERATOR, 'plan:apply', {
        basedOnVersion: seen.version,
        placements: [],
      }),
      'CONFLICT',
      'basedOnVersion',
    );
  });

  it('PLAN-3 a version from the future is refused with CONFLICT on basedOnVersion', () => {
    const state = plannedCamp();
    expectRefused(
      decideInput(state, MODERATOR, 'plan:apply', {
        basedOnVersion: state.version + 1,
        placements: [],
      }),
      'CONFLICT',
      'basedOnVersion',
    );
  });
});

describe('PLAN-4 pinned sessions stay', () => {
  const pinnedForms = () =>
    run(plannedCamp(), MODERATOR, 'session:configure', { sessionId: SESSION.forms, pinned: true });

  it('PLAN-4 moving a pinned session is refused with CONFLICT on its entry', () => {
    expectRefused(
      apply(pinnedForms(), [
        { sessionId: SESSION.data, placement: gardenThird },
        { sessionId: SESSION.forms, placement: cell(ROOM.garden, SLOT.second) },
      ]),
      'CONFLICT',
      'placements.1',
    );
  });

  it('PLAN-4 unplacing a pinned session is refused with CONFLICT on its entry', () => {
    expectRefused(
      apply(pinnedForms(), [{ sessionId: SESSION.forms, placement: null }]),
      'CONFLICT',
      'placements.0',
    );
  });

  it('PLAN-4 naming a pinned session where it is is accepted and changes nothing for it', () => {
    const decision = apply(pinnedForms(), [
      { sessionId: SESSION.forms, placement: aulaFirst },
      { sessionId: SESSION.data, placement: gardenThird },
    ]);
    expect(eventsOf(decision)).toEqual([
      { type: 'plan:applied', placements: [{ sessionId: SESSION.data, placement: gardenThird }] },
    ]);
  });

  it('PLAN-4 a pinned session without a cell may be placed', () => {
    const state = run(plannedCamp(), MODERATOR, 'session:configure', {
      sessionId: SESSION.data,
      pinned: true,
    });
    const decision = apply(state, [{ sessionId: SESSION.data, placement: gardenThird }]);
    expect(eventsOf(decision)).toEqual([
      { type: 'plan:applied', placements: [{ sessionId: SESSION.data, placement: gardenThird }] },
    ]);
  });
});

describe('PLAN-5 one session per cell', () => {
  it('PLAN-5 two planned sessions in one cell are refused with CELL_OCCUPIED on placements', () => {
    const state = run(plannedCamp(), MODERATOR, 'session:unplace', { sessionId: SESSION.ki });
    expectRefused(
      apply(state, [
        { sessionId: SESSION.ki, placement: gardenThird },
        { sessionId: SESSION.data, placement: gardenThird },
      ]),
      'CELL_OCCUPIED',
      'placements',
    );
  });

  it('PLAN-5 a planned session in the cell of one the plan leaves in place is refused with CELL_OCCUPIED', () => {
    expectRefused(
      apply(plannedCamp(), [{ sessionId: SESSION.data, placement: labFirst }]),
      'CELL_OCCUPIED',
      'placements',
    );
  });

  it('PLAN-5 a cancelled session still holds its cell', () => {
    const state = run(plannedCamp(), ALICE, 'session:cancel', {
      sessionId: SESSION.forms,
      reason: 'Krank',
    });
    expectRefused(
      apply(state, [{ sessionId: SESSION.data, placement: aulaFirst }]),
      'CELL_OCCUPIED',
      'placements',
    );
  });

  it('PLAN-5 cells the plan frees may be reused in the same plan, so it can swap and rotate', () => {
    const state = plannedCamp();
    const decision = apply(state, [
      { sessionId: SESSION.forms, placement: labFirst },
      { sessionId: SESSION.ki, placement: aulaSecond },
      { sessionId: SESSION.oss, placement: aulaFirst },
    ]);
    const next = applyDecision(state, decision);
    expect(sessionOf(next, SESSION.forms).placement).toEqual(labFirst);
    expect(sessionOf(next, SESSION.ki).placement).toEqual(aulaSecond);
    expect(sessionOf(next, SESSION.oss).placement).toEqual(aulaFirst);
  });
});

describe('PLAN-6 and PLAN-7 where a plan may put sessions', () => {
  for (const slotId of [SLOT.lunch, SLOT.opening]) {
    it(`PLAN-6 the ${slotId} slot is refused with SLOT_NOT_BOOKABLE on the entry's placement`, () => {
      expectRefused(
        apply(plannedCamp(), [
          { sessionId: SESSION.oss, placement: null },
          { sessionId: SESSION.data, placement: cell(ROOM.garden, slotId) },
        ]),
        'SLOT_NOT_BOOKABLE',
        'placements.1.placement',
      );
    });
  }

  it('PLAN-7 an unknown session is refused with NOT_FOUND on placements.N.sessionId', () => {
    expectRefused(
      apply(plannedCamp(), [{ sessionId: 'ghost', placement: gardenThird }]),
      'NOT_FOUND',
      'placements.0.sessionId',
    );
  });

  it('PLAN-7 an unknown room is refused with NOT_FOUND on placements.N.placement.roomId', () => {
    expectRefused(
      apply(plannedCamp(), [{ sessionId: SESSION.data, placement: cell('cellar', SLOT.third) }]),
      'NOT_FOUND',
      'placements.0.placement.roomId',
    );
  });

  it('PLAN-7 an unknown slot is refused with NOT_FOUND on placements.N.placement.slotId', () => {
    expectRefused(
      apply(plannedCamp(), [{ sessionId: SESSION.data, placement: cell(ROOM.garden, 'late') }]),
      'NOT_FOUND',
      'placements.0.placement.slotId',
    );
  });

  it('PLAN-7 a session listed twice is refused with INVALID on its second entry', () => {
    expectRefused(
      apply(plannedCamp(), [
        { sessionId: SESSION.data, placement: gardenThird },
        { sessionId: SESSION.data, placement: null },
      ]),
      'INVALID',
      'placements.1.sessionId',
    );
  });
});
