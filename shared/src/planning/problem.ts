import { keepsPlacement } from './canonical.js';
import { hashText } from './random.js';
import type { PlannerInput } from './types.js';

/**
 * The canonical input turned into dense indices and lookup tables, so that the search can test a
 * move in constant time. Sessions, rooms and slots keep their canonical order; a cell is
 * slot * roomCount + room.
 */
export interface PlanningProblem {
  readonly camp: PlannerInput;
  readonly roomCount: number;
  readonly slotCount: number;
  readonly sessionCount: number;
  readonly interest: Float64Array;
  readonly capacity: Float64Array;
  /** Per session: the cell it must keep, or -1 when the planner places it. */
  readonly keptCell: Int32Array;
  /** Per cell: the session kept there, or -1. */
  readonly keptOccupant: Int32Array;
  /** Sessions the planner places, in canonical order. */
  readonly free: readonly number[];
  /** Per slot: rooms without a kept session, largest first, then by id. */
  readonly openRooms: readonly (readonly number[])[];
  /** session * slotCount + slot: allowed by time and availability, and no kept session there shares a host. */
  readonly slotAllowed: Uint8Array;
  /** session * roomCount + room: the room's features cover the session's needs. */
  readonly roomFits: Uint8Array;
  /** Per session: some room does not fit it, so seating it needs a matching rather than a count. */
  readonly picky: Uint8Array;
  /** session * sessionCount + other: they share a host. */
  readonly sharesHost: Uint8Array;
  /** session * sessionCount + other: participants who voted for both. */
  readonly coVotes: Int32Array;
  readonly seed: number;
}

export function buildProblem(camp: PlannerInput): PlanningProblem {
  const roomCount = camp.rooms.length;
  const slotCount = camp.slots.length;
  const sessionCount = camp.sessions.length;
  const roomIndex = new Map(camp.rooms.map((room, index) => [room.id, index]));
  const slotIndex = new Map(camp.slots.map((slot, index) => [slot.id, index]));
  const sessionIndex = new Map(camp.sessions.map((session, index) => [session.id, index]));

  const interest = Float64Array.from(camp.sessions, (session) => session.interest);
  const capacity = Float64Array.from(camp.rooms, (room) => room.capacity);

  const keptCell = new Int32Array(sessionCount).fill(-1);
  const keptOccupant = new Int32Array(roomCount * slotCount).fill(-1);
  const free: number[] = [];
  for (const [index, session] of camp.sessions.entries()) {
    const room = session.placement && roomIndex.get(session.placement.roomId);
    const slot = session.placement && slotIndex.get(session.placement.slotId);
    if (keepsPlacement(session, camp) && typeof room === 'number' && typeof slot === 'number') {
      const cell = slot * roomCount + room;
      keptCell[index] = cell;
      keptOccupant[cell] = index;
    } else {
      free.push(index);
    }
  }

  const roomsBySize = camp.rooms
    .map((_, index) => index)
    .sort((a, b) => (capacity[b] ?? 0) - (capacity[a] ?? 0) || a - b);
  const openRooms = camp.slots.map((_, slot) =>
    roomsBySize.filter((room) => keptOccupant[slot * roomCount + room] === -1),
  );

  const roomFits = new Uint8Array(sessionCount * roomCount);
  const picky = new Uint8Array(sessionCount);
  for (const [index, session] of camp.sessions.entries()) {
    for (const [room, { features }] of camp.rooms.entries()) {
      const fits = session.needs.every((need) => features.includes(need));
      roomFits[index * roomCount + room] = fits ? 1 : 0;
      if (!fits) picky[index] = 1;
    }
  }

  const sharesHost = new Uint8Array(sessionCount * sessionCount);
  const sessionsByHost = new Map<string, number[]>();
  for (const [index, session] of camp.sessions.entries()) {
    for (const host of session.hosts) {
      const hosted = sessionsByHost.get(host) ?? [];
      hosted.push(index);
      sessionsByHost.set(host, hosted);
    }
  }
  for (const hosted of sessionsByHost.values()) {
    for (const one of hosted) {
      for (const other of hosted) {
        if (one !== other) sharesHost[one * sessionCount + other] = 1;
      }
    }
  }

  const coVotes = new Int32Array(sessionCount * sessionCount);
  for (const ballot of Object.values(camp.ballots)) {
    const voted = ballot.flatMap((sessionId) => sessionIndex.get(sessionId) ?? []);
    for (const one of voted) {
      for (const other of voted) {
        const pair = one * sessionCount + other;
        if (one !== other) coVotes[pair] = (coVotes[pair] ?? 0) + 1;
      }
    }
  }

  const keptHostIn = (slot: number, session: number): boolean => {
    for (let room = 0; room < roomCount; room += 1) {
      const kept = keptOccupant[slot * roomCount + room] ?? -1;
      if (kept !== -1 && sharesHost[session * sessionCount + kept] === 1) return true;
    }
    return false;
  };
  const slotAllowed = new Uint8Array(sessionCount * slotCount);
  for (const index of free) {
    const allowedIds = camp.sessions[index]?.allowedSlotIds ?? null;
    const allowed = allowedIds === null ? null : new Set(allowedIds);
    for (const [slot, { id }] of camp.slots.entries()) {
      if (allowed !== null && !allowed.has(id)) continue;
      const rooms = openRooms[slot] ?? [];
      if (!rooms.some((room) => roomFits[index * roomCount + room] === 1)) continue;
      if (!keptHostIn(slot, index)) slotAllowed[index * slotCount + slot] = 1;
    }
  }

  return {
    camp,
    roomCount,
    slotCount,
    sessionCount,
    interest,
    capacity,
    keptCell,
    keptOccupant,
    free,
    openRooms,
    slotAllowed,
    roomFits,
    picky,
    sharesHost,
    coVotes,
    seed: hashText(JSON.stringify(camp)),
  };
}
