import { findSession } from '@campgrid/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDay, timeRange } from '../../i18n/index.js';
import { selectLanguage, selectVisible, useCampStore } from '../../store/index.js';
import { useDocumentTitle } from '../../ui/hooks.js';
import { StarButton } from '../agenda/StarButton.js';
import { useAgendaSync } from '../agenda/use-agenda.js';
import { hostNames } from '../camp/describe.js';
import { notesUrl, placedSession, showsHosts } from '../schedule/schedule-model.js';
import '../schedule/schedule.css';

interface SessionPageProps {
  slug: string;
  sessionId: string;
}

/** One session: what it is about, who hosts it, where and when, and its shared notes. */
export function SessionPage({ slug, sessionId }: SessionPageProps) {
  const { t } = useTranslation();
  useAgendaSync(slug);
  const camp = useCampStore(selectVisible);
  const language = useCampStore(selectLanguage);
  const session = camp ? findSession(camp, sessionId) : undefined;
  useDocumentTitle(session && camp ? `${session.title} – ${camp.title}` : 'campgrid');
  const back = (
    <p>
      <Link href={`/c/${encodeURIComponent(slug)}`}>{t('sessionPage.back')}</Link>
    </p>
  );
  if (camp === null) return <p className="loading">{t('camp.loading')}</p>;
  if (session === undefined) {
    return (
      <div className="stack">
        <h1>{t('sessionPage.notFound')}</h1>
        {back}
      </div>
    );
  }
  const placed = placedSession(camp, session);
  const notes = notesUrl(camp, session);
  const hosts = showsHosts(camp) ? hostNames(session) : '';
  return (
    <article className="stack session-page" aria-labelledby="session-title">
      {back}
      <header className="page-header">
        <p className="hint">{camp.title}</p>
        <h1 id="session-title">{session.title}</h1>
      </header>
      {session.cancellation ? (
        <p className="warning session-cancelled">
          <strong>
            {session.cancellation.reason
              ? t('schedule.cancelledReason', { reason: session.cancellation.reason })
              : t('schedule.cancelled')}
          </strong>
        </p>
      ) : null}
      <dl className="session-facts">
        <div>
          <dt>{t('sessionPage.when')}</dt>
          <dd>
            {placed
              ? `${formatDay(placed.slot.day, language)}, ${timeRange(placed.slot)}`
              : t('sessionPage.notPlaced')}
          </dd>
        </div>
        {placed ? (
          <div>
            <dt>{t('sessionPage.where')}</dt>
            <dd>{placed.room.name}</dd>
          </div>
        ) : null}
        {hosts ? (
          <div>
            <dt>{t('sessionPage.hosts')}</dt>
            <dd>{hosts}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('sessionPage.format')}</dt>
          <dd>{t(`formats.${session.format}`)}</dd>
        </div>
        <div>
          <dt>{t('sessionPage.language')}</dt>
          <dd>{t(`sessionLanguages.${session.language}`)}</dd>
        </div>
        {session.tags.length > 0 ? (
          <div>
            <dt>{t('sessionPage.tags')}</dt>
            <dd>{session.tags.join(', ')}</dd>
          </div>
        ) : null}
      </dl>
      <div className="schedule-actions">
        <StarButton session={session} />
      </div>
      {session.description ? <p className="session-description">{session.description}</p> : null}
      {notes !== null ? (
        <section className="stack card" aria-labelledby="session-notes">
          <h2 id="session-notes">{t('sessionPage.notes')}</h2>
          <p>
            <a href={notes} target="_blank" rel="noopener noreferrer">
              {t('sessionPage.notesLink')}
            </a>
          </p>
          <p className="hint chatham">{t('sessionPage.chatham')}</p>
        </section>
      ) : null}
    </article>
  );
}
