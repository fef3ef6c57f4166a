import {
  type CampState,
  errorReply,
  findSession,
  type Placement,
  samePlacement,
  sessionAt,
} from '@campgrid/shared';
import { type SendResult, sendCommand } from '../../net/index.js';
import { type GridAction, type SessionMove, useCampStore } from '../../store/index.js';

/**
 * The moderator's grid changes. Each one that the local rules take is remembered for undo; undo and
 * redo send new commands (never a rewrite of the log) that expect the grid as the action left it.
 */

function remember(result: SendResult, action: GridAction): SendResult {
  if (result.ok) useCampStore.getState().recordGridAction(action);
  return result;
}

/**
 * Puts a session into a cell: a move that expects the placement the moderator saw, or, onto a cell
 * another placed session holds, a swap. A pitch dropped onto an occupied cell is refused
 * (CELL_OCCUPIED) by the rules, and the alert says why.
 */
export function placeSession(camp: CampState, sessionId: string, placement: Placement): SendResult {
  const held = findSession(camp, sessionId);
  if (held === undefined) return refuseLocally('NOT_FOUND');
  const occupant = sessionAt(camp, placement);
  if (occupant !== undefined && occupant.id !== held.id && held.placement !== null) {
    const result = sendCommand('session:swap', { sessionId: held.id, otherSessionId: occupant.id });
    return remember(result, {
      kind: 'swap',
      moves: [
        { sessionId: held.id, from: held.placement, to: placement },
        { sessionId: occupant.id, from: placement, to: held.placement },
      ],
    });
  }
  const result = sendCommand('session:place', {
    sessionId: held.id,
    placement,
    expected: held.placement,
  });
  return remember(result, {
    kind: 'place',
    moves: [{ sessionId: held.id, from: held.placement, to: placement }],
  });
}

export function unplaceSession(camp: CampState, sessionId: string): SendResult {
  const held = findSession(camp, sessionId);
  if (held === undefined) return refuseLocally('NOT_FOUND');
  const result = sendCommand('session:unplace', { sessionId: held.id, expected: held.placement });
  return held.placement === null
    ? result
    : remember(result, {
        kind: 'unplace',
        moves: [{ sessionId: held.id, from: held.placement, to: null }],
      });
}

/** Accepts a planner suggestion made on `basedOnVersion`; a stale one is refused as a CONFLICT. */
export function applyPlan(
  camp: CampState,
  basedOnVersion: number,
  placements: { sessionId: string; placement: Placement | null }[],
): SendResult {
  const moves = placements.map(({ sessionId, placement }) => ({
    sessionId,
    from: findSession(camp, sessionId)?.placement ?? null,
    to: placement,
  }));
  return remember(sendCommand('plan:apply', { basedOnVersion, placements }), {
    kind: 'plan',
    moves,
  });
}

function invert(move: SessionMove): SessionMove {
  return { sessionId: move.sessionId, from: move.to, to: move.from };
}

/** Sends moves that each expect their session at `from`; refuses locally when one has moved. */
function sendMoves(camp: CampState, kind: GridAction['kind'], moves: SessionMove[]): SendResult {
  const [first] = moves;
  if (first === undefined) return refuseLocally('CONFLICT');
  const moved = moves.some(
    (move) => !samePlacement(findSession(camp, move.sessionId)?.placement ?? null, move.from),
  );
  if (moved) return refuseLocally('CONFLICT');
  if (kind === 'plan') {
    return sendCommand('plan:apply', {
      basedOnVersion: camp.version,
      placements: moves.map((move) => ({ sessionId: move.sessionId, placement: move.to })),
    });
  }
  if (kind === 'swap') {
    const [, second] = moves;
    if (second === undefined) return refuseLocally('CONFLICT');
    return sendCommand('session:swap', {
      sessionId: first.sessionId,
      otherSessionId: second.sessionId,
    });
  }
  return first.to === null
    ? sendCommand('session:unplace', { sessionId: first.sessionId, expected: first.from })
    : sendCommand('session:place', {
        sessionId: first.sessionId,
        placement: first.to,
        expected: first.from,
      });
}

/** Takes back this moderator's last grid action, if the grid still shows what it left. */
export function undoGridAction(camp: CampState): SendResult | null {
  const store = useCampStore.getState();
  const { done, undone } = store.ui.gridUndo;
  const last = done.at(-1);
  if (last === undefined) return null;
  const result = sendMoves(camp, last.kind, last.moves.map(invert).reverse());
  // A refused undo is dropped: what it would take back is no longer there.
  store.setGridUndo({ done: done.slice(0, -1), undone: result.ok ? [...undone, last] : undone });
  return result;
}

export function redoGridAction(camp: CampState): SendResult | null {
  const store = useCampStore.getState();
  const { done, undone } = store.ui.gridUndo;
  const last = undone.at(-1);
  if (last === undefined) return null;
  const result = sendMoves(camp, last.kind, last.moves);
  store.setGridUndo({ done: result.ok ? [...done, last] : done, undone: undone.slice(0, -1) });
  return result;
}

function refuseLocally(code: 'CONFLICT' | 'NOT_FOUND'): SendResult {
  useCampStore.getState().notify('refused', code);
  return errorReply(code, 'The grid has changed since.');
}
