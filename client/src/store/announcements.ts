import {
  assertNever,
  type CampState,
  type DomainEvent,
  findRoom,
  findSession,
  findSlot,
  type Placement,
} from '@campgrid/shared';
import type { Announcement } from './notices.js';

function titleOf(state: CampState, sessionId: string): string {
  return findSession(state, sessionId)?.title ?? '';
}

function whereOf(state: CampState, placement: Placement): { room: string; time: string } {
  return {
    room: findRoom(state, placement.roomId)?.name ?? '',
    time: findSlot(state, placement.slotId)?.start ?? '',
  };
}

/**
 * What to tell a screen reader about someone else's change, read against the state after it.
 * Votes stay silent: while voting is open they change every second.
 */
export function announcementFor(event: DomainEvent, after: CampState): Announcement | null {
  switch (event.type) {
    case 'session:pitched':
      return { key: 'live.sessionPitched', title: event.session.title };
    case 'session:updated':
      return { key: 'live.sessionUpdated', title: titleOf(after, event.sessionId) };
    case 'session:withdrawn':
      return { key: 'live.sessionWithdrawn' };
    case 'session:placed':
      return {
        key: 'live.sessionPlaced',
        title: titleOf(after, event.sessionId),
        ...whereOf(after, event.placement),
      };
    case 'session:unplaced':
      return { key: 'live.sessionUnplaced', title: titleOf(after, event.sessionId) };
    case 'sessions:swapped':
      return {
        key: 'live.sessionsSwapped',
        title: titleOf(after, event.first.sessionId),
        other: titleOf(after, event.second.sessionId),
      };
    case 'phase:changed':
      return { key: event.open ? 'live.phaseOpened' : 'live.phaseClosed', phase: event.phase };
    case 'vote:cast':
    case 'vote:retracted':
      return null;
    case 'room:added':
    case 'room:updated':
    case 'room:removed':
    case 'slot:added':
    case 'slot:updated':
    case 'slot:removed':
      return { key: 'live.gridChanged' };
    case 'camp:created':
    case 'camp:updated':
      return { key: 'live.campUpdated' };
    case 'session:cancelled':
    case 'session:restored':
    case 'session:configured':
    case 'wish:posted':
    case 'wish:adopted':
    case 'plan:applied':
    case 'slots:shifted':
    case 'room:full-marked':
    case 'schedule:published':
      return { key: 'live.gridChanged' };
    case 'votes:revealed':
    case 'vote:recorded':
    case 'hands:counted':
    case 'queue:joined':
    case 'queue:left':
    case 'queue:reordered':
    case 'spotlight:changed':
    case 'participant:left':
      return null;
    default:
      return assertNever(event, 'event');
  }
}
