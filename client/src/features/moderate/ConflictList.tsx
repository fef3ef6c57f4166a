import type { CampState, GridConflict } from '@campgrid/shared';
import { useTranslation } from 'react-i18next';
import { cellText, describeConflict } from './conflicts.js';

/** Every warning about the grid, in slot order; a moderator may keep any of them knowingly. */
export function ConflictList({ camp, conflicts }: { camp: CampState; conflicts: GridConflict[] }) {
  const { t } = useTranslation();
  return (
    <section className="stack conflicts" aria-labelledby="conflicts-heading">
      <h3 id="conflicts-heading">{t('conflicts.heading', { count: conflicts.length })}</h3>
      {conflicts.length === 0 ? (
        <p>{t('conflicts.none')}</p>
      ) : (
        <ul className="conflict-list">
          {conflicts.map((conflict) => (
            <li key={`${conflict.kind}|${conflict.sessionIds.join('|')}`} className="conflict">
              <span aria-hidden="true">⚠ </span>
              {describeConflict(t, camp, conflict)}
              <span className="conflict-where"> ({cellText(camp, conflict.cells[0])})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
