import { slotOverflow } from './overflow.js';
import type { PlanningProblem } from './problem.js';
import { seatableInSlot } from './seating.js';

/**
 * A clash-aware first assignment of slots: each session goes to the slot where it shares the fewest
 * voters with what is already there, then where it would crowd its room least. Sessions with fewer
 * choices (needs, time limits, hosts with other sessions) go first, so that the others do not take
 * their last places; within each group, more interest goes first.
 * Returns null when this greedy order still paints itself into a corner; the caller then starts the
 * search from the admission's assignment, which is always complete.
 */
export function constructSlots(
  problem: PlanningProblem,
  sessions: readonly number[],
): Int32Array | null {
  const { slotCount, sessionCount, roomCount } = problem;
  const slotOf = Int32Array.from(problem.keptCell, (cell) =>
    cell < 0 ? -1 : Math.floor(cell / roomCount),
  );
  const inSlot: number[][] = Array.from({ length: slotCount }, () => []);
  const freeInSlot: number[][] = Array.from({ length: slotCount }, () => []);
  for (const [session, slot] of slotOf.entries()) {
    if (slot >= 0) inSlot[slot]?.push(session);
  }

  const constrained = (session: number) => {
    if (problem.picky[session] === 1) return true;
    for (let slot = 0; slot < slotCount; slot += 1) {
      if (problem.slotAllowed[session * slotCount + slot] !== 1) return true;
    }
    return sessions.some((other) => problem.sharesHost[session * sessionCount + other] === 1);
  };
  const order = [...sessions].sort(
    (a, b) =>
      Number(constrained(b)) - Number(constrained(a)) ||
      (problem.interest[b] ?? 0) - (problem.interest[a] ?? 0) ||
      a - b,
  );
  for (const session of order) {
    let best: { slot: number; key: readonly number[] } | null = null;
    for (let slot = 0; slot < slotCount; slot += 1) {
      if (problem.slotAllowed[session * slotCount + slot] !== 1) continue;
      const free = freeInSlot[slot] ?? [];
      if (free.length >= (problem.openRooms[slot]?.length ?? 0)) continue;
      if (free.some((other) => problem.sharesHost[session * sessionCount + other] === 1)) continue;
      if (problem.picky[session] === 1 && !seatableInSlot(problem, slot, [...free, session])) {
        continue;
      }
      let clashes = 0;
      for (const other of inSlot[slot] ?? []) {
        clashes += problem.coVotes[session * sessionCount + other] ?? 0;
      }
      const crowding =
        slotOverflow(problem, slot, [...free, session]) - slotOverflow(problem, slot, free);
      const key = [clashes, crowding, free.length];
      if (best === null || isBefore(key, best.key)) best = { slot, key };
    }
    if (best === null) return null;
    slotOf[session] = best.slot;
    inSlot[best.slot]?.push(session);
    freeInSlot[best.slot]?.push(session);
  }
  return slotOf;
}

function isBefore(key: readonly number[], other: readonly number[]): boolean {
  for (const [position, value] of key.entries()) {
    const otherValue = other[position] ?? 0;
    if (value !== otherValue) return value < otherValue;
  }
  return false;
}
