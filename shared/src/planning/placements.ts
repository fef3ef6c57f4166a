import { compareIds, ownEntry } from './ids.js';
import type { PlannerInput, PlanPlacements } from './types.js';

/** The grid as the input has it now, keyed by session id in id order. */
export function currentPlacements(input: PlannerInput): PlanPlacements {
  const entries = input.sessions.flatMap((session) =>
    session.placement === null ? [] : [[session.id, session.placement] as const],
  );
  return Object.fromEntries(entries.sort(([a], [b]) => compareIds(a, b)));
}

/** The same camp with the grid replaced, e.g. to find the conflicts a suggested plan would have. */
export function withPlacements(input: PlannerInput, placements: PlanPlacements): PlannerInput {
  return {
    ...input,
    sessions: input.sessions.map((session) => ({
      ...session,
      placement: ownEntry(placements, session.id) ?? null,
    })),
  };
}
