import type { PlanningProblem } from './problem.js';
import { createSeatCheck } from './seating.js';

/**
 * The slots of the movable sessions, with what the search asks about every candidate move kept up to
 * date, so that a move's change in clashes costs O(1). A move sends a session to another slot
 * (partner -1) or swaps it with a partner in another slot.
 */
export interface SlotState {
  readonly slotOf: Int32Array;
  /** load[s * slotCount + t]: co-votes between s and everything in slot t, the clashes s causes there. */
  readonly load: Int32Array;
  coVote(one: number, other: number): number;
  /** How the clashes change if the move is made. */
  clashChange(session: number, partner: number, to: number): number;
  /** Whether the move keeps hosts apart, stays in allowed slots and leaves both slots seatable. */
  allows(session: number, partner: number, to: number): boolean;
  /** How the crowding estimate (see slotOverflow) changes if the move is made. */
  crowdingChange(session: number, partner: number, to: number): number;
  apply(session: number, partner: number, to: number): void;
  /** Clashes of pairs with at least one movable session: the part the search can change. */
  movableClashes(): number;
}

export function createSlotState(
  problem: PlanningProblem,
  start: Int32Array,
  movable: readonly number[],
): SlotState {
  const { slotCount, sessionCount } = problem;
  const slotOf = Int32Array.from(start);
  const coVote = (one: number, other: number) => problem.coVotes[one * sessionCount + other] ?? 0;
  const coVoters: number[][] = Array.from({ length: sessionCount }, () => []);
  const hostPeers: number[][] = Array.from({ length: sessionCount }, () => []);
  for (const one of movable) {
    for (const other of movable) {
      if (one === other) continue;
      if (coVote(one, other) > 0) coVoters[one]?.push(other);
      if (problem.sharesHost[one * sessionCount + other] === 1) hostPeers[one]?.push(other);
    }
  }

  const load = new Int32Array(sessionCount * slotCount);
  for (let placed = 0; placed < sessionCount; placed += 1) {
    const slot = slotOf[placed] ?? -1;
    if (slot < 0) continue;
    for (const session of movable) {
      if (session === placed) continue;
      const index = session * slotCount + slot;
      load[index] = (load[index] ?? 0) + coVote(session, placed);
    }
  }
  // hostLoad: movable sessions in slot t sharing a host with s (kept ones are ruled out by slotAllowed).
  const hostLoad = new Int32Array(sessionCount * slotCount);
  const members: number[][] = Array.from({ length: slotCount }, () => []);
  const position = new Int32Array(sessionCount).fill(-1);
  for (const session of movable) {
    const slot = slotOf[session] ?? 0;
    const inSlot = members[slot] ?? [];
    position[session] = inSlot.length;
    inSlot.push(session);
    for (const peer of hostPeers[session] ?? []) {
      const index = peer * slotCount + slot;
      hostLoad[index] = (hostLoad[index] ?? 0) + 1;
    }
  }

  // slotOverflow without allocating, for a slot's members minus `leaving` plus `arriving`.
  const openCapacity = problem.openRooms.map((rooms) =>
    Float64Array.from(rooms, (room) => problem.capacity[room] ?? 0),
  );
  const sorted = new Float64Array(problem.roomCount + 1);
  const overflowAfter = (slot: number, leaving: number, arriving: number): number => {
    let count = 0;
    const inSlot = members[slot] ?? [];
    for (let index = 0; index <= inSlot.length; index += 1) {
      const member = index < inSlot.length ? (inSlot[index] ?? -1) : arriving;
      if (member < 0 || member === leaving) continue;
      const interest = problem.interest[member] ?? 0;
      let at = count;
      count += 1;
      while (at > 0 && (sorted[at - 1] ?? 0) < interest) {
        sorted[at] = sorted[at - 1] ?? 0;
        at -= 1;
      }
      sorted[at] = interest;
    }
    const capacities = openCapacity[slot];
    let overflow = 0;
    for (let at = 0; at < count; at += 1) {
      const excess = (sorted[at] ?? 0) - (capacities?.[at] ?? 0);
      if (excess > 0) overflow += excess;
    }
    return overflow;
  };
  const overflow = Float64Array.from(members, (_, slot) => overflowAfter(slot, -1, -1));

  const shift = (session: number, from: number, to: number) => {
    for (const other of coVoters[session] ?? []) {
      const weight = coVote(other, session);
      const base = other * slotCount;
      load[base + from] = (load[base + from] ?? 0) - weight;
      load[base + to] = (load[base + to] ?? 0) + weight;
    }
    for (const peer of hostPeers[session] ?? []) {
      const base = peer * slotCount;
      hostLoad[base + from] = (hostLoad[base + from] ?? 0) - 1;
      hostLoad[base + to] = (hostLoad[base + to] ?? 0) + 1;
    }
    const leaving = members[from] ?? [];
    const at = position[session] ?? 0;
    const last = leaving.pop() ?? session;
    if (last !== session) {
      leaving[at] = last;
      position[last] = at;
    }
    const joining = members[to] ?? [];
    position[session] = joining.length;
    joining.push(session);
    slotOf[session] = to;
  };

  const canSeat = createSeatCheck(problem);
  const loadOf = (session: number, slot: number) => load[session * slotCount + slot] ?? 0;
  const allowed = (session: number, slot: number) =>
    problem.slotAllowed[session * slotCount + slot] === 1;

  return {
    slotOf,
    load,
    coVote,
    clashChange(session, partner, to) {
      const from = slotOf[session] ?? 0;
      const moved = loadOf(session, to) - loadOf(session, from);
      if (partner < 0) return moved;
      const pair = coVote(session, partner);
      return moved + loadOf(partner, from) - loadOf(partner, to) - 2 * pair;
    },
    allows(session, partner, to) {
      const from = slotOf[session] ?? 0;
      if (!allowed(session, to)) return false;
      if (partner < 0) {
        const roomLeft = (problem.openRooms[to]?.length ?? 0) - (members[to]?.length ?? 0);
        if (roomLeft <= 0 || (hostLoad[session * slotCount + to] ?? 0) > 0) return false;
      } else {
        if (!allowed(partner, from)) return false;
        const shared = problem.sharesHost[session * sessionCount + partner] ?? 0;
        if ((hostLoad[session * slotCount + to] ?? 0) - shared > 0) return false;
        if ((hostLoad[partner * slotCount + from] ?? 0) - shared > 0) return false;
      }
      if (problem.picky[session] !== 1 && (partner < 0 || problem.picky[partner] !== 1)) {
        return true;
      }
      return (
        canSeat(to, members[to] ?? [], partner, session) &&
        (partner < 0 || canSeat(from, members[from] ?? [], session, partner))
      );
    },
    crowdingChange(session, partner, to) {
      const from = slotOf[session] ?? 0;
      return (
        overflowAfter(from, session, partner) +
        overflowAfter(to, partner, session) -
        (overflow[from] ?? 0) -
        (overflow[to] ?? 0)
      );
    },
    apply(session, partner, to) {
      const from = slotOf[session] ?? 0;
      const fromOverflow = overflowAfter(from, session, partner);
      const toOverflow = overflowAfter(to, partner, session);
      shift(session, from, to);
      if (partner >= 0) shift(partner, to, from);
      overflow[from] = fromOverflow;
      overflow[to] = toOverflow;
    },
    movableClashes() {
      // Summing each session's load counts pairs of two movable sessions twice.
      let clashes = 0;
      for (const [index, session] of movable.entries()) {
        const slot = slotOf[session] ?? 0;
        clashes += loadOf(session, slot);
        for (const other of movable.slice(index + 1)) {
          if (slotOf[other] === slot) clashes -= coVote(session, other);
        }
      }
      return clashes;
    },
  };
}
