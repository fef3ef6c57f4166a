import {
  type CampState,
  findRoom,
  minutesOf,
  orderedSlots,
  PUBLIC_AUDIENCE,
  projectStateFor,
  type Room,
  type Session,
  type Slot,
} from '@campgrid/shared';

/** One placed session of the published schedule, with its room and slot. */
export interface ScheduleEntry {
  session: Session;
  room: Room;
  slot: Slot;
}

/**
 * What every export shows: the camp as the public sees it (host names hidden when the camp says
 * so), and, once the schedule is published, its placed sessions in time and room order. Before
 * the first publish the plan is a draft that nobody outside should copy into a calendar.
 */
export function publicSchedule(state: CampState): { camp: CampState; entries: ScheduleEntry[] } {
  const camp = projectStateFor(state, PUBLIC_AUDIENCE);
  if (!camp.published) return { camp, entries: [] };
  const entries: ScheduleEntry[] = [];
  for (const slot of orderedSlots(camp)) {
    if (slot.kind !== 'session') continue;
    for (const room of camp.rooms) {
      const session = camp.sessions.find(
        (candidate) =>
          candidate.placement?.slotId === slot.id && candidate.placement.roomId === room.id,
      );
      if (session) entries.push({ session, room, slot });
    }
  }
  return { camp, entries };
}

export function durationMinutes(slot: Slot): number {
  return minutesOf(slot.end) - minutesOf(slot.start);
}

export function roomOf(camp: CampState, session: Session): Room | undefined {
  return session.placement ? findRoom(camp, session.placement.roomId) : undefined;
}

/** The session's page in the app, which the exports link to. */
export function sessionUrl(origin: string, camp: CampState, session: Session): string {
  return `${origin}/c/${encodeURIComponent(camp.slug)}/s/${encodeURIComponent(session.id)}`;
}
