import { admitSessions } from './admission.js';
import { canonicalInput } from './canonical.js';
import {
  countAttendeeClashes,
  findConflicts,
  SHARED_VOTERS_RULE,
  type SharedVotersRule,
} from './conflicts.js';
import { constructSlots } from './construction.js';
import { checkPlannerInput, PlannerInputError } from './input-check.js';
import { currentPlacements, withPlacements } from './placements.js';
import { buildProblem, type PlanningProblem } from './problem.js';
import { createRandom } from './random.js';
import { assignRooms } from './seating.js';
import { improveSlots } from './slot-search.js';
import type { PlannerInput, PlannerPlacement, PlanScore, PlanSuggestion } from './types.js';

/**
 * Suggests a grid. Hard constraints are never broken: one session per cell, pinned sessions stay,
 * no host in two places at once, allowed slots and needs respected. Within them it places as many
 * sessions as fit, leaving out the least interest, then spreads sessions over slots to minimise
 * attendee clashes, then gives larger rooms to more interest within each slot.
 *
 * The plan depends on the input's content only: the input is canonicalised first and the search's
 * randomness is seeded from it, with a fixed amount of work.
 *
 * @throws PlannerInputError when the input cannot be planned (see checkPlannerInput).
 */
export function suggestPlan(
  input: PlannerInput,
  rule: SharedVotersRule = SHARED_VOTERS_RULE,
): PlanSuggestion {
  const issues = checkPlannerInput(input);
  if (issues.length > 0) throw new PlannerInputError(issues);
  const camp = canonicalInput(input);
  const problem = buildProblem(camp);

  const admission = admitSessions(problem);
  const movable = problem.free.filter((session) => (admission.slotOf[session] ?? -1) >= 0);
  const start = constructSlots(problem, movable) ?? admission.slotOf;
  const slotOf = improveSlots(problem, start, movable, createRandom(problem.seed));
  const placements = seat(problem, slotOf, movable);

  return {
    placements,
    leftOut: admission.leftOut.map((session) => idOf(problem, session)),
    score: {
      before: scoreOf(camp, currentPlacements(camp), rule),
      after: scoreOf(camp, placements, rule),
    },
  };
}

function seat(
  problem: PlanningProblem,
  slotOf: Int32Array,
  movable: readonly number[],
): Record<string, PlannerPlacement> {
  const { camp, roomCount } = problem;
  const cellOf = new Map<number, number>();
  for (const [session, cell] of problem.keptCell.entries()) {
    if (cell >= 0) cellOf.set(session, cell);
  }
  for (const [slot] of camp.slots.entries()) {
    const inSlot = movable.filter((session) => slotOf[session] === slot);
    for (const [session, room] of assignRooms(problem, slot, inSlot)) {
      cellOf.set(session, slot * roomCount + room);
    }
  }
  const entries = [...cellOf.entries()]
    .sort(([a], [b]) => a - b)
    .map(([session, cell]): [string, PlannerPlacement] => [
      idOf(problem, session),
      {
        roomId: camp.rooms[cell % roomCount]?.id ?? '',
        slotId: camp.slots[Math.floor(cell / roomCount)]?.id ?? '',
      },
    ]);
  return Object.fromEntries(entries);
}

function idOf(problem: PlanningProblem, session: number): string {
  return problem.camp.sessions[session]?.id ?? '';
}

function scoreOf(
  camp: PlannerInput,
  placements: Record<string, PlannerPlacement>,
  rule: SharedVotersRule,
): PlanScore {
  return {
    clashes: countAttendeeClashes(camp, placements),
    warnings: findConflicts(withPlacements(camp, placements), rule).length,
  };
}
