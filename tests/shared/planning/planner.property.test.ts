import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countAttendeeClashes,
  findConflicts,
  suggestPlan,
  withPlacements,
} from '../../../shared/src/planning/index.js';
import { plannerInputArbitrary, reordered } from './support/arbitraries.js';
import { expectedPlacedIds } from './support/oracle.js';
import { hardConstraintViolations, roomOrderViolations } from './support/plan-checks.js';

const SMALL = { maxRooms: 3, maxSlots: 3, maxSessions: 7, maxParticipants: 8 };
const MEDIUM = { maxRooms: 6, maxSlots: 6, maxSessions: 30, maxParticipants: 25 };

describe('suggestPlan on random camps', () => {
  it('never breaks a hard constraint and accounts for every session', () => {
    fc.assert(
      fc.property(plannerInputArbitrary(MEDIUM), (input) => {
        const plan = suggestPlan(input);
        expect(hardConstraintViolations(input, plan)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('places exactly the sessions that fit, leaving out the least interest (brute force on small camps)', () => {
    fc.assert(
      fc.property(plannerInputArbitrary(SMALL), (input) => {
        const plan = suggestPlan(input);
        expect(new Set(Object.keys(plan.placements))).toEqual(expectedPlacedIds(input));
      }),
      { numRuns: 300 },
    );
  });

  it('gives more interest a room at least as large within a slot, where needs allow', () => {
    fc.assert(
      fc.property(plannerInputArbitrary(MEDIUM), (input) => {
        expect(roomOrderViolations(input, suggestPlan(input))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same plan for the same camp in any order', () => {
    fc.assert(
      fc.property(plannerInputArbitrary(MEDIUM), fc.integer(), (input, seed) => {
        expect(suggestPlan(reordered(input, seed))).toEqual(suggestPlan(input));
      }),
      { numRuns: 60 },
    );
  });

  it('scores before and after with the conflict detector and the clash count', () => {
    fc.assert(
      fc.property(plannerInputArbitrary(MEDIUM), (input) => {
        const plan = suggestPlan(input);
        const current = Object.fromEntries(
          input.sessions.flatMap((session) =>
            session.placement === null ? [] : [[session.id, session.placement]],
          ),
        );
        expect(plan.score).toEqual({
          before: {
            clashes: countAttendeeClashes(input, current),
            warnings: findConflicts(input).length,
          },
          after: {
            clashes: countAttendeeClashes(input, plan.placements),
            warnings: findConflicts(withPlacements(input, plan.placements)).length,
          },
        });
      }),
      { numRuns: 60 },
    );
  });
});
