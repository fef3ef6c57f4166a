import {
  type CampState,
  type GridConflict,
  type Placement,
  type Room,
  type Session,
  type Slot,
  sessionAt,
} from '@campgrid/shared';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, timeRange } from '../../i18n/index.js';
import { selectLanguage, useCampStore } from '../../store/index.js';
import { describeConflict } from './conflicts.js';
import { cellDropId, sessionDragId } from './grid-dnd.js';

export interface GridMarks {
  /** The warnings on each cell, keyed by cellDropId. */
  conflicts: Map<string, GridConflict[]>;
  /** Who else holds a session right now, by session id. */
  heldByOthers: Map<string, string[]>;
}

interface GridTableProps {
  camp: CampState;
  day: string;
  slots: Slot[];
  pickedSessionId: string | null;
  marks: GridMarks;
  onCellClick(placement: Placement): void;
}

/** Room columns never get narrower than this; beyond it the grid scrolls inside its box. */
const ROOM_COLUMN_MIN_REM = 9;
const TIME_COLUMN_REM = 6.5;

/**
 * One day of the grid: a column per room, a row per slot. Every cell of a session slot is a drop
 * target, and every placed session can be dragged (mouse, touch, keyboard) or clicked.
 */
export function GridTable({
  camp,
  day,
  slots,
  pickedSessionId,
  marks,
  onCellClick,
}: GridTableProps) {
  const { t } = useTranslation();
  const language = useCampStore(selectLanguage);
  return (
    <div className="grid-scroll">
      <table
        className="grid"
        style={{ minWidth: `${TIME_COLUMN_REM + camp.rooms.length * ROOM_COLUMN_MIN_REM}rem` }}
      >
        <caption>{formatDay(day, language)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('moderate.time')}</th>
            {camp.rooms.map((room) => (
              <th key={room.id} scope="col">
                {room.name}
                {room.full ? (
                  <span className="room-full"> {t('dayChanges.roomFullBadge')}</span>
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {slots.map((slot) =>
            slot.kind === 'session' ? (
              <tr key={slot.id}>
                <th scope="row">
                  <span className="slot-time">{timeRange(slot)}</span>
                  {slot.label ? <span className="slot-label"> {slot.label}</span> : null}
                </th>
                {camp.rooms.map((room) => (
                  <GridCell
                    key={room.id}
                    camp={camp}
                    room={room}
                    slot={slot}
                    pickedSessionId={pickedSessionId}
                    marks={marks}
                    onClick={onCellClick}
                  />
                ))}
              </tr>
            ) : (
              <tr key={slot.id} className={`grid-${slot.kind}`}>
                <th scope="row">
                  <span className="slot-time">{timeRange(slot)}</span>
                </th>
                <td colSpan={Math.max(camp.rooms.length, 1)}>
                  {slot.label || t(`slotKinds.${slot.kind}`)}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

interface GridCellProps {
  camp: CampState;
  room: Room;
  slot: Slot;
  pickedSessionId: string | null;
  marks: GridMarks;
  onClick(placement: Placement): void;
}

function GridCell({ camp, room, slot, pickedSessionId, marks, onClick }: GridCellProps) {
  const { t } = useTranslation();
  const warningId = useId();
  const placement = { roomId: room.id, slotId: slot.id };
  const dropId = cellDropId(placement);
  const { setNodeRef, isOver } = useDroppable({ id: dropId, data: { placement } });
  const occupant = sessionAt(camp, placement);
  const warnings = marks.conflicts.get(dropId) ?? [];
  const heldBy = occupant ? (marks.heldByOthers.get(occupant.id) ?? []) : [];
  const where = { room: room.name, time: slot.start };
  const className = [
    isOver ? 'cell-target' : null,
    warnings.length > 0 ? 'cell-warned' : null,
    heldBy.length > 0 ? 'cell-held' : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <td ref={setNodeRef} className={className || undefined}>
      {occupant === undefined ? (
        <button
          type="button"
          className="cell cell-empty"
          data-cell={dropId}
          aria-label={t('moderate.emptyCell', where)}
          onClick={() => onClick(placement)}
        >
          <span aria-hidden="true">+</span>
        </button>
      ) : (
        <>
          <PlacedSession
            session={occupant}
            label={t('moderate.occupiedCell', { title: occupant.title, ...where })}
            dropId={dropId}
            picked={occupant.id === pickedSessionId}
            describedBy={warnings.length > 0 ? warningId : undefined}
            onClick={() => onClick(placement)}
          />
          {/* Outside the button: its visible text stays the start of its name (WCAG 2.5.3). */}
          <span className="cell-votes">{t('sessions.votes', { count: occupant.voteCount })}</span>
          {occupant.pinned ? (
            <span className="cell-flag">{t('sessionSettings.pinnedBadge')}</span>
          ) : null}
          {occupant.cancellation ? (
            <span className="cell-flag">{t('dayChanges.cancelled')}</span>
          ) : null}
        </>
      )}
      {warnings.length > 0 ? (
        <span id={warningId} className="cell-warning">
          <span aria-hidden="true">⚠ {warnings.length}</span>
          <span className="visually-hidden">
            {warnings.map((conflict) => describeConflict(t, camp, conflict)).join(' ')}
          </span>
        </span>
      ) : null}
      {heldBy.length > 0 ? (
        <span className="cell-held-by">{t('presence.holding', { names: heldBy.join(', ') })}</span>
      ) : null}
    </td>
  );
}

interface PlacedSessionProps {
  session: Session;
  label: string;
  dropId: string;
  picked: boolean;
  describedBy: string | undefined;
  onClick(): void;
}

function PlacedSession({
  session,
  label,
  dropId,
  picked,
  describedBy,
  onClick,
}: PlacedSessionProps) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: sessionDragId(session.id),
    attributes: { roleDescription: t('dnd.roleDescription') },
  });
  return (
    <button
      ref={setNodeRef}
      type="button"
      {...attributes}
      {...listeners}
      className={[
        'cell cell-occupied',
        isDragging ? 'dragging' : null,
        session.cancellation ? 'cell-cancelled' : null,
      ]
        .filter(Boolean)
        .join(' ')}
      data-cell={dropId}
      aria-label={label}
      aria-pressed={picked}
      aria-describedby={
        [attributes['aria-describedby'], describedBy].filter(Boolean).join(' ') || undefined
      }
      onClick={onClick}
    >
      <span className="cell-title">{session.title}</span>
    </button>
  );
}
