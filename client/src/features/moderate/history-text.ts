import {
  assertNever,
  type CampState,
  type DomainEvent,
  findSession,
  type HistoryEntry,
} from '@campgrid/shared';
import type { TFunction } from 'i18next';
import { cellText } from './conflicts.js';

function titleOf(camp: CampState, sessionId: string): string {
  return findSession(camp, sessionId)?.title ?? '…';
}

/** One event as the change history says it; null for those not worth a line. */
export function eventText(t: TFunction, camp: CampState, event: DomainEvent): string | null {
  switch (event.type) {
    case 'session:placed':
      return t('history.placed', {
        title: titleOf(camp, event.sessionId),
        cell: cellText(camp, event.placement),
      });
    case 'session:unplaced':
      return t('history.unplaced', { title: titleOf(camp, event.sessionId) });
    case 'sessions:swapped':
      return t('history.swapped', {
        title: titleOf(camp, event.first.sessionId),
        other: titleOf(camp, event.second.sessionId),
      });
    case 'session:pitched':
    case 'wish:posted':
      return t('history.pitched', { title: event.session.title });
    case 'session:withdrawn':
      return t('history.withdrawn');
    case 'session:updated':
    case 'session:configured':
      return t('history.updated', { title: titleOf(camp, event.sessionId) });
    case 'plan:applied':
      return t('history.planApplied', { count: event.placements.length });
    case 'vote:cast':
      return t('history.voted', { title: titleOf(camp, event.sessionId) });
    case 'vote:retracted':
      return t('history.unvoted', { title: titleOf(camp, event.sessionId) });
    case 'session:cancelled':
      return t('history.cancelled', { title: titleOf(camp, event.sessionId) });
    case 'session:restored':
      return t('history.restored', { title: titleOf(camp, event.sessionId) });
    case 'slots:shifted':
      return t('history.shifted', { minutes: event.minutes });
    case 'schedule:published':
      return t('history.published');
    case 'spotlight:changed':
      return event.sessionId === null
        ? null
        : t('history.spotlight', { title: titleOf(camp, event.sessionId) });
    case 'participant:left':
    case 'vote:recorded':
    case 'votes:revealed':
      return null;
    case 'camp:created':
    case 'camp:updated':
    case 'room:added':
    case 'room:updated':
    case 'room:removed':
    case 'slot:added':
    case 'slot:updated':
    case 'slot:removed':
    case 'phase:changed':
    case 'hands:counted':
    case 'wish:adopted':
    case 'queue:joined':
    case 'queue:left':
    case 'queue:reordered':
    case 'room:full-marked':
      return t('history.other', { type: event.type });
    default:
      return assertNever(event, 'event');
  }
}

/** Who did it: a role, or a co-moderator link's label; never a participant's name. */
export function actorText(t: TFunction, entry: HistoryEntry): string {
  return entry.actorRole === 'moderator' && entry.actorLabel !== 'Moderation'
    ? entry.actorLabel
    : t(entry.actorRole === 'moderator' ? 'history.moderator' : 'history.participant');
}
