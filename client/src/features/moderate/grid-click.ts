import { type CampState, findSession, type Placement, sessionAt } from '@campgrid/shared';
import { type SendResult, sendCommand } from '../../net/index.js';

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
  let result: SendResult;
  if (occupant !== undefined && held.placement !== null) {
    result = sendCommand('session:swap', { sessionId: held.id, otherSessionId: occupant.id });
  } else {
    // Onto an occupied cell from the list this is refused (CELL_OCCUPIED), and the alert says why.
    result = sendCommand('session:place', {
      sessionId: held.id,
      placement,
      expected: held.placement,
    });
  }
  if (result.ok) selection.pick(null);
}

export function unplacePicked(camp: CampState, selection: GridSelection): void {
  const held =
    selection.pickedSessionId === null ? undefined : findSession(camp, selection.pickedSessionId);
  if (held === undefined) return;
  const result = sendCommand('session:unplace', { sessionId: held.id, expected: held.placement });
  if (result.ok) selection.pick(null);
}
