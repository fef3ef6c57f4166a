import {
  assertNever,
  type CampState,
  findConflicts,
  findRoom,
  findSession,
  findSlot,
  type GridConflict,
  type PlannerPlacement,
  plannerInputFrom,
} from '@campgrid/shared';
import type { TFunction } from 'i18next';
import { timeRange } from '../../i18n/index.js';
import { cellDropId } from './grid-dnd.js';

/** The grid's warnings as the planner's conflict detector finds them; they never block anything. */
export function gridConflicts(camp: CampState): GridConflict[] {
  return findConflicts(plannerInputFrom(camp, { replaceUnpinned: false }));
}

/** Each conflict under every cell it involves. */
export function conflictsByCell(conflicts: readonly GridConflict[]): Map<string, GridConflict[]> {
  const byCell = new Map<string, GridConflict[]>();
  for (const conflict of conflicts) {
    for (const cell of conflict.cells) {
      const key = cellDropId(cell);
      byCell.set(key, [...(byCell.get(key) ?? []), conflict]);
    }
  }
  return byCell;
}

function titleOf(camp: CampState, sessionId: string | undefined): string {
  return sessionId === undefined ? '' : (findSession(camp, sessionId)?.title ?? '');
}

/** A planner host key ("p:<participant>" or "name:<lower-case name>") as the name people know. */
function hostName(camp: CampState, key: string): string {
  for (const session of camp.sessions) {
    for (const host of session.hosts) {
      const hostKey =
        host.participantId === null ? `name:${host.name.toLowerCase()}` : `p:${host.participantId}`;
      if (hostKey === key) return host.name;
    }
  }
  return key.replace(/^(p|name):/, '');
}

/** "Raum 1, 10:15–11:00" */
export function cellText(camp: CampState, cell: PlannerPlacement | undefined): string {
  if (cell === undefined) return '';
  const room = findRoom(camp, cell.roomId)?.name ?? '';
  const slot = findSlot(camp, cell.slotId);
  return slot ? `${room}, ${timeRange(slot)}` : room;
}

export function describeConflict(t: TFunction, camp: CampState, conflict: GridConflict): string {
  const [firstId, secondId] = conflict.sessionIds;
  const title = titleOf(camp, firstId);
  const other = titleOf(camp, secondId);
  const room = findRoom(camp, conflict.cells[0]?.roomId ?? '')?.name ?? '';
  switch (conflict.kind) {
    case 'host-double-booked':
      return t('conflicts.hostDoubleBooked', {
        title,
        other,
        hosts: conflict.hosts.map((key) => hostName(camp, key)).join(', '),
      });
    case 'outside-allowed-time':
      return t('conflicts.outsideAllowedTime', {
        title,
        times: conflict.allowedSlotIds
          .map((slotId) => findSlot(camp, slotId))
          .flatMap((slot) => (slot ? [timeRange(slot)] : []))
          .join(', '),
      });
    case 'needs-unmet':
      return t('conflicts.needsUnmet', { title, room, needs: conflict.missing.join(', ') });
    case 'over-capacity':
      return t('conflicts.overCapacity', {
        title,
        room,
        interest: conflict.interest,
        capacity: conflict.capacity,
      });
    case 'shared-voters':
      return t('conflicts.sharedVoters', { title, other, count: conflict.sharedVoters });
    default:
      return assertNever(conflict, 'conflict');
  }
}
