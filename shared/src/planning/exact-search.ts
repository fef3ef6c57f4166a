import type { PlanningProblem } from './problem.js';
import { seatableInSlot } from './seating.js';

/**
 * How many slot choices the exact search may try. Small grids are searched to the end, so their
 * answer is exact; on big, hopeless ones the planner gives up deterministically instead of stalling.
 */
export const EXACT_SEARCH_NODE_LIMIT = 20_000;

/**
 * Backtracking over slots (not cells: rooms within a slot are interchangeable up to needs, which a
 * matching settles) for every given session, honouring hosts, allowed slots and needs.
 * Returns each session's slot, or null when there is none or the budget runs out.
 */
export function findSlotsExactly(
  problem: PlanningProblem,
  sessions: readonly number[],
  preferredSlot: Int32Array,
): Int32Array | null {
  const { slotCount, sessionCount } = problem;
  const domainOf = new Map<number, number[]>();
  for (const session of sessions) {
    const preferred = preferredSlot[session] ?? -1;
    const slots: number[] = [];
    for (let slot = 0; slot < slotCount; slot += 1) {
      if (problem.slotAllowed[session * slotCount + slot] === 1 && slot !== preferred) {
        slots.push(slot);
      }
    }
    if (preferred >= 0 && problem.slotAllowed[session * slotCount + preferred] === 1) {
      slots.unshift(preferred);
    }
    domainOf.set(session, slots);
  }
  const order = [...sessions].sort(
    (a, b) =>
      (domainOf.get(a)?.length ?? 0) - (domainOf.get(b)?.length ?? 0) ||
      (problem.picky[b] ?? 0) - (problem.picky[a] ?? 0) ||
      (problem.interest[b] ?? 0) - (problem.interest[a] ?? 0) ||
      a - b,
  );

  const members: number[][] = Array.from({ length: slotCount }, () => []);
  const slotOf = new Int32Array(sessionCount).fill(-1);
  let nodes = 0;
  const place = (depth: number): boolean => {
    const session = order[depth];
    if (session === undefined) return true;
    for (const slot of domainOf.get(session) ?? []) {
      nodes += 1;
      if (nodes > EXACT_SEARCH_NODE_LIMIT) return false;
      const inSlot = members[slot] ?? [];
      if (inSlot.length >= (problem.openRooms[slot]?.length ?? 0)) continue;
      if (inSlot.some((other) => problem.sharesHost[session * sessionCount + other] === 1))
        continue;
      if (problem.picky[session] === 1 && !seatableInSlot(problem, slot, [...inSlot, session])) {
        continue;
      }
      inSlot.push(session);
      slotOf[session] = slot;
      if (place(depth + 1)) return true;
      inSlot.pop();
      slotOf[session] = -1;
    }
    return false;
  };
  return place(0) ? slotOf : null;
}
