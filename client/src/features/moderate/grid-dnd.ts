import { type CampState, orderedSlots, type Placement } from '@campgrid/shared';
import type { CollisionDetection, KeyboardCoordinateGetter, UniqueIdentifier } from '@dnd-kit/core';
import { pointerWithin, rectIntersection } from '@dnd-kit/core';

/*
 * Ids in dnd-kit's namespace. Domain ids hold only letters, digits, "-" and "_" (IdSchema), so ":"
 * separates the parts unambiguously.
 */

export function sessionDragId(sessionId: string): string {
  return `session:${sessionId}`;
}

export function cellDropId(placement: Placement): string {
  return `cell:${placement.roomId}:${placement.slotId}`;
}

export function sessionOfDragId(id: UniqueIdentifier): string | null {
  const [kind, sessionId, ...rest] = String(id).split(':');
  return kind === 'session' && sessionId !== undefined && rest.length === 0 ? sessionId : null;
}

export function placementOfDropId(id: UniqueIdentifier): Placement | null {
  const [kind, roomId, slotId, ...rest] = String(id).split(':');
  if (kind !== 'cell' || roomId === undefined || slotId === undefined || rest.length > 0) {
    return null;
  }
  return { roomId, slotId };
}

/** The bookable cells as the moderator sees them: a row per session slot in time order, a column per room. */
export function cellRows(camp: CampState): Placement[][] {
  return orderedSlots(camp)
    .filter((slot) => slot.kind === 'session')
    .map((slot) => camp.rooms.map((room) => ({ roomId: room.id, slotId: slot.id })));
}

export type GridDirection = 'up' | 'down' | 'left' | 'right';

const DIRECTIONS: Record<string, GridDirection> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

export function directionOf(code: string): GridDirection | null {
  return Object.hasOwn(DIRECTIONS, code) ? (DIRECTIONS[code] ?? null) : null;
}

/**
 * The cell an arrow key leads to. From nowhere (a pitch just lifted from the list) any arrow goes
 * to the first cell; at the grid's edge the target stays where it is.
 */
export function neighbourCell(
  rows: Placement[][],
  from: Placement | null,
  direction: GridDirection,
): Placement | null {
  const first = rows[0]?.[0] ?? null;
  if (from === null) return first;
  const row = rows.findIndex((cells) => cells.some((cell) => cell.slotId === from.slotId));
  const column = rows[row]?.findIndex((cell) => cell.roomId === from.roomId) ?? -1;
  if (row < 0 || column < 0) return first;
  const [nextRow, nextColumn] =
    direction === 'up'
      ? [row - 1, column]
      : direction === 'down'
        ? [row + 1, column]
        : direction === 'left'
          ? [row, column - 1]
          : [row, column + 1];
  return rows[nextRow]?.[nextColumn] ?? from;
}

/**
 * Keyboard dragging moves between cells, not pixels: the target cell is kept here, the arrow keys
 * change it, and collision detection reports it. The same works where nothing has a size (tests).
 */
export interface KeyboardTarget {
  active: boolean;
  cell: Placement | null;
}

export function keyboardCoordinates(
  target: KeyboardTarget,
  rows: () => Placement[][],
): KeyboardCoordinateGetter {
  return (event, { context, currentCoordinates }) => {
    const direction = directionOf(event.code);
    if (direction === null) return undefined;
    event.preventDefault();
    target.cell = neighbourCell(rows(), target.cell, direction);
    const rect =
      target.cell === null ? undefined : context.droppableRects.get(cellDropId(target.cell));
    // A new object even when nothing moves on screen: the move is what makes dnd-kit look again.
    return rect ? { x: rect.left, y: rect.top } : { ...currentCoordinates };
  };
}

export function gridCollisions(target: KeyboardTarget): CollisionDetection {
  return (args) => {
    if (target.active) {
      const id = target.cell === null ? null : cellDropId(target.cell);
      return id !== null && args.droppableContainers.some((container) => container.id === id)
        ? [{ id }]
        : [];
    }
    const within = pointerWithin(args);
    return within.length > 0 ? within : rectIntersection(args);
  };
}
