/** The planner's public face: conflict detection, plan suggestion, the baseline and the benchmark case. */
export { type BaselinePlan, greedyBaseline } from './baseline.js';
export { BENCH_CASE_SIZE, makeBenchCase } from './bench-case.js';
export {
  countAttendeeClashes,
  findConflicts,
  GRID_CONFLICT_KINDS,
  type GridConflict,
  type GridConflictKind,
  SHARED_VOTERS_RULE,
  type SharedVotersRule,
  sharedVotersThreshold,
} from './conflicts.js';
export * from './from-camp.js';
export {
  checkPlannerInput,
  PLANNER_INPUT_ISSUE_CODES,
  PlannerInputError,
  type PlannerInputIssue,
  type PlannerInputIssueCode,
} from './input-check.js';
export { currentPlacements, withPlacements } from './placements.js';
export { suggestPlan } from './planner.js';
export type {
  PlannerInput,
  PlannerOptions,
  PlannerPlacement,
  PlannerRoom,
  PlannerSession,
  PlannerSlot,
  PlanPlacements,
  PlanScore,
  PlanSuggestion,
} from './types.js';
