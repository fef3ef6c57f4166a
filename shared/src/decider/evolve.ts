import {
  ballotEntries,
  ballotIn,
  ballotsFrom,
  type CampState,
  campStateFromSetup,
  type Host,
  minutesOf,
  type Session,
  timeOf,
  withBallot as withBallotIn,
  withoutBallot,
} from '../domain/index.js';
import type { DomainEvent, LogEntry } from '../protocol/events.js';
import { assertNever } from '../util/assert-never.js';

function updateSession(
  state: CampState,
  sessionId: string,
  change: (session: Session) => Session,
): CampState {
  return {
    ...state,
    sessions: state.sessions.map((session) =>
      session.id === sessionId ? change(session) : session,
    ),
  };
}

/** Keeps each host's link to a participant across edits, matching by name. */
function relinkHosts(previous: readonly Host[], names: readonly string[]): Host[] {
  return names.map((name) => ({
    name,
    participantId: previous.find((host) => host.name === name)?.participantId ?? null,
  }));
}

function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

function withBallot(state: CampState, participantId: string, sessionIds: string[]): CampState {
  return { ...state, ballots: withBallotIn(state.ballots, participantId, sessionIds) };
}

/** Applies one event. Pure, and total: an event that no longer fits the state changes nothing. */
export function evolve(state: CampState, event: DomainEvent): CampState {
  switch (event.type) {
    case 'camp:created':
      return campStateFromSetup(event.setup);
    case 'camp:updated': {
      const { type: _type, ...changes } = event;
      return {
        ...state,
        ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)),
      };
    }
    case 'room:added':
      return { ...state, rooms: [...state.rooms, event.room] };
    case 'room:updated':
      return {
        ...state,
        rooms: state.rooms.map((room) => (room.id === event.room.id ? event.room : room)),
      };
    case 'room:removed':
      return { ...state, rooms: state.rooms.filter((room) => room.id !== event.roomId) };
    case 'slot:added':
      return { ...state, slots: [...state.slots, event.slot] };
    case 'slot:updated':
      return {
        ...state,
        slots: state.slots.map((slot) => (slot.id === event.slot.id ? event.slot : slot)),
      };
    case 'slot:removed':
      return { ...state, slots: state.slots.filter((slot) => slot.id !== event.slotId) };
    case 'session:pitched':
      return { ...state, sessions: [...state.sessions, event.session] };
    case 'session:updated':
      return updateSession(state, event.sessionId, (session) => {
        const { hosts, ...rest } = event.changes;
        const defined = Object.fromEntries(
          Object.entries(rest).filter(([, value]) => value !== undefined),
        );
        return {
          ...session,
          ...defined,
          ...(hosts === undefined ? {} : { hosts: relinkHosts(session.hosts, hosts) }),
        };
      });
    case 'session:withdrawn':
      return {
        ...state,
        queue: state.queue.filter((id) => id !== event.sessionId),
        spotlight: state.spotlight === event.sessionId ? null : state.spotlight,
        sessions: state.sessions.filter((session) => session.id !== event.sessionId),
        ballots: ballotsFrom(
          ballotEntries(state.ballots).map(([participantId, sessionIds]) => [
            participantId,
            sessionIds.filter((id) => id !== event.sessionId),
          ]),
        ),
      };
    case 'vote:cast': {
      const counted = updateSession(state, event.sessionId, (session) => ({
        ...session,
        voteCount: session.voteCount + 1,
      }));
      if (event.participantId === undefined) return counted;
      const ballot = ballotIn(counted.ballots, event.participantId);
      return withBallot(counted, event.participantId, [...ballot, event.sessionId]);
    }
    case 'vote:retracted': {
      const counted = updateSession(state, event.sessionId, (session) => ({
        ...session,
        voteCount: Math.max(0, session.voteCount - 1),
      }));
      if (event.participantId === undefined) return counted;
      const ballot = ballotIn(counted.ballots, event.participantId);
      return withBallot(
        counted,
        event.participantId,
        ballot.filter((id) => id !== event.sessionId),
      );
    }
    case 'session:placed':
      return updateSession(state, event.sessionId, (session) => ({
        ...session,
        placement: event.placement,
      }));
    case 'session:unplaced':
      return updateSession(state, event.sessionId, (session) => ({ ...session, placement: null }));
    case 'sessions:swapped': {
      const first = updateSession(state, event.first.sessionId, (session) => ({
        ...session,
        placement: event.first.placement,
      }));
      return updateSession(first, event.second.sessionId, (session) => ({
        ...session,
        placement: event.second.placement,
      }));
    }
    case 'phase:changed':
      return { ...state, phases: { ...state.phases, [event.phase]: event.open } };
    case 'votes:revealed':
      return {
        ...state,
        sessions: state.sessions.map((session) => ({
          ...session,
          voteCount: event.counts[session.id] ?? session.voteCount,
        })),
      };
    case 'session:configured': {
      const { type: _type, sessionId, ...changes } = event;
      return updateSession(state, sessionId, (session) => ({
        ...session,
        ...definedOnly(changes),
      }));
    }
    case 'session:cancelled':
      return updateSession(state, event.sessionId, (session) => ({
        ...session,
        cancellation: { reason: event.reason },
      }));
    case 'session:restored':
      return updateSession(state, event.sessionId, (session) => ({
        ...session,
        cancellation: null,
      }));
    case 'hands:counted':
      return updateSession(state, event.sessionId, (session) => ({
        ...session,
        handCount: event.count,
      }));
    case 'wish:posted':
      return { ...state, sessions: [...state.sessions, event.session] };
    case 'wish:adopted':
      return updateSession(state, event.sessionId, (session) => ({
        ...session,
        kind: 'pitch',
        hosts: event.host ? [event.host] : [],
      }));
    case 'vote:recorded':
      return state;
    case 'queue:joined':
      return { ...state, queue: [...state.queue, event.sessionId] };
    case 'queue:left':
      return { ...state, queue: state.queue.filter((id) => id !== event.sessionId) };
    case 'queue:reordered':
      return { ...state, queue: event.sessionIds };
    case 'spotlight:changed':
      return {
        ...state,
        spotlight: event.sessionId,
        queue: state.queue.filter((id) => id !== event.sessionId),
      };
    case 'plan:applied': {
      const planned = new Map(event.placements.map((entry) => [entry.sessionId, entry.placement]));
      return {
        ...state,
        sessions: state.sessions.map((session) => {
          const placement = planned.get(session.id);
          return placement === undefined ? session : { ...session, placement };
        }),
      };
    }
    case 'slots:shifted': {
      const moving = new Set(event.slotIds);
      return {
        ...state,
        slots: state.slots.map((slot) =>
          moving.has(slot.id)
            ? {
                ...slot,
                start: timeOf(minutesOf(slot.start) + event.minutes),
                end: timeOf(minutesOf(slot.end) + event.minutes),
              }
            : slot,
        ),
      };
    }
    case 'room:full-marked':
      return {
        ...state,
        rooms: state.rooms.map((room) =>
          room.id === event.roomId ? { ...room, full: event.full } : room,
        ),
      };
    case 'schedule:published':
      return { ...state, published: true };
    case 'participant:left': {
      return {
        ...state,
        ballots: withoutBallot(state.ballots, event.participantId),
        sessions: state.sessions.map((session) =>
          session.hosts.some((host) => host.participantId === event.participantId)
            ? {
                ...session,
                hosts: session.hosts.filter((host) => host.participantId !== event.participantId),
              }
            : session,
        ),
      };
    }
    default:
      return assertNever(event, 'event');
  }
}

export function evolveAll(state: CampState, events: readonly DomainEvent[]): CampState {
  return events.reduce(evolve, state);
}

/** Applies one log entry: its events, then its version. */
export function applyEntry(state: CampState, entry: LogEntry): CampState {
  return { ...evolveAll(state, entry.events), version: entry.version };
}
