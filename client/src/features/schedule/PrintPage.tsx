import { type CampState, orderedSlots, type Room } from '@campgrid/shared';
import { useTranslation } from 'react-i18next';
import { formatDay, timeRange } from '../../i18n/index.js';
import { selectLanguage, selectVisible, useCampStore } from '../../store/index.js';
import { hostNames } from '../camp/describe.js';
import { sessionsInRoom, sessionsInSlot, showsHosts } from './schedule-model.js';
import '../../styles/print.css';

function WallGrid({ camp }: { camp: CampState }) {
  const { t } = useTranslation();
  const language = useCampStore(selectLanguage);
  const slots = orderedSlots(camp);
  const multiDay = camp.days.length > 1;
  return (
    <section className="print-sheet wall-sheet" aria-labelledby="wall-heading">
      <h2 id="wall-heading" className="print-sheet-title">
        {camp.title}
        <span className="visually-hidden"> – {t('print.grid')}</span>
      </h2>
      <table className="print-grid">
        <thead>
          <tr>
            <th scope="col">{t('print.time')}</th>
            {camp.rooms.map((room) => (
              <th key={room.id} scope="col">
                {room.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {slots.map((slot) => {
            const entries = sessionsInSlot(camp, slot);
            return (
              <tr key={slot.id} className={`print-${slot.kind}`}>
                <th scope="row">
                  {multiDay ? (
                    <span className="print-day">{formatDay(slot.day, language)}</span>
                  ) : null}
                  {timeRange(slot)}
                </th>
                {slot.kind === 'session' ? (
                  camp.rooms.map((room) => {
                    const entry = entries.find((candidate) => candidate.room.id === room.id);
                    return (
                      <td key={room.id}>
                        {entry ? (
                          <>
                            <span className="print-title">{entry.session.title}</span>
                            {entry.session.cancellation ? (
                              <span className="print-meta"> ({t('schedule.cancelled')})</span>
                            ) : showsHosts(camp) && entry.session.hosts.length > 0 ? (
                              <span className="print-meta">{hostNames(entry.session)}</span>
                            ) : null}
                          </>
                        ) : null}
                      </td>
                    );
                  })
                ) : (
                  <td colSpan={Math.max(camp.rooms.length, 1)} className="print-pause">
                    {slot.label || t(`slotKinds.${slot.kind}`)}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function DoorSheet({ camp, room }: { camp: CampState; room: Room }) {
  const { t } = useTranslation();
  const language = useCampStore(selectLanguage);
  const entries = sessionsInRoom(camp, room);
  const multiDay = camp.days.length > 1;
  return (
    <section className="print-sheet door-sheet" aria-labelledby={`door-${room.id}`}>
      <h2 id={`door-${room.id}`} className="door-sheet-room">
        <span className="visually-hidden">{t('print.door', { room: room.name })}: </span>
        {room.name}
      </h2>
      <p className="door-sheet-camp">{camp.title}</p>
      {entries.length === 0 ? (
        <p>{t('schedule.nothingPlaced')}</p>
      ) : (
        <ol className="door-sheet-list">
          {entries.map(({ session, slot }) => (
            <li key={session.id}>
              <span className="door-sheet-time">
                {multiDay ? `${formatDay(slot.day, language)}, ` : ''}
                {timeRange(slot)}
              </span>
              <span className="door-sheet-title">
                {session.title}
                {session.cancellation ? ` (${t('schedule.cancelled')})` : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The wall grid and a door sign per room, laid out for paper by print.css. */
export function PrintPage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const camp = useCampStore(selectVisible);
  if (camp === null || camp.slug !== slug) return <p className="loading">{t('camp.loading')}</p>;
  return (
    <div className="stack print-page">
      <div className="print-controls stack">
        <h1>{t('print.heading')}</h1>
        <p className="hint">{t('print.hint')}</p>
        {camp.published ? null : <p className="warning">{t('schedule.planningHint')}</p>}
        <p>
          <button type="button" className="primary" onClick={() => window.print()}>
            {t('print.button')}
          </button>
        </p>
      </div>
      <WallGrid camp={camp} />
      {camp.rooms.map((room) => (
        <DoorSheet key={room.id} camp={camp} room={room} />
      ))}
    </div>
  );
}
