import {
  type CampState,
  type DomainEvent,
  type LogEntry,
  ownBallotOnly,
  redactEventFor,
  type Viewer,
} from '@campgrid/shared';
import type { StoredEntry } from '../store/store.js';

/** What anyone may see: everything but who voted for what. */
export function publicSnapshot(state: CampState): CampState {
  return { ...state, ballots: {} };
}

/** The snapshot for one connected client: the public one plus the viewer's own ballot. */
export function snapshotFor(state: CampState, viewer: Viewer): CampState {
  return { ...state, ballots: ownBallotOnly(state.ballots, viewer.participantId) };
}

export function eventsFor(
  events: readonly DomainEvent[],
  participantId: string | null,
): DomainEvent[] {
  return events.map((event) => redactEventFor(event, participantId));
}

/** A stored entry as a client may see it: no actor and no command id, votes redacted. */
export function entryFor(entry: StoredEntry, participantId: string | null): LogEntry {
  return { version: entry.version, at: entry.at, events: eventsFor(entry.events, participantId) };
}
