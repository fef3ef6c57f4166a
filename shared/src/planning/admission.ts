import { findSlotsExactly } from './exact-search.js';
import type { PlanningProblem } from './problem.js';
import { matchRooms } from './seating.js';

export interface Admission {
  /** Per session: its slot in a plan that keeps every hard constraint, or -1 when it is not placed. */
  readonly slotOf: Int32Array;
  /** Sessions the planner could not place, most interest first. */
  readonly leftOut: readonly number[];
}

/**
 * Decides which sessions get a cell. In order of interest, a session is admitted if it can be placed
 * together with every session admitted before it, so when cells run short the least interest is
 * left out. Tests of increasing cost decide: free cells left, a host's sessions not outnumbering
 * their slots, and augmenting paths that ignore hosts (if even that relaxation fails, the session
 * cannot fit); then augmenting paths that keep hosts apart as they go (fast, and usually enough to
 * place it), and last a bounded exact search over slots.
 */
export function admitSessions(problem: PlanningProblem): Admission {
  const { roomCount, slotCount, sessionCount } = problem;
  const cellCount = roomCount * slotCount;
  const candidateCells = new Map<number, number[]>();
  for (const session of problem.free) {
    const cells: number[] = [];
    for (let slot = 0; slot < slotCount; slot += 1) {
      if (problem.slotAllowed[session * slotCount + slot] !== 1) continue;
      for (let room = 0; room < roomCount; room += 1) {
        const cell = slot * roomCount + room;
        if (
          problem.roomFits[session * roomCount + room] === 1 &&
          problem.keptOccupant[cell] === -1
        ) {
          cells.push(cell);
        }
      }
    }
    candidateCells.set(session, cells);
  }
  const openCellCount = problem.keptOccupant.filter((occupant) => occupant === -1).length;

  const occupant = Int32Array.from(problem.keptOccupant);
  const cellOf = Int32Array.from(problem.keptCell);
  const put = (session: number, cell: number) => {
    occupant[cell] = session;
    cellOf[session] = cell;
  };
  const lift = (session: number) => {
    const cell = cellOf[session] ?? -1;
    if (cell >= 0) occupant[cell] = -1;
    cellOf[session] = -1;
  };
  const hostClash = (session: number, slot: number, ignoring: number): boolean => {
    for (let room = 0; room < roomCount; room += 1) {
      const other = occupant[slot * roomCount + room] ?? -1;
      if (other === -1 || other === ignoring) continue;
      if (problem.sharesHost[session * sessionCount + other] === 1) return true;
    }
    return false;
  };
  const slotOfCell = (cell: number) => Math.floor(cell / roomCount);

  const placeKeepingHosts = (session: number, visited: Uint8Array): boolean => {
    const cells = candidateCells.get(session) ?? [];
    for (const cell of cells) {
      if (occupant[cell] === -1 && !hostClash(session, slotOfCell(cell), -1)) {
        put(session, cell);
        return true;
      }
    }
    for (const cell of cells) {
      const holder = occupant[cell] ?? -1;
      if (visited[cell] === 1 || holder === -1) continue;
      if (hostClash(session, slotOfCell(cell), holder)) continue;
      visited[cell] = 1;
      lift(holder);
      put(session, cell);
      if (placeKeepingHosts(holder, visited)) return true;
      lift(session);
      put(holder, cell);
    }
    return false;
  };

  const looseOccupant = Int32Array.from(problem.keptOccupant);
  const looseCellOf = Int32Array.from(problem.keptCell);
  const placeIgnoringHosts = (session: number, visited: Uint8Array): boolean => {
    for (const cell of candidateCells.get(session) ?? []) {
      if (visited[cell] === 1) continue;
      visited[cell] = 1;
      const holder = looseOccupant[cell] ?? -1;
      if (holder === -1 || placeIgnoringHosts(holder, visited)) {
        looseOccupant[cell] = session;
        looseCellOf[session] = cell;
        return true;
      }
    }
    return false;
  };
  const unplaceLoosely = (session: number) => {
    const cell = looseCellOf[session] ?? -1;
    if (cell >= 0) looseOccupant[cell] = -1;
    looseCellOf[session] = -1;
  };

  const freeByHost = new Map<string, number[]>();
  for (const session of problem.free) {
    for (const host of problem.camp.sessions[session]?.hosts ?? []) {
      freeByHost.set(host, [...(freeByHost.get(host) ?? []), session]);
    }
  }
  // Pigeonholes: one host's sessions need as many different slots. Cheap, and it spares the later
  // tests their most expensive case, proving that a busy host's extra session cannot fit.
  const hostOverbooked = (session: number): boolean => {
    for (const host of problem.camp.sessions[session]?.hosts ?? []) {
      const group = (freeByHost.get(host) ?? []).filter(
        (other) => other === session || (cellOf[other] ?? -1) >= 0,
      );
      const slots = new Set<number>();
      for (const member of group) {
        for (let slot = 0; slot < slotCount; slot += 1) {
          if (problem.slotAllowed[member * slotCount + slot] === 1) slots.add(slot);
        }
      }
      if (group.length > slots.size) return true;
    }
    return false;
  };

  const admittedFree: number[] = [];
  const placeBySearch = (session: number): boolean => {
    const preferredSlot = Int32Array.from(cellOf, (cell) => (cell < 0 ? -1 : slotOfCell(cell)));
    const found = findSlotsExactly(problem, [...admittedFree, session], preferredSlot);
    if (found === null) return false;
    for (const placed of admittedFree) lift(placed);
    for (let slot = 0; slot < slotCount; slot += 1) {
      const members = [...admittedFree, session].filter((member) => found[member] === slot);
      const open = problem.openRooms[slot] ?? [];
      const rooms = matchRooms(problem, members, open);
      if (rooms === null) throw new Error(`planner invariant broken: slot ${slot} cannot seat`);
      for (const [position, member] of members.entries()) {
        put(member, slot * roomCount + (rooms[position] ?? -1));
      }
    }
    return true;
  };

  const byInterest = [...problem.free].sort(
    (a, b) => (problem.interest[b] ?? 0) - (problem.interest[a] ?? 0) || a - b,
  );
  const leftOut: number[] = [];
  for (const session of byInterest) {
    const fits =
      admittedFree.length < openCellCount &&
      (candidateCells.get(session)?.length ?? 0) > 0 &&
      !hostOverbooked(session) &&
      placeIgnoringHosts(session, new Uint8Array(cellCount));
    if (!fits) {
      leftOut.push(session);
    } else if (placeKeepingHosts(session, new Uint8Array(cellCount)) || placeBySearch(session)) {
      admittedFree.push(session);
    } else {
      unplaceLoosely(session);
      leftOut.push(session);
    }
  }

  const slotOf = Int32Array.from(cellOf, (cell) => (cell < 0 ? -1 : slotOfCell(cell)));
  return { slotOf, leftOut };
}
