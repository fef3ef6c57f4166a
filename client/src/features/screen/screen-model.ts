import { type CampState, orderedSlots, type Room, type Session, type Slot } from '@campgrid/shared';
import type { CampClock } from '../schedule/schedule-model.js';

export interface RoomNowNext {
  room: Room;
  now: { session: Session; slot: Slot } | null;
  next: { session: Session; slot: Slot } | null;
}

/** What is on in a room now, and its next session later today. */
export function roomNowNext(camp: CampState, room: Room, clock: CampClock | null): RoomNowNext {
  if (clock === null) return { room, now: null, next: null };
  const today = orderedSlots(camp).filter((slot) => slot.day === clock.day);
  const sessionIn = (slot: Slot) =>
    camp.sessions.find(
      (session) => session.placement?.slotId === slot.id && session.placement.roomId === room.id,
    );
  let now: RoomNowNext['now'] = null;
  let next: RoomNowNext['next'] = null;
  for (const slot of today) {
    const session = sessionIn(slot);
    if (!session) continue;
    if (slot.start <= clock.time && clock.time < slot.end) now = { session, slot };
    else if (slot.start > clock.time && next === null) next = { session, slot };
  }
  return { room, now, next };
}
