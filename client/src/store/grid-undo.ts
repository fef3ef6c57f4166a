import type { Placement } from '@campgrid/shared';

/** Where one session was before and after one of the moderator's own grid actions. */
export interface SessionMove {
  sessionId: string;
  from: Placement | null;
  to: Placement | null;
}

/**
 * One grid action this moderator made, remembered as the moves it caused. Undo sends the inverse
 * as new commands that expect the moves' end state, so an undo never silently overwrites what
 * someone else changed since: the rules refuse it as a CONFLICT instead.
 */
export interface GridAction {
  kind: 'place' | 'unplace' | 'swap' | 'plan';
  moves: SessionMove[];
}

/** How many of one's own actions can be undone; older ones fall off. */
export const GRID_UNDO_DEPTH = 50;

export interface GridUndo {
  done: GridAction[];
  undone: GridAction[];
}

export const EMPTY_GRID_UNDO: GridUndo = { done: [], undone: [] };
