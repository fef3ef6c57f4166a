import type { PlannerInput, PlannerSession } from '../../../../shared/src/planning/index.js';
import { isKept } from './plan-checks.js';

/**
 * The sessions a correct planner places on a small input, by brute force: in order of interest (ties
 * by id), a session is placed if it fits together with every session placed before it. Written
 * independently of the planner, so that the two can check each other.
 */
export function expectedPlacedIds(input: PlannerInput): Set<string> {
  const kept = input.sessions.filter((session) => isKept(session, input));
  const free = input.sessions
    .filter((session) => !isKept(session, input))
    .sort((a, b) => b.interest - a.interest || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const admitted: PlannerSession[] = [];
  for (const session of free) {
    if (fitsTogether(input, kept, [...admitted, session])) admitted.push(session);
  }
  return new Set([...kept, ...admitted].map((session) => session.id));
}

function fitsTogether(
  input: PlannerInput,
  kept: readonly PlannerSession[],
  sessions: readonly PlannerSession[],
): boolean {
  const bySlot = new Map<string, PlannerSession[]>(input.slots.map((slot) => [slot.id, []]));
  const assign = (index: number): boolean => {
    const session = sessions[index];
    if (session === undefined) return true;
    for (const slot of input.slots) {
      if (session.allowedSlotIds !== null && !session.allowedSlotIds.includes(slot.id)) continue;
      const others = bySlot.get(slot.id) ?? [];
      const keptHere = kept.filter((other) => other.placement?.slotId === slot.id);
      const clash = [...others, ...keptHere].some((other) =>
        other.hosts.some((host) => session.hosts.includes(host)),
      );
      if (clash || !seatable(input, slot.id, keptHere, [...others, session])) continue;
      others.push(session);
      if (assign(index + 1)) return true;
      others.pop();
    }
    return false;
  };
  return assign(0);
}

/** Tries every way of giving the sessions distinct free rooms of the slot. */
function seatable(
  input: PlannerInput,
  slotId: string,
  keptHere: readonly PlannerSession[],
  sessions: readonly PlannerSession[],
): boolean {
  const taken = new Set(keptHere.map((session) => session.placement?.roomId));
  const rooms = input.rooms.filter((room) => !taken.has(room.id));
  const seat = (index: number, used: ReadonlySet<string>): boolean => {
    const session = sessions[index];
    if (session === undefined) return true;
    return rooms.some(
      (room) =>
        !used.has(room.id) &&
        session.needs.every((need) => room.features.includes(need)) &&
        seat(index + 1, new Set([...used, room.id])),
    );
  };
  return slotId.length > 0 && seat(0, new Set());
}
