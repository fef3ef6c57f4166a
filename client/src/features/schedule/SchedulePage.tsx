import { type CampState, findRoom, orderedSlots, type Session, type Slot } from '@campgrid/shared';
import { useTranslation } from 'react-i18next';
import { campClock, formatClock, formatDay, timeRange } from '../../i18n/index.js';
import {
  selectLanguage,
  selectLastSyncAt,
  selectVisible,
  useCampStore,
} from '../../store/index.js';
import { useNow } from '../../ui/hooks.js';
import { hostNames } from '../camp/describe.js';

const CLOCK_TICK_MS = 30_000;

function sessionsIn(camp: CampState, slot: Slot): Session[] {
  const roomOrder = (session: Session) =>
    camp.rooms.findIndex((room) => room.id === session.placement?.roomId);
  return camp.sessions
    .filter((session) => session.placement?.slotId === slot.id)
    .sort((a, b) => roomOrder(a) - roomOrder(b));
}

/** The attendees' live programme: one list per slot, so it reads on a phone and a big screen. */
export function SchedulePage() {
  const { t } = useTranslation();
  const camp = useCampStore(selectVisible);
  const language = useCampStore(selectLanguage);
  const lastSyncAt = useCampStore(selectLastSyncAt);
  const now = campClockOrNull(useNow(CLOCK_TICK_MS), camp?.timezone);
  if (camp === null) return <p className="loading">{t('camp.loading')}</p>;

  const slots = orderedSlots(camp);
  const days = camp.days.filter((day) => slots.some((slot) => slot.day === day));
  const isRunning = (slot: Slot) =>
    now !== null && slot.day === now.day && slot.start <= now.time && now.time < slot.end;

  return (
    <div className="stack schedule">
      <header className="page-header">
        <h1>{camp.title}</h1>
        {lastSyncAt !== null ? (
          <p className="hint">
            {t('schedule.updatedAt', { time: formatClock(lastSyncAt, camp.timezone, language) })}
          </p>
        ) : null}
      </header>
      {days.length === 0 ? <p>{t('schedule.noSlots')}</p> : null}
      {days.map((day) => (
        <section key={day} className="stack" aria-labelledby={`day-${day}`}>
          <h2 id={`day-${day}`}>{formatDay(day, language)}</h2>
          {slots
            .filter((slot) => slot.day === day)
            .map((slot) => (
              <section
                key={slot.id}
                className={`schedule-slot schedule-${slot.kind}${isRunning(slot) ? ' running' : ''}`}
                aria-labelledby={`slot-${slot.id}`}
              >
                <h3 id={`slot-${slot.id}`}>
                  <span className="slot-time">{timeRange(slot)}</span>
                  {slot.label ? <span className="slot-label"> {slot.label}</span> : null}
                  {isRunning(slot) ? <span className="badge"> {t('schedule.now')}</span> : null}
                </h3>
                {slot.kind === 'session' ? (
                  <SlotSessions camp={camp} slot={slot} />
                ) : slot.label ? null : (
                  <p>{t(`slotKinds.${slot.kind}`)}</p>
                )}
              </section>
            ))}
        </section>
      ))}
    </div>
  );
}

function SlotSessions({ camp, slot }: { camp: CampState; slot: Slot }) {
  const { t } = useTranslation();
  const sessions = sessionsIn(camp, slot);
  if (sessions.length === 0) return <p className="hint">{t('schedule.nothingPlaced')}</p>;
  return (
    <ul className="schedule-list">
      {sessions.map((session) => {
        const room = session.placement ? findRoom(camp, session.placement.roomId) : undefined;
        return (
          <li key={session.id} className="schedule-item">
            <h4>{session.title}</h4>
            <p className="schedule-where">
              <span className="schedule-room">{room?.name}</span>
              <span aria-hidden="true"> · </span>
              <span className="schedule-time">{timeRange(slot)}</span>
            </p>
            <p className="schedule-hosts">{t('schedule.hosts', { hosts: hostNames(session) })}</p>
          </li>
        );
      })}
    </ul>
  );
}

function campClockOrNull(at: number, timeZone: string | undefined) {
  if (timeZone === undefined) return null;
  try {
    return campClock(at, timeZone);
  } catch {
    return null;
  }
}
