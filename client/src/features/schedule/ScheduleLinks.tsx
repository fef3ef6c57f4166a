import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/** The schedule elsewhere: in calendars and tables, on the big screen, on paper. */
export function ScheduleLinks({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const api = `/api/camps/${encodeURIComponent(slug)}`;
  const app = `/c/${encodeURIComponent(slug)}`;
  return (
    <nav className="schedule-links" aria-label={t('schedule.more')}>
      <ul>
        <li>
          <a href={`${api}/schedule.ics`}>{t('schedule.calendar')}</a>
        </li>
        <li>
          <a href={`${api}/schedule.csv`}>{t('schedule.csv')}</a>
        </li>
        <li>
          <a href={`${api}/schedule.json`}>{t('schedule.frab')}</a>
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
