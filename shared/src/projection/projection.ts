import {
  type Ballots,
  ballotIn,
  type CampState,
  hasBallot,
  type Session,
  withBallot,
} from '../domain/index.js';
import type { DomainEvent } from '../protocol/events.js';
import type { Viewer } from '../protocol/messages.js';
import { assertNever } from '../util/assert-never.js';

/**
 * Who sees what. The log holds everything; each audience gets a projection of it:
 * - nobody but the voter learns who voted for what;
 * - while a camp hides vote counts and voting is open, only moderators see votes at all;
 * - a camp that hides host names keeps them from viewers (the public schedule and exports).
 * The server applies these to snapshots and broadcasts; the same rules decide what a client shows.
 */
export type Audience = Pick<Viewer, 'role' | 'participantId'>;

export const PUBLIC_AUDIENCE: Audience = { role: 'viewer', participantId: null };

export function countsHiddenFor(state: CampState, audience: Audience): boolean {
  return state.settings.hideVoteCounts && state.phases.voting && audience.role !== 'moderator';
}

export function hostNamesHiddenFor(state: CampState, audience: Audience): boolean {
  return state.settings.hideHostNames && audience.role === 'viewer';
}

function withoutHosts(session: Session): Session {
  return { ...session, hosts: [] };
}

/** Projects one event for an audience, given the camp state the event was applied to. */
export function projectEventFor(
  event: DomainEvent,
  state: CampState,
  audience: Audience,
): DomainEvent {
  switch (event.type) {
    case 'vote:cast':
    case 'vote:retracted': {
      const own =
        event.participantId !== undefined && event.participantId === audience.participantId;
      if (own) return event;
      if (countsHiddenFor(state, audience)) return { type: 'vote:recorded', hidden: true };
      const { participantId: _hidden, ...rest } = event;
      return rest;
    }
    case 'session:pitched':
    case 'wish:posted':
      return hostNamesHiddenFor(state, audience)
        ? { ...event, session: withoutHosts(event.session) }
        : event;
    case 'session:updated': {
      if (!hostNamesHiddenFor(state, audience) || event.changes.hosts === undefined) return event;
      const { hosts: _hosts, ...changes } = event.changes;
      return { ...event, changes };
    }
    case 'wish:adopted':
      return hostNamesHiddenFor(state, audience) ? { ...event, host: null } : event;
    case 'camp:created':
    case 'camp:updated':
    case 'room:added':
    case 'room:updated':
    case 'room:removed':
    case 'slot:added':
    case 'slot:updated':
    case 'slot:removed':
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
    case 'queue:joined':
    case 'queue:left':
    case 'queue:reordered':
    case 'spotlight:changed':
    case 'plan:applied':
    case 'slots:shifted':
    case 'room:full-marked':
    case 'schedule:published':
    case 'participant:left':
    case 'vote:recorded':
      return event;
    default:
      return assertNever(event, 'event');
  }
}

/** Only the viewer's own ballot: nobody else learns who voted for what. */
export function ownBallotOnly(ballots: Ballots, participantId: string | null): Ballots {
  if (participantId === null || !hasBallot(ballots, participantId)) return {};
  return withBallot({}, participantId, [...ballotIn(ballots, participantId)]);
}

/** Projects the whole camp for an audience: a snapshot, the public API, an export. */
export function projectStateFor(state: CampState, audience: Audience): CampState {
  const hideCounts = countsHiddenFor(state, audience);
  const hideHosts = hostNamesHiddenFor(state, audience);
  return {
    ...state,
    ballots: ownBallotOnly(state.ballots, audience.participantId),
    sessions:
      hideCounts || hideHosts
        ? state.sessions.map((session) => ({
            ...session,
            voteCount: hideCounts ? 0 : session.voteCount,
            hosts: hideHosts ? [] : session.hosts,
          }))
        : state.sessions,
  };
}

/**
 * Settings that change what an audience may see. When one of them changes, a client's state
 * was projected under the old rule, so it fetches a fresh snapshot.
 */
export function changesProjection(before: CampState, event: DomainEvent): boolean {
  if (event.type !== 'camp:updated' || event.settings === undefined) return false;
  return (
    event.settings.hideHostNames !== before.settings.hideHostNames ||
    event.settings.hideVoteCounts !== before.settings.hideVoteCounts
  );
}
