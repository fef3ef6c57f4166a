import { ballotEntries, type CampState, type Session } from '../domain/index.js';
import type { PlannerInput, PlannerOptions, PlanSuggestion } from './types.js';

/** Votes, or a counted show of hands where the room showed hands instead: whichever is larger. */
export function interestOf(session: Session): number {
  return Math.max(session.voteCount, session.handCount ?? 0);
}

function isPlannable(session: Session): boolean {
  return session.kind === 'pitch' && session.cancellation === null;
}

/**
 * The camp as the planner and the conflict detector see it. Cancelled sessions and wishes without a
 * host are not planned; where one still holds a cell, it goes in as a pinned placeholder without
 * interest, hosts or votes, because the grid (and so plan:apply) counts that cell as taken. A host
 * is keyed by participant where linked, else by name.
 */
export function plannerInputFrom(state: CampState, options: PlannerOptions): PlannerInput {
  const plannable = state.sessions.filter(isPlannable);
  const plannableIds = new Set(plannable.map((session) => session.id));
  const cellHolders = state.sessions.filter(
    (session) => !isPlannable(session) && session.placement !== null,
  );
  return {
    rooms: state.rooms.map((room) => ({
      id: room.id,
      capacity: room.capacity,
      features: room.features,
    })),
    slots: state.slots
      .filter((slot) => slot.kind === 'session')
      .map((slot) => ({ id: slot.id, day: slot.day, start: slot.start, end: slot.end })),
    sessions: [
      ...plannable.map((session) => ({
        id: session.id,
        interest: interestOf(session),
        hosts: session.hosts.map((host) =>
          host.participantId === null
            ? `name:${host.name.toLowerCase()}`
            : `p:${host.participantId}`,
        ),
        needs: session.needs,
        allowedSlotIds: session.allowedSlotIds,
        placement: session.placement,
        pinned: session.pinned,
      })),
      ...cellHolders.map((session) => ({
        id: session.id,
        interest: 0,
        hosts: [],
        needs: [],
        allowedSlotIds: null,
        placement: session.placement,
        pinned: true,
      })),
    ],
    // Votes for sessions that will not run must not count as clashes.
    ballots: Object.fromEntries(
      ballotEntries(state.ballots).map(([participantId, sessionIds]) => [
        participantId,
        sessionIds.filter((sessionId) => plannableIds.has(sessionId)),
      ]),
    ),
    options,
  };
}

/** The placements a plan:apply command carries: every session whose cell the plan changes. */
export function planPlacementsFor(
  state: CampState,
  suggestion: PlanSuggestion,
): { sessionId: string; placement: { roomId: string; slotId: string } | null }[] {
  return state.sessions
    .filter(isPlannable)
    .map((session) => ({
      sessionId: session.id,
      placement: suggestion.placements[session.id] ?? null,
    }))
    .filter(({ sessionId, placement }) => {
      const current = state.sessions.find((session) => session.id === sessionId)?.placement ?? null;
      return current?.roomId !== placement?.roomId || current?.slotId !== placement?.slotId;
    });
}
