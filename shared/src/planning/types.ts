/**
 * The planner's own view of a camp. It is deliberately independent of CampState so that the planner
 * and the conflict detector can be tested on their own and fed by an adapter as the domain grows
 * (room features, session needs, pins, host availability).
 */

/** One cell of the grid. */
export interface PlannerPlacement {
  readonly roomId: string;
  readonly slotId: string;
}

export interface PlannerRoom {
  readonly id: string;
  readonly capacity: number;
  /** What the room offers, e.g. "projector", "step-free"; matched against session needs. */
  readonly features: readonly string[];
}

/** Only bookable session slots are passed in; breaks and plenaries are not cells. */
export interface PlannerSlot {
  readonly id: string;
  readonly day: string;
  readonly start: string;
  readonly end: string;
}

export interface PlannerSession {
  readonly id: string;
  /** Votes, or a counted show of hands: decides room size and who is left out when cells run short. */
  readonly interest: number;
  /** Host keys; two sessions sharing a key must not run at the same time. */
  readonly hosts: readonly string[];
  readonly needs: readonly string[];
  /** From a time pin or the hosts' availability; null means any slot. */
  readonly allowedSlotIds: readonly string[] | null;
  readonly placement: PlannerPlacement | null;
  /** A pinned session keeps its current placement; without a placement there is nothing to keep. */
  readonly pinned: boolean;
}

export interface PlannerOptions {
  /** false: only place the unplaced sessions around the existing placements; true: re-place every unpinned one. */
  readonly replaceUnpinned: boolean;
}

export interface PlannerInput {
  readonly rooms: readonly PlannerRoom[];
  /** In time order, although the planner orders them itself. */
  readonly slots: readonly PlannerSlot[];
  readonly sessions: readonly PlannerSession[];
  /** Participant id -> the sessions they would attend. */
  readonly ballots: Readonly<Record<string, readonly string[]>>;
  readonly options: PlannerOptions;
}

/** Session id -> cell; a session without an entry is not placed. */
export type PlanPlacements = Record<string, PlannerPlacement>;

export interface PlanScore {
  /** Attendee clashes: pairs of sessions one participant voted for, placed in the same slot. */
  readonly clashes: number;
  /** How many conflicts findConflicts reports. */
  readonly warnings: number;
}

export interface PlanSuggestion {
  /** Every session placed by the plan, including the pinned and kept ones. */
  readonly placements: PlanPlacements;
  /** Sessions that did not fit, most interest first. */
  readonly leftOut: string[];
  readonly score: { readonly before: PlanScore; readonly after: PlanScore };
}
