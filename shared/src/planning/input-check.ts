import { keepsPlacement } from './canonical.js';
import type { PlannerInput } from './types.js';

export const PLANNER_INPUT_ISSUE_CODES = [
  'duplicate-id',
  'invalid-number',
  'unknown-room',
  'unknown-slot',
  'cell-taken-twice',
] as const;
export type PlannerInputIssueCode = (typeof PLANNER_INPUT_ISSUE_CODES)[number];

export interface PlannerInputIssue {
  readonly code: PlannerInputIssueCode;
  /** The room, slot or session the issue is about. */
  readonly id: string;
  readonly message: string;
}

/** Thrown by the planner and the baseline for input that no plan can be built on. */
export class PlannerInputError extends Error {
  override readonly name = 'PlannerInputError';
  readonly issues: readonly PlannerInputIssue[];

  constructor(issues: readonly PlannerInputIssue[]) {
    super(`The planner cannot use this input: ${issues.map((issue) => issue.message).join('; ')}`);
    this.issues = issues;
  }
}

/**
 * Problems that make planning meaningless. Votes for unknown sessions and allowed slots that are not
 * bookable are not issues: they simply do not matter to the plan.
 */
export function checkPlannerInput(input: PlannerInput): PlannerInputIssue[] {
  const issues: PlannerInputIssue[] = [];
  const duplicates = (kind: string, ids: readonly string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) {
        issues.push({ code: 'duplicate-id', id, message: `${kind} ${id} appears twice` });
      }
      seen.add(id);
    }
  };
  duplicates(
    'room',
    input.rooms.map((room) => room.id),
  );
  duplicates(
    'slot',
    input.slots.map((slot) => slot.id),
  );
  duplicates(
    'session',
    input.sessions.map((session) => session.id),
  );

  for (const room of input.rooms) {
    if (!isCount(room.capacity)) {
      issues.push({
        code: 'invalid-number',
        id: room.id,
        message: `room ${room.id} has capacity ${room.capacity}, not a number of people`,
      });
    }
  }
  for (const session of input.sessions) {
    if (!isCount(session.interest)) {
      issues.push({
        code: 'invalid-number',
        id: session.id,
        message: `session ${session.id} has interest ${session.interest}, not a number of people`,
      });
    }
  }

  const roomIds = new Set(input.rooms.map((room) => room.id));
  const slotIds = new Set(input.slots.map((slot) => slot.id));
  const keptCells = new Map<string, string>();
  for (const session of input.sessions) {
    const { placement } = session;
    if (placement === null || !keepsPlacement(session, input)) continue;
    if (!roomIds.has(placement.roomId)) {
      issues.push({
        code: 'unknown-room',
        id: session.id,
        message: `session ${session.id} must stay in room ${placement.roomId}, which is not in the grid`,
      });
    }
    if (!slotIds.has(placement.slotId)) {
      issues.push({
        code: 'unknown-slot',
        id: session.id,
        message: `session ${session.id} must stay in slot ${placement.slotId}, which is not in the grid`,
      });
    }
    const cellKey = JSON.stringify([placement.roomId, placement.slotId]);
    const holder = keptCells.get(cellKey);
    if (holder !== undefined) {
      issues.push({
        code: 'cell-taken-twice',
        id: session.id,
        message: `sessions ${holder} and ${session.id} must both stay in room ${placement.roomId}, slot ${placement.slotId}`,
      });
    }
    keptCells.set(cellKey, session.id);
  }
  return issues;
}

function isCount(value: number): boolean {
  return Number.isFinite(value) && value >= 0;
}
