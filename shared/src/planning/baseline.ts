import { canonicalInput, keepsPlacement } from './canonical.js';
import { compareIds } from './ids.js';
import { checkPlannerInput, PlannerInputError } from './input-check.js';
import type { PlannerInput, PlannerPlacement, PlanPlacements } from './types.js';

export interface BaselinePlan {
  readonly placements: PlanPlacements;
  readonly leftOut: string[];
}

/**
 * What a moderator at the wall would do: most votes to the largest free room, slot by slot. It only
 * keeps one session per cell (and leaves the sessions the planner would keep where they are), so it
 * is the yardstick for the planner's attendee clashes, not a plan to use.
 *
 * @throws PlannerInputError when the input cannot be planned (see checkPlannerInput).
 */
export function greedyBaseline(input: PlannerInput): BaselinePlan {
  const issues = checkPlannerInput(input);
  if (issues.length > 0) throw new PlannerInputError(issues);
  const camp = canonicalInput(input);

  const placements = new Map<string, PlannerPlacement>();
  const taken = new Set<string>();
  const cellKey = (cell: PlannerPlacement) => JSON.stringify([cell.roomId, cell.slotId]);
  for (const session of camp.sessions) {
    if (session.placement !== null && keepsPlacement(session, camp)) {
      placements.set(session.id, session.placement);
      taken.add(cellKey(session.placement));
    }
  }

  const roomsBySize = [...camp.rooms].sort(
    (a, b) => b.capacity - a.capacity || compareIds(a.id, b.id),
  );
  const openCells = camp.slots
    .flatMap((slot) => roomsBySize.map((room) => ({ roomId: room.id, slotId: slot.id })))
    .filter((cell) => !taken.has(cellKey(cell)));
  const byInterest = camp.sessions
    .filter((session) => !placements.has(session.id))
    .sort((a, b) => b.interest - a.interest || compareIds(a.id, b.id));

  const leftOut: string[] = [];
  for (const [index, session] of byInterest.entries()) {
    const cell = openCells[index];
    if (cell === undefined) leftOut.push(session.id);
    else placements.set(session.id, cell);
  }
  return {
    placements: Object.fromEntries([...placements.entries()].sort(([a], [b]) => compareIds(a, b))),
    leftOut,
  };
}
