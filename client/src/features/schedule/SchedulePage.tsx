import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../i18n/index.js';
import {
  selectLanguage,
  selectLastSyncAt,
  selectStatus,
  selectVisible,
  useCampStore,
} from '../../store/index.js';
import { AgendaNotices } from '../agenda/AgendaNotices.js';
import { AgendaView } from '../agenda/AgendaView.js';
import { useAgendaSync } from '../agenda/use-agenda.js';
import { ByRoom } from './ByRoom.js';
import { ByTime } from './ByTime.js';
import { NowNext } from './NowNext.js';
import { PlanningNotice } from './PlanningNotice.js';
import { ScheduleFilters } from './ScheduleFilters.js';
import { ScheduleLinks } from './ScheduleLinks.js';
import { NO_FILTER, type SessionFilter } from './schedule-model.js';
import { useCampClock } from './use-camp-clock.js';
import './schedule.css';

const CLOCK_TICK_MS = 15_000;

type ScheduleView = 'time' | 'room' | 'agenda';

const VIEWS: readonly { view: ScheduleView; label: 'byTime' | 'byRoom' | 'myAgenda' }[] = [
  { view: 'time', label: 'byTime' },
  { view: 'room', label: 'byRoom' },
  { view: 'agenda', label: 'myAgenda' },
];

/**
 * The attendees' live programme: now and next, then the whole schedule by time or by room, or
 * the own agenda. Before the schedule is published it says that planning is under way.
 */
export function SchedulePage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  useAgendaSync(slug);
  const camp = useCampStore(selectVisible);
  const language = useCampStore(selectLanguage);
  const lastSyncAt = useCampStore(selectLastSyncAt);
  const status = useCampStore(selectStatus);
  const clock = useCampClock(camp?.timezone, CLOCK_TICK_MS);
  const [view, setView] = useState<ScheduleView>('time');
  const [filter, setFilter] = useState<SessionFilter>(NO_FILTER);
  if (camp === null) return <p className="loading">{t('camp.loading')}</p>;

  const syncedAt = lastSyncAt === null ? null : formatClock(lastSyncAt, camp.timezone, language);
  const viewLabel = VIEWS.find((entry) => entry.view === view)?.label ?? 'byTime';

  return (
    <div className="stack schedule">
      <header className="page-header">
        <h1>{camp.title}</h1>
        {syncedAt !== null ? (
          <p className="hint">{t('schedule.updatedAt', { time: syncedAt })}</p>
        ) : null}
        {status === 'offline' ? (
          <p className="warning offline-note">
            {syncedAt === null
              ? t('schedule.offlineNoTime')
              : t('schedule.offlineSince', { time: syncedAt })}
          </p>
        ) : null}
      </header>
      {camp.published ? null : <PlanningNotice camp={camp} />}
      <AgendaNotices camp={camp} />
      {camp.published ? <NowNext camp={camp} clock={clock} /> : null}
      <section className="stack" aria-labelledby="schedule-view-heading">
        <h2 id="schedule-view-heading">
          {camp.published || view === 'agenda'
            ? t(`schedule.${viewLabel}`)
            : t('schedule.provisional')}
        </h2>
        <fieldset className="view-switch">
          <legend className="visually-hidden">{t('schedule.views')}</legend>
          {VIEWS.map((entry) => (
            <button
              key={entry.view}
              type="button"
              aria-pressed={view === entry.view}
              onClick={() => setView(entry.view)}
            >
              {t(`schedule.${entry.label}`)}
            </button>
          ))}
        </fieldset>
        {view === 'agenda' ? null : (
          <ScheduleFilters camp={camp} filter={filter} onChange={setFilter} />
        )}
        {view === 'time' ? <ByTime camp={camp} clock={clock} filter={filter} /> : null}
        {view === 'room' ? <ByRoom camp={camp} filter={filter} /> : null}
        {view === 'agenda' ? <AgendaView camp={camp} /> : null}
      </section>
      <ScheduleLinks slug={slug} />
    </div>
  );
}
