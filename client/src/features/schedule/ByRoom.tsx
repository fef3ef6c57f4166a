import type { CampState } from '@campgrid/shared';
import { useTranslation } from 'react-i18next';
import { SessionItem } from './SessionItem.js';
import { matchesFilter, type SessionFilter, sessionsInRoom, showsHosts } from './schedule-model.js';

/** The programme room by room, for those who stay in one place. */
export function ByRoom({ camp, filter }: { camp: CampState; filter: SessionFilter }) {
  const { t } = useTranslation();
  const rooms = camp.rooms.map((room) => ({
    room,
    entries: sessionsInRoom(camp, room).filter((entry) =>
      matchesFilter(entry.session, filter, showsHosts(camp)),
    ),
  }));
  if (rooms.every(({ entries }) => entries.length === 0)) {
    return <p>{t('schedule.noMatches')}</p>;
  }
  return (
    <div className="stack">
      {rooms.map(({ room, entries }) => (
        <section key={room.id} className="schedule-slot" aria-labelledby={`room-${room.id}`}>
          <h3 id={`room-${room.id}`}>{room.name}</h3>
          {entries.length === 0 ? (
            <p className="hint">{t('schedule.nothingPlaced')}</p>
          ) : (
            <ul className="schedule-list">
              {entries.map((entry) => (
                <SessionItem key={entry.session.id} camp={camp} entry={entry} level={4} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
