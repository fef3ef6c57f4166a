import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { readJoinCode } from '../camp/credentials.js';

/** The schedule elsewhere: in calendars and tables, on the big screen, on paper. */
export function ScheduleLinks({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const api = `/api/camps/${encodeURIComponent(slug)}`;
  // In a private camp the files need the join code, and a link cannot send a header.
  const code = readJoinCode(slug);
  const query = code ? `?code=${encodeURIComponent(code)}` : '';
  const app = `/c/${encodeURIComponent(slug)}`;
  return (
    <nav className="schedule-links" aria-label={t('schedule.more')}>
      <ul>
        <li>
          <a href={`${api}/schedule.ics${query}`}>{t('schedule.calendar')}</a>
        </li>
        <li>
          <a href={`${api}/schedule.csv${query}`}>{t('schedule.csv')}</a>
        </li>
        <li>
          <a href={`${api}/schedule.json${query}`}>{t('schedule.frab')}</a>
        </li>
        <li>
          <Link href={`${app}/screen`}>{t('schedule.screen')}</Link>
        </li>
        <li>
          <Link href={`${app}/print`}>{t('schedule.print')}</Link>
        </li>
      </ul>
    </nav>
  );
}
