import {
  ballotIn,
  type CampState,
  type Placement,
  type Room,
  type Session,
  type Slot,
} from '../domain/index.js';

export function findSession(state: CampState, sessionId: string): Session | undefined {
  return state.sessions.find((session) => session.id === sessionId);
}

export function findRoom(state: CampState, roomId: string): Room | undefined {
  return state.rooms.find((room) => room.id === roomId);
}

export function findSlot(state: CampState, slotId: string): Slot | undefined {
  return state.slots.find((slot) => slot.id === slotId);
}

export function samePlacement(a: Placement | null, b: Placement | null): boolean {
  if (a === null || b === null) return a === b;
  return a.roomId === b.roomId && a.slotId === b.slotId;
}

export function sessionAt(state: CampState, placement: Placement): Session | undefined {
  return state.sessions.find((session) => samePlacement(session.placement, placement));
}

export function ballotOf(state: CampState, participantId: string): readonly string[] {
  return ballotIn(state.ballots, participantId);
}

/** A participant may change a session they host; a moderator may change any. */
export function isHostOf(session: Session, participantId: string): boolean {
  return session.hosts.some((host) => host.participantId === participantId);
}

/** Slots in day and time order; the grid's rows. */
export function orderedSlots(state: CampState): Slot[] {
  return [...state.slots].sort((a, b) =>
    a.day === b.day ? a.start.localeCompare(b.start) : a.day.localeCompare(b.day),
  );
}

/** Unplaced sessions, most interest first: the moderator's queue. */
export function unplacedByVotes(state: CampState): Session[] {
  return state.sessions
    .filter((session) => session.placement === null)
    .sort((a, b) => b.voteCount - a.voteCount || a.title.localeCompare(b.title));
}
