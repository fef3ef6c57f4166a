import { canonicalInput } from './canonical.js';
import { compareIds, ownEntry } from './ids.js';
import type { PlannerInput, PlannerPlacement, PlannerSession, PlanPlacements } from './types.js';

export interface SharedVotersRule {
  readonly minSharedVoters: number;
  /** Of the smaller session's voters, in whole percent so that the comparison stays exact. */
  readonly minPercentOfSmaller: number;
}

/**
 * Two sessions "share many voters" from 3 shared voters or 30% of the smaller session's voters,
 * whichever is more: small sessions should not warn about a single shared voter, big ones about a handful.
 */
export const SHARED_VOTERS_RULE: SharedVotersRule = { minSharedVoters: 3, minPercentOfSmaller: 30 };

export function sharedVotersThreshold(
  votersOfOne: number,
  votersOfOther: number,
  rule: SharedVotersRule = SHARED_VOTERS_RULE,
): number {
  const smaller = Math.min(votersOfOne, votersOfOther);
  return Math.max(rule.minSharedVoters, Math.ceil((rule.minPercentOfSmaller * smaller) / 100));
}

/** In the order a moderator should read them within a slot. */
export const GRID_CONFLICT_KINDS = [
  'host-double-booked',
  'outside-allowed-time',
  'needs-unmet',
  'over-capacity',
  'shared-voters',
] as const;
export type GridConflictKind = (typeof GRID_CONFLICT_KINDS)[number];

interface ConflictSubject {
  /** In id order; cells[i] is where sessionIds[i] sits. */
  readonly sessionIds: readonly string[];
  readonly cells: readonly PlannerPlacement[];
}

export type GridConflict =
  | (ConflictSubject & { readonly kind: 'host-double-booked'; readonly hosts: readonly string[] })
  | (ConflictSubject & {
      readonly kind: 'outside-allowed-time';
      readonly allowedSlotIds: readonly string[];
    })
  | (ConflictSubject & { readonly kind: 'needs-unmet'; readonly missing: readonly string[] })
  | (ConflictSubject & {
      readonly kind: 'over-capacity';
      readonly interest: number;
      readonly capacity: number;
    })
  | (ConflictSubject & {
      readonly kind: 'shared-voters';
      readonly sharedVoters: number;
      readonly threshold: number;
    });

interface PlacedSession {
  readonly session: PlannerSession;
  readonly cell: PlannerPlacement;
}

/**
 * Warnings about the grid as the input has it. They never block: a moderator may knowingly keep a
 * conflict, and the list shows what each cell would cost.
 */
export function findConflicts(
  input: PlannerInput,
  rule: SharedVotersRule = SHARED_VOTERS_RULE,
): GridConflict[] {
  const camp = canonicalInput(input);
  const rooms = new Map(camp.rooms.map((room) => [room.id, room]));
  const placed: PlacedSession[] = camp.sessions.flatMap((session) =>
    session.placement === null ? [] : [{ session, cell: session.placement }],
  );
  const conflicts: GridConflict[] = [];

  for (const { session, cell } of placed) {
    const subject = { sessionIds: [session.id], cells: [cell] };
    if (session.allowedSlotIds !== null && !session.allowedSlotIds.includes(cell.slotId)) {
      conflicts.push({
        ...subject,
        kind: 'outside-allowed-time',
        allowedSlotIds: session.allowedSlotIds,
      });
    }
    const room = rooms.get(cell.roomId);
    if (room === undefined) continue;
    const missing = session.needs.filter((need) => !room.features.includes(need));
    if (missing.length > 0) conflicts.push({ ...subject, kind: 'needs-unmet', missing });
    if (session.interest > room.capacity) {
      conflicts.push({
        ...subject,
        kind: 'over-capacity',
        interest: session.interest,
        capacity: room.capacity,
      });
    }
  }

  const slotOf = new Map(placed.map(({ session, cell }) => [session.id, cell.slotId]));
  const voters = new Map<string, number>();
  const sharedVoters = new Map<string, number>();
  for (const ballot of Object.values(camp.ballots)) {
    const inGrid = ballot.filter((sessionId) => slotOf.has(sessionId));
    for (const [index, sessionId] of inGrid.entries()) {
      voters.set(sessionId, (voters.get(sessionId) ?? 0) + 1);
      for (const otherId of inGrid.slice(index + 1)) {
        if (slotOf.get(sessionId) !== slotOf.get(otherId)) continue;
        const key = pairKey(sessionId, otherId);
        sharedVoters.set(key, (sharedVoters.get(key) ?? 0) + 1);
      }
    }
  }

  for (const group of groupBySlot(placed).values()) {
    for (const [index, first] of group.entries()) {
      for (const second of group.slice(index + 1)) {
        const subject = {
          sessionIds: [first.session.id, second.session.id],
          cells: [first.cell, second.cell],
        };
        const hosts = first.session.hosts.filter((host) => second.session.hosts.includes(host));
        if (hosts.length > 0) conflicts.push({ ...subject, kind: 'host-double-booked', hosts });
        const shared = sharedVoters.get(pairKey(first.session.id, second.session.id)) ?? 0;
        const threshold = sharedVotersThreshold(
          voters.get(first.session.id) ?? 0,
          voters.get(second.session.id) ?? 0,
          rule,
        );
        if (shared > 0 && shared >= threshold) {
          conflicts.push({ ...subject, kind: 'shared-voters', sharedVoters: shared, threshold });
        }
      }
    }
  }

  const slotRank = new Map(camp.slots.map((slot, index) => [slot.id, index]));
  const rankOf = (conflict: GridConflict) =>
    slotRank.get(conflict.cells[0]?.slotId ?? '') ?? Number.POSITIVE_INFINITY;
  return conflicts.sort(
    (a, b) =>
      rankOf(a) - rankOf(b) ||
      compareIds(a.cells[0]?.slotId ?? '', b.cells[0]?.slotId ?? '') ||
      GRID_CONFLICT_KINDS.indexOf(a.kind) - GRID_CONFLICT_KINDS.indexOf(b.kind) ||
      compareIds(a.sessionIds.join(' '), b.sessionIds.join(' ')),
  );
}

/**
 * Attendee clashes: for every participant, every pair of sessions they voted for that sit in the same
 * slot counts once. Three of one participant's sessions in one slot are three clashes.
 */
export function countAttendeeClashes(input: PlannerInput, placements: PlanPlacements): number {
  const sessionIds = new Set(input.sessions.map((session) => session.id));
  let clashes = 0;
  for (const ballot of Object.values(input.ballots)) {
    const perSlot = new Map<string, number>();
    for (const sessionId of new Set(ballot)) {
      if (!sessionIds.has(sessionId)) continue;
      const cell = ownEntry(placements, sessionId);
      if (cell === undefined) continue;
      perSlot.set(cell.slotId, (perSlot.get(cell.slotId) ?? 0) + 1);
    }
    for (const count of perSlot.values()) clashes += (count * (count - 1)) / 2;
  }
  return clashes;
}

function pairKey(a: string, b: string): string {
  return JSON.stringify(compareIds(a, b) <= 0 ? [a, b] : [b, a]);
}

function groupBySlot(placed: readonly PlacedSession[]): Map<string, PlacedSession[]> {
  const groups = new Map<string, PlacedSession[]>();
  for (const entry of placed) {
    const group = groups.get(entry.cell.slotId);
    if (group === undefined) groups.set(entry.cell.slotId, [entry]);
    else group.push(entry);
  }
  return groups;
}
