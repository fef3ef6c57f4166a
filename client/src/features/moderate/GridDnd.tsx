import {
  type CampState,
  findSession,
  type Placement,
  samePlacement,
  sessionAt,
} from '@campgrid/shared';
import {
  type Announcements,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  type UniqueIdentifier,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { type ReactNode, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cellText } from './conflicts.js';
import { placeSession } from './grid-actions.js';
import type { GridSelection } from './grid-click.js';
import {
  cellRows,
  gridCollisions,
  type KeyboardTarget,
  keyboardCoordinates,
  placementOfDropId,
  sessionOfDragId,
} from './grid-dnd.js';

/** A small move or a short hold starts a drag, so a plain click or tap still picks and places. */
const MOUSE_DISTANCE_PX = 8;
const TOUCH_DELAY_MS = 200;
const TOUCH_TOLERANCE_PX = 8;

interface GridDndProps {
  camp: CampState;
  selection: GridSelection;
  children: ReactNode;
}

/**
 * Drag and drop for the unplaced list and the grid: mouse, touch (the tablet at the front) and
 * keyboard (Space lifts, the arrow keys move from cell to cell, Space drops, Escape cancels), with
 * every step announced to screen readers in the page's language. A drop is the same command a
 * click would send, carrying the placement the moderator saw.
 */
export function GridDnd({ camp, selection, children }: GridDndProps) {
  const { t } = useTranslation();
  const campRef = useRef(camp);
  campRef.current = camp;
  const selectionRef = useRef(selection);
  selectionRef.current = selection;
  const [target] = useState<KeyboardTarget>(() => ({ active: false, cell: null }));
  const [activeId, setActiveId] = useState<UniqueIdentifier | null>(null);

  const keyboardOptions = useMemo(
    () => ({
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
      coordinateGetter: keyboardCoordinates(target, () => cellRows(campRef.current)),
    }),
    [target],
  );
  const sensors = useSensors(
    useSensor(MouseSensor, MOUSE_OPTIONS),
    useSensor(TouchSensor, TOUCH_OPTIONS),
    useSensor(KeyboardSensor, keyboardOptions),
  );
  const collisionDetection = useMemo(() => gridCollisions(target), [target]);

  const titleOf = (id: UniqueIdentifier) => {
    const sessionId = sessionOfDragId(id);
    return sessionId === null ? '' : (findSession(campRef.current, sessionId)?.title ?? '');
  };
  const cellOf = (id: UniqueIdentifier | undefined) => {
    const placement = id === undefined ? null : placementOfDropId(id);
    if (placement === null) return null;
    const occupant = sessionAt(campRef.current, placement);
    const where = cellText(campRef.current, placement);
    return occupant ? t('dnd.occupiedCell', { cell: where, title: occupant.title }) : where;
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dnd.pickedUp', { title: titleOf(active.id) }),
    onDragOver: ({ active, over }) => {
      const cell = cellOf(over?.id);
      return cell === null
        ? t('dnd.notOver', { title: titleOf(active.id) })
        : t('dnd.over', { title: titleOf(active.id), cell });
    },
    onDragEnd: ({ active, over }) => {
      const cell = cellOf(over?.id);
      return cell === null
        ? t('dnd.droppedNowhere', { title: titleOf(active.id) })
        : t('dnd.dropped', { title: titleOf(active.id), cell });
    },
    onDragCancel: ({ active }) => t('dnd.cancelled', { title: titleOf(active.id) }),
  };

  function start(event: DragStartEvent) {
    const sessionId = sessionOfDragId(event.active.id);
    const session = sessionId === null ? undefined : findSession(campRef.current, sessionId);
    target.active = event.activatorEvent instanceof KeyboardEvent;
    target.cell = session?.placement ?? null;
    setActiveId(event.active.id);
    // Holding it is what the other moderators see, whether clicked or dragged.
    if (sessionId !== null) selectionRef.current.pick(sessionId);
  }

  function finish() {
    target.active = false;
    target.cell = null;
    setActiveId(null);
  }

  function end(event: DragEndEvent) {
    finish();
    const sessionId = sessionOfDragId(event.active.id);
    const placement: Placement | null = event.over ? placementOfDropId(event.over.id) : null;
    if (sessionId === null || placement === null) {
      selectionRef.current.pick(null);
      return;
    }
    const current = findSession(campRef.current, sessionId);
    if (current !== undefined && samePlacement(current.placement, placement)) {
      selectionRef.current.pick(null);
      return;
    }
    // A refused drop keeps the session held, as a refused click does, so the next try is one step.
    if (placeSession(campRef.current, sessionId, placement).ok) selectionRef.current.pick(null);
  }

  function cancel() {
    finish();
    selectionRef.current.pick(null);
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('dnd.instructions') },
      }}
      onDragStart={start}
      onDragEnd={end}
      onDragCancel={cancel}
    >
      {children}
      <DragOverlay dropAnimation={null}>
        {activeId === null ? null : <div className="drag-chip">{titleOf(activeId)}</div>}
      </DragOverlay>
    </DndContext>
  );
}

const MOUSE_OPTIONS = { activationConstraint: { distance: MOUSE_DISTANCE_PX } };
const TOUCH_OPTIONS = {
  activationConstraint: { delay: TOUCH_DELAY_MS, tolerance: TOUCH_TOLERANCE_PX },
};
