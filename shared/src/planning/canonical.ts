import { compareIds, uniqueSorted } from './ids.js';
import type { PlannerInput, PlannerSession, PlannerSlot } from './types.js';

/** Time order; the id breaks ties so that slots with equal times still have one order. */
export function compareSlots(a: PlannerSlot, b: PlannerSlot): number {
  return (
    compareIds(a.day, b.day) ||
    compareIds(a.start, b.start) ||
    compareIds(a.end, b.end) ||
    compareIds(a.id, b.id)
  );
}

/**
 * One representation per meaning: arrays sorted, duplicates and votes for unknown sessions dropped.
 * The planner only ever sees this form, so reordering the input cannot change the plan.
 */
export function canonicalInput(input: PlannerInput): PlannerInput {
  const sessionIds = new Set(input.sessions.map((session) => session.id));
  const ballots = Object.entries(input.ballots)
    .map(([participantId, sessions]): [string, string[]] => [
      participantId,
      uniqueSorted(sessions.filter((sessionId) => sessionIds.has(sessionId))),
    ])
    .filter(([, sessions]) => sessions.length > 0)
    .sort(([a], [b]) => compareIds(a, b));
  return {
    rooms: input.rooms
      .map((room) => ({
        id: room.id,
        capacity: room.capacity,
        features: uniqueSorted(room.features),
      }))
      .sort((a, b) => compareIds(a.id, b.id)),
    slots: input.slots
      .map((slot) => ({ id: slot.id, day: slot.day, start: slot.start, end: slot.end }))
      .sort(compareSlots),
    sessions: input.sessions.map(canonicalSession).sort((a, b) => compareIds(a.id, b.id)),
    ballots: Object.fromEntries(ballots),
    options: { replaceUnpinned: input.options.replaceUnpinned },
  };
}

function canonicalSession(session: PlannerSession): PlannerSession {
  return {
    id: session.id,
    interest: session.interest,
    hosts: uniqueSorted(session.hosts),
    needs: uniqueSorted(session.needs),
    allowedSlotIds: session.allowedSlotIds === null ? null : uniqueSorted(session.allowedSlotIds),
    placement:
      session.placement === null
        ? null
        : { roomId: session.placement.roomId, slotId: session.placement.slotId },
    pinned: session.pinned,
  };
}

/** The sessions the planner must leave where they are: pinned ones, and all placed ones unless re-placing. */
export function keepsPlacement(session: PlannerSession, input: PlannerInput): boolean {
  return session.placement !== null && (session.pinned || !input.options.replaceUnpinned);
}
