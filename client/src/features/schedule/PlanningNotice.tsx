import type { CampState } from '@campgrid/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { StarButton } from '../agenda/StarButton.js';
import { pitches } from './schedule-model.js';

/**
 * Before the schedule is published: planning is under way, and the pitches are what there is to
 * look at (and to star).
 */
export function PlanningNotice({ camp }: { camp: CampState }) {
  const { t } = useTranslation();
  const pitched = pitches(camp);
  return (
    <section className="notice stack planning" aria-labelledby="planning-heading">
      <h2 id="planning-heading">{t('schedule.planning')}</h2>
      <p>{t('schedule.planningHint')}</p>
      <details className="more">
        <summary>
          {pitched.length === 0
            ? t('schedule.noPitches')
            : t('schedule.pitchesHeading', { count: pitched.length })}
        </summary>
        <ul className="schedule-list pitch-overview">
          {pitched.map((session) => (
            <li key={session.id} className="schedule-item">
              <h3 className="schedule-title">
                <Link
                  href={`/c/${encodeURIComponent(camp.slug)}/s/${encodeURIComponent(session.id)}`}
                >
                  {session.title}
                </Link>
              </h3>
              <div className="schedule-actions">
                <StarButton session={session} />
              </div>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
