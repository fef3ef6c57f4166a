import type { PlanningProblem } from './problem.js';

/**
 * People beyond capacity if the slot's sessions took its open rooms in order of size. It ignores
 * needs, which makes it a cheap estimate for comparing slot assignments, not the final seating.
 */
export function slotOverflow(
  problem: PlanningProblem,
  slot: number,
  sessions: readonly number[],
): number {
  const rooms = problem.openRooms[slot] ?? [];
  const interests = sessions.map((session) => problem.interest[session] ?? 0).sort((a, b) => b - a);
  let overflow = 0;
  for (const [position, interest] of interests.entries()) {
    const room = rooms[position];
    const capacity = room === undefined ? 0 : (problem.capacity[room] ?? 0);
    if (interest > capacity) overflow += interest - capacity;
  }
  return overflow;
}
