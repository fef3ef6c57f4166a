import { type CampState, orderedSlots, type Slot } from '@campgrid/shared';
import { useTranslation } from 'react-i18next';
import { formatDay, timeRange } from '../../i18n/index.js';
import { selectLanguage, useCampStore } from '../../store/index.js';
import { SessionItem } from './SessionItem.js';
import {
  type CampClock,
  isFiltering,
  isRunning,
  matchesFilter,
  type SessionFilter,
  sessionsInSlot,
  showsHosts,
} from './schedule-model.js';

interface ByTimeProps {
  camp: CampState;
  clock: CampClock | null;
  filter: SessionFilter;
}

/** The programme one slot after another, a list per slot: it reads on a phone. */
export function ByTime({ camp, clock, filter }: ByTimeProps) {
  const { t } = useTranslation();
  const language = useCampStore(selectLanguage);
  const filtering = isFiltering(filter);
  const entriesOf = (slot: Slot) =>
    sessionsInSlot(camp, slot).filter((entry) =>
      matchesFilter(entry.session, filter, showsHosts(camp)),
    );
  const slots = orderedSlots(camp).filter(
    (slot) => !filtering || (slot.kind === 'session' && entriesOf(slot).length > 0),
  );
  const days = camp.days.filter((day) => slots.some((slot) => slot.day === day));
  if (orderedSlots(camp).length === 0) return <p>{t('schedule.noSlots')}</p>;
  if (days.length === 0) return <p>{t('schedule.noMatches')}</p>;
  return (
    <div className="stack">
      {days.map((day) => (
        <section key={day} className="stack" aria-labelledby={`day-${day}`}>
          <h3 id={`day-${day}`}>{formatDay(day, language)}</h3>
          {slots
            .filter((slot) => slot.day === day)
            .map((slot) => {
              const running = isRunning(slot, clock);
              const entries = entriesOf(slot);
              return (
                <section
                  key={slot.id}
                  className={`schedule-slot schedule-${slot.kind}${running ? ' running' : ''}`}
                  aria-labelledby={`slot-${slot.id}`}
                >
                  <h4 id={`slot-${slot.id}`}>
                    <span className="slot-time">{timeRange(slot)}</span>
                    {slot.label ? <span className="slot-label"> {slot.label}</span> : null}
                    {running ? <span className="badge"> {t('schedule.now')}</span> : null}
                  </h4>
                  {slot.kind !== 'session' ? (
                    slot.label ? null : (
                      <p>{t(`slotKinds.${slot.kind}`)}</p>
                    )
                  ) : entries.length === 0 ? (
                    <p className="hint">{t('schedule.nothingPlaced')}</p>
                  ) : (
                    <ul className="schedule-list">
                      {entries.map((entry) => (
                        <SessionItem key={entry.session.id} camp={camp} entry={entry} level={5} />
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
        </section>
      ))}
    </div>
  );
}
