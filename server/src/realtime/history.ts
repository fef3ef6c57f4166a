import {
  assertNever,
  type DomainEvent,
  errorReply,
  type HistoryAck,
  type HistoryEntry,
  HistoryRequestSchema,
  invalidReply,
  redactEventFor,
  type Session,
} from '@campgrid/shared';
import type { Logger } from 'pino';
import type { CampRegistry } from '../camps/registry.js';
import type { Store, StoredEntry } from '../store/store.js';
import { guarded } from './guarded-handler.js';
import { MAIN_MODERATOR_LABEL } from './presence.js';
import type { CampSocket } from './types.js';

export const PARTICIPANT_LABEL = 'Teilnehmende';
export const VIEWER_LABEL = 'Gäste';

/** A camp's co-moderator links by id, revoked ones included: their past changes keep a name. */
export type ModeratorLabels = ReadonlyMap<string, string>;

/**
 * Who did it, as the history may say it: a role or a co-moderator link's label, never a
 * participant's name or id (Chatham House Rule). A link unknown to `labels` (the main link, or
 * one whose record is gone) reads "Moderation".
 */
function actorLabelOf(entry: StoredEntry, labels: ModeratorLabels): string {
  switch (entry.actor.role) {
    case 'moderator': {
      const { moderatorId } = entry.actor;
      return (
        (moderatorId === undefined ? undefined : labels.get(moderatorId)) ?? MAIN_MODERATOR_LABEL
      );
    }
    case 'participant':
      return PARTICIPANT_LABEL;
    case 'viewer':
      return VIEWER_LABEL;
    default:
      return assertNever(entry.actor, 'actor');
  }
}

function withoutParticipantIds(session: Session): Session {
  return { ...session, hosts: session.hosts.map((host) => ({ ...host, participantId: null })) };
}

/**
 * No participant id leaves the history: votes lose their voter, hosts keep their chosen name but
 * not the link to their participant, and a participant's leaving is left out altogether. Every
 * event type is listed, so a new one has to be judged here before it compiles.
 */
function eventForHistory(event: DomainEvent): DomainEvent | null {
  switch (event.type) {
    case 'participant:left':
      return null;
    case 'vote:cast':
    case 'vote:retracted':
      return redactEventFor(event, null);
    case 'session:pitched':
    case 'wish:posted':
      return { ...event, session: withoutParticipantIds(event.session) };
    case 'wish:adopted':
      return event.host === null
        ? event
        : { ...event, host: { ...event.host, participantId: null } };
    case 'camp:created':
    case 'camp:updated':
    case 'room:added':
    case 'room:updated':
    case 'room:removed':
    case 'slot:added':
    case 'slot:updated':
    case 'slot:removed':
    case 'session:updated':
    case 'session:withdrawn':
    case 'session:placed':
    case 'session:unplaced':
    case 'sessions:swapped':
    case 'phase:changed':
    case 'votes:revealed':
    case 'session:configured':
    case 'session:cancelled':
    case 'session:restored':
    case 'hands:counted':
    case 'vote:recorded':
    case 'queue:joined':
    case 'queue:left':
    case 'queue:reordered':
    case 'spotlight:changed':
    case 'plan:applied':
    case 'slots:shifted':
    case 'room:full-marked':
    case 'schedule:published':
      return event;
    default:
      return assertNever(event, 'event');
  }
}

function eventsForHistory(events: readonly DomainEvent[]): DomainEvent[] {
  return events.flatMap((event) => {
    const shown = eventForHistory(event);
    return shown === null ? [] : [shown];
  });
}

export function historyEntryOf(
  entry: StoredEntry,
  labels: ModeratorLabels = new Map(),
): HistoryEntry {
  return {
    version: entry.version,
    at: entry.at,
    actorLabel: actorLabelOf(entry, labels),
    actorRole: entry.actor.role,
    events: eventsForHistory(entry.events),
  };
}

/**
 * history:list: the camp's change history for moderators, newest first, read from the log itself,
 * `limit` entries before `beforeVersion` (or the newest).
 */
export function registerHistory(
  socket: CampSocket,
  registry: CampRegistry,
  store: Store,
  logger: Logger,
): void {
  const { campId, viewer } = socket.data;
  socket.on(
    'history:list',
    guarded<HistoryAck>(logger, 'history:list', async (message, reply) => {
      if (viewer.role !== 'moderator') {
        reply(errorReply('FORBIDDEN', 'Only moderators see the change history.'));
        return;
      }
      const parsed = HistoryRequestSchema.safeParse(message);
      if (!parsed.success) {
        reply(invalidReply(parsed.error));
        return;
      }
      const { limit, beforeVersion } = parsed.data;
      const { version } = await registry.current(campId);
      const end = Math.min(beforeVersion ?? version + 1, version + 1);
      const after = Math.max(0, end - 1 - limit);
      const count = end - 1 - after;
      const entries = count > 0 ? await store.readEntries(campId, after, count) : [];
      // Read per request: a label given a moment ago must show, and a camp has few links.
      const labels: ModeratorLabels = new Map(
        (await store.listModeratorLinks(campId)).map((link) => [link.id, link.label]),
      );
      reply({
        ok: true,
        entries: entries
          .filter((entry) => entry.version < end)
          .reverse()
          .map((entry) => historyEntryOf(entry, labels)),
      });
    }),
  );
}
