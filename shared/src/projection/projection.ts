import {
  type Ballots,
  ballotEntries,
  ballotIn,
  ballotsFrom,
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
 * - moderators see which sessions share voters, under a pseudonym per voter (`ballotKeyOf`);
 * - while a camp hides vote counts and voting is open, only moderators see votes at all;
 * - a camp that hides host names keeps them from viewers (the public schedule and exports).
 * The server applies these to snapshots and broadcasts; the same rules decide what a client shows.
 */
export type Audience = Pick<Viewer, 'role' | 'participantId'> & {
  /**
   * Moderators only: a voter's stable pseudonym in this camp, or undefined when unknown. Only the
   * server can make it (it is keyed with data no client holds), so it is passed in, not computed
   * here. Without it a moderator gets no ballots and vote events without a voter.
   */
  readonly ballotKeyOf?: (participantId: string) => string | undefined;
};

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
      const { participantId, ...rest } = event;
      const key =
        participantId === undefined ? undefined : moderatorBallotKey(audience, participantId);
      return key === undefined ? rest : { ...rest, participantId: key };
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

function moderatorBallotKey(audience: Audience, participantId: string): string | undefined {
  return audience.role === 'moderator' ? audience.ballotKeyOf?.(participantId) : undefined;
}

export function projectEventsFor(
  events: readonly DomainEvent[],
  state: CampState,
  audience: Audience,
): DomainEvent[] {
  return events.map((event) => projectEventFor(event, state, audience));
}

/** Only the viewer's own ballot: nobody else learns who voted for what. */
export function ownBallotOnly(ballots: Ballots, participantId: string | null): Ballots {
  if (participantId === null || !hasBallot(ballots, participantId)) return {};
  return withBallot({}, participantId, [...ballotIn(ballots, participantId)]);
}

/**
 * The ballots an audience may hold: a participant their own, a moderator every ballot under its
 * voter's pseudonym (so the planner and the shared-voter warnings see clashes without learning
 * who voted), a viewer none. A ballot whose voter has no pseudonym is left out.
 */
export function ballotsFor(ballots: Ballots, audience: Audience): Ballots {
  const { ballotKeyOf } = audience;
  if (audience.role !== 'moderator' || ballotKeyOf === undefined) {
    return ownBallotOnly(ballots, audience.participantId);
  }
  const keyed: Array<[string, string[]]> = [];
  for (const [participantId, sessionIds] of ballotEntries(ballots)) {
    const key = ballotKeyOf(participantId);
    if (key !== undefined) keyed.push([key, [...sessionIds]]);
  }
  return ballotsFrom(keyed);
}

/** Projects the whole camp for an audience: a snapshot, the public API, an export. */
export function projectStateFor(state: CampState, audience: Audience): CampState {
  const hideCounts = countsHiddenFor(state, audience);
  const hideHosts = hostNamesHiddenFor(state, audience);
  return {
    ...state,
    ballots: ballotsFor(state.ballots, audience),
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

/**
 * Whether an event can change what later events project to (the settings, whether voting is
 * open). A run of log entries without one projects the same on every state it passes through, so
 * the server may project catch-up entries on the current state; a run with one gets a snapshot.
 * camp:created sets the rules rather than changing them: nothing before it was projected.
 */
export function changesProjectionRules(event: DomainEvent): boolean {
  if (event.type === 'camp:updated') return event.settings !== undefined;
  return event.type === 'phase:changed' && event.phase === 'voting';
}
