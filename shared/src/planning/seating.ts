import type { PlanningProblem } from './problem.js';

/**
 * Whether every session can have its own room, from the given ones, that covers its needs. Only the
 * picky sessions need a matching; the others take whatever rooms are left.
 */
export function seatable(
  problem: PlanningProblem,
  sessions: readonly number[],
  rooms: readonly number[],
): boolean {
  if (sessions.length > rooms.length) return false;
  const picky = sessions.filter((session) => problem.picky[session] === 1);
  return picky.length === 0 || matchRooms(problem, picky, rooms) !== null;
}

export function seatableInSlot(
  problem: PlanningProblem,
  slot: number,
  sessions: readonly number[],
): boolean {
  return seatable(problem, sessions, problem.openRooms[slot] ?? []);
}

/** Kuhn's augmenting paths: a room for each session (same order), or null if they cannot all sit. */
export function matchRooms(
  problem: PlanningProblem,
  sessions: readonly number[],
  rooms: readonly number[],
): number[] | null {
  const holderOf = new Map<number, number>();
  const roomOf = sessions.map(() => -1);
  const augment = (position: number, visited: Set<number>): boolean => {
    const session = sessions[position] ?? -1;
    for (const room of rooms) {
      if (visited.has(room) || problem.roomFits[session * problem.roomCount + room] !== 1) continue;
      visited.add(room);
      const holder = holderOf.get(room);
      if (holder === undefined || augment(holder, visited)) {
        holderOf.set(room, position);
        roomOf[position] = room;
        return true;
      }
    }
    return false;
  };
  for (const position of sessions.keys()) {
    if (!augment(position, new Set())) return null;
  }
  return roomOf;
}

/**
 * Rooms for the sessions of one slot: in order of interest, each session takes the largest open room
 * that covers its needs and still leaves a room for every later session. Among sessions whose needs
 * do not get in the way, more interest therefore always means a room at least as large.
 */
export function assignRooms(
  problem: PlanningProblem,
  slot: number,
  sessions: readonly number[],
): Map<number, number> {
  const order = [...sessions].sort(
    (a, b) => (problem.interest[b] ?? 0) - (problem.interest[a] ?? 0) || a - b,
  );
  let rooms = problem.openRooms[slot] ?? [];
  const roomOf = new Map<number, number>();
  for (const [position, session] of order.entries()) {
    const later = order.slice(position + 1);
    const room = rooms.find(
      (candidate) =>
        problem.roomFits[session * problem.roomCount + candidate] === 1 &&
        seatable(
          problem,
          later,
          rooms.filter((other) => other !== candidate),
        ),
    );
    if (room === undefined) {
      throw new Error(`planner invariant broken: slot ${slot} cannot seat its sessions`);
    }
    roomOf.set(session, room);
    rooms = rooms.filter((other) => other !== room);
  }
  return roomOf;
}

export type SeatCheck = (
  slot: number,
  members: readonly number[],
  leaving: number,
  arriving: number,
) => boolean;

/**
 * seatableInSlot for the search's hot loop: whether a slot's sessions, minus `leaving` and plus
 * `arriving` (-1 for none), can all sit. It reuses its buffers, so a check allocates nothing.
 */
export function createSeatCheck(problem: PlanningProblem): SeatCheck {
  const { roomCount, roomFits } = problem;
  const holder = new Int32Array(roomCount);
  const visitedIn = new Int32Array(roomCount);
  const picky: number[] = [];
  let round = 0;
  let rooms: readonly number[] = [];

  function augment(session: number): boolean {
    for (const room of rooms) {
      if (visitedIn[room] === round || roomFits[session * roomCount + room] !== 1) continue;
      visitedIn[room] = round;
      const current = holder[room] ?? -1;
      if (current === -1 || augment(current)) {
        holder[room] = session;
        return true;
      }
    }
    return false;
  }

  return (slot, members, leaving, arriving) => {
    rooms = problem.openRooms[slot] ?? [];
    picky.length = 0;
    let count = 0;
    for (let index = 0; index <= members.length; index += 1) {
      const member = index < members.length ? (members[index] ?? -1) : arriving;
      if (member < 0 || member === leaving) continue;
      count += 1;
      if (problem.picky[member] === 1) picky.push(member);
    }
    if (count > rooms.length) return false;
    for (const room of rooms) holder[room] = -1;
    if (round > 1_000_000_000) {
      visitedIn.fill(0);
      round = 0;
    }
    for (const session of picky) {
      round += 1;
      if (!augment(session)) return false;
    }
    return true;
  };
}
