import { type CampState, findSession, type Placement, sessionAt } from '@campgrid/shared';
import { placeSession, unplaceSession } from './grid-actions.js';

export interface GridSelection {
  pickedSessionId: string | null;
  pick(sessionId: string | null): void;
}

/**
 * Click to pick, click to place: a click on a cell picks what lies there, or, while a session is
 * held, places it there (moves it, or swaps it with a placed one it lands on).
 */
export function clickCell(camp: CampState, placement: Placement, selection: GridSelection): void {
  const occupant = sessionAt(camp, placement);
  const held =
    selection.pickedSessionId === null ? undefined : findSession(camp, selection.pickedSessionId);
  if (held === undefined) {
    selection.pick(occupant?.id ?? null);
    return;
  }
  if (occupant?.id === held.id) {
    selection.pick(null);
    return;
  }
  if (placeSession(camp, held.id, placement).ok) selection.pick(null);
}

export function unplacePicked(camp: CampState, selection: GridSelection): void {
  const held =
    selection.pickedSessionId === null ? undefined : findSession(camp, selection.pickedSessionId);
  if (held === undefined) return;
  if (unplaceSession(camp, held.id).ok) selection.pick(null);
}
