import { type CampState, findRoom, findSlot, type Placement, type Session } from '@campgrid/shared';
import { timeRange } from '../../i18n/index.js';

/** "Raum 1, 10:15–11:00", or null when the room or slot is gone. */
export function placementText(camp: CampState, placement: Placement | null): string | null {
  if (placement === null) return null;
  const room = findRoom(camp, placement.roomId);
  const slot = findSlot(camp, placement.slotId);
  if (!room || !slot) return null;
  const day = camp.days.length > 1 ? `${slot.day}, ` : '';
  return `${room.name}, ${day}${timeRange(slot)}`;
}

export function hostNames(session: Session): string {
  return session.hosts.map((host) => host.name).join(', ');
}
