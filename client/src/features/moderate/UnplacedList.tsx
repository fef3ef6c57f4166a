import { type CampState, unplacedByVotes } from '@campgrid/shared';
import { useTranslation } from 'react-i18next';

interface UnplacedListProps {
  camp: CampState;
  pickedSessionId: string | null;
  onPick(sessionId: string | null): void;
}

/** The pitches waiting for a place, most interest first. */
export function UnplacedList({ camp, pickedSessionId, onPick }: UnplacedListProps) {
  const { t } = useTranslation();
  const waiting = unplacedByVotes(camp);
  return (
    <section className="stack" aria-labelledby="unplaced-heading">
      <h2 id="unplaced-heading">{t('moderate.unplaced', { count: waiting.length })}</h2>
      {waiting.length === 0 ? <p>{t('moderate.unplacedEmpty')}</p> : null}
      <ul className="pitch-list">
        {waiting.map((session) => {
          const picked = session.id === pickedSessionId;
          return (
            <li key={session.id}>
              <button
                type="button"
                className="pitch"
                aria-pressed={picked}
                aria-label={t('moderate.pick', { title: session.title })}
                onClick={() => onPick(picked ? null : session.id)}
              >
                <span className="pitch-title">{session.title}</span>
                <span className="pitch-votes">
                  {t('sessions.votes', { count: session.voteCount })}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
