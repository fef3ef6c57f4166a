import {
  type CampState,
  findSession,
  type Placement,
  PlannerInputError,
  type PlanSuggestion,
  plannerInputFrom,
  planPlacementsFor,
  suggestPlan,
} from '@campgrid/shared';

export interface Suggested {
  /** The camp the plan was made on; accepting sends its version as `basedOnVersion`. */
  base: CampState;
  suggestion: PlanSuggestion;
  /** Only the sessions whose cell the plan changes. */
  changes: { sessionId: string; placement: Placement | null }[];
}

/** Runs the planner on the camp as shown; null when the grid cannot be planned at all. */
export function suggestFor(camp: CampState, replaceUnpinned: boolean): Suggested | null {
  try {
    const suggestion = suggestPlan(plannerInputFrom(camp, { replaceUnpinned }));
    return { base: camp, suggestion, changes: planPlacementsFor(camp, suggestion) };
  } catch (error) {
    if (error instanceof PlannerInputError) return null;
    throw error;
  }
}

export function leftOutTitles(suggested: Suggested): string[] {
  return suggested.suggestion.leftOut.map(
    (sessionId) => findSession(suggested.base, sessionId)?.title ?? sessionId,
  );
}
