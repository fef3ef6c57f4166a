import { type CampState, type Placement, type Room, type Slot, sessionAt } from '@campgrid/shared';
import { useTranslation } from 'react-i18next';
import { formatDay, timeRange } from '../../i18n/index.js';
import { selectLanguage, useCampStore } from '../../store/index.js';

interface GridTableProps {
  camp: CampState;
  day: string;
  slots: Slot[];
  pickedSessionId: string | null;
  onCellClick(placement: Placement): void;
}

/** Room columns never get narrower than this; beyond it the grid scrolls inside its box. */
const ROOM_COLUMN_MIN_REM = 9;
const TIME_COLUMN_REM = 6.5;

/** One day of the grid: a column per room, a row per slot. */
export function GridTable({ camp, day, slots, pickedSessionId, onCellClick }: GridTableProps) {
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
                  <td key={room.id}>
                    <GridCell
                      camp={camp}
                      room={room}
                      slot={slot}
                      pickedSessionId={pickedSessionId}
                      onClick={onCellClick}
                    />
                  </td>
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
  onClick(placement: Placement): void;
}

function GridCell({ camp, room, slot, pickedSessionId, onClick }: GridCellProps) {
  const { t } = useTranslation();
  const placement = { roomId: room.id, slotId: slot.id };
  const occupant = sessionAt(camp, placement);
  const where = { room: room.name, time: slot.start };
  if (occupant === undefined) {
    return (
      <button
        type="button"
        className="cell cell-empty"
        aria-label={t('moderate.emptyCell', where)}
        onClick={() => onClick(placement)}
      >
        <span aria-hidden="true">+</span>
      </button>
    );
  }
  return (
    <button
      type="button"
      className="cell cell-occupied"
      aria-label={t('moderate.occupiedCell', { title: occupant.title, ...where })}
      aria-pressed={occupant.id === pickedSessionId}
      onClick={() => onClick(placement)}
    >
      <span className="cell-title">{occupant.title}</span>
      <span className="cell-votes">{t('sessions.votes', { count: occupant.voteCount })}</span>
    </button>
  );
}
