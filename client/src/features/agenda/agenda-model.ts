import { type CampState, findSession, type Session } from '@campgrid/shared';
import type { SeenSession } from '../../store/index.js';
import { type PlacedSession, placedSession } from '../schedule/schedule-model.js';

export function seenOf(session: Session): SeenSession {
  return {
    slotId: session.placement?.slotId ?? null,
    roomId: session.placement?.roomId ?? null,
    cancelled: session.cancellation !== null,
  };
}

/** Two or more starred sessions in the same slot: one person cannot be in both rooms. */
export interface Clash {
  slotId: string;
  sessions: PlacedSession[];
}

export function clashes(camp: CampState, starred: readonly string[]): Clash[] {
  const bySlot = new Map<string, PlacedSession[]>();
  for (const id of starred) {
    const session = findSession(camp, id);
    const placed = session && session.cancellation === null ? placedSession(camp, session) : null;
    if (!placed) continue;
    bySlot.set(placed.slot.id, [...(bySlot.get(placed.slot.id) ?? []), placed]);
  }
  return [...bySlot.entries()]
    .filter(([, sessions]) => sessions.length > 1)
    .map(([slotId, sessions]) => ({ slotId, sessions }));
}

export type AgendaChangeKind = 'moved' | 'roomChanged' | 'cancelled' | 'unplaced' | 'withdrawn';

export interface AgendaChange {
  sessionId: string;
  kind: AgendaChangeKind;
  /** The session as it is now; null when it was withdrawn. */
  session: Session | null;
}

/**
 * What happened to starred sessions since this browser last showed them. A moved session that
 * also changed rooms is "moved": the new time matters more.
 */
export function agendaChanges(
  camp: CampState,
  starred: readonly string[],
  seen: Readonly<Record<string, SeenSession>>,
): AgendaChange[] {
  const changes: AgendaChange[] = [];
  for (const sessionId of starred) {
    const before = seen[sessionId];
    if (!before) continue;
    const session = findSession(camp, sessionId) ?? null;
    const kind = changeKind(before, session);
    if (kind !== null) changes.push({ sessionId, kind, session });
  }
  return changes;
}

function changeKind(before: SeenSession, session: Session | null): AgendaChangeKind | null {
  if (session === null) return 'withdrawn';
  const now = seenOf(session);
  if (now.cancelled && !before.cancelled) return 'cancelled';
  if (now.slotId === null && before.slotId !== null) return 'unplaced';
  if (before.slotId !== null && now.slotId !== before.slotId) return 'moved';
  if (before.roomId !== null && now.roomId !== before.roomId) return 'roomChanged';
  return null;
}

/** The seen map after the user has looked: every starred session as it is now. */
export function seenNow(camp: CampState, starred: readonly string[]): Record<string, SeenSession> {
  const seen: Record<string, SeenSession> = {};
  for (const id of starred) {
    const session = findSession(camp, id);
    if (session) seen[id] = seenOf(session);
  }
  return seen;
}
