import type { Session } from '@campgrid/shared';
import { useTranslation } from 'react-i18next';
import { selectStarred, selectVisible, useCampStore } from '../../store/index.js';
import { toggleStar } from './agenda-sync.js';

/** Stars a session for the own agenda; pressed while it is on it. */
export function StarButton({ session }: { session: Session }) {
  const { t } = useTranslation();
  const starred = useCampStore(selectStarred).includes(session.id);
  const camp = useCampStore(selectVisible);
  return (
    <button
      type="button"
      className="star-button"
      aria-pressed={starred}
      aria-label={t('agenda.star', { title: session.title })}
      onClick={() => {
        if (camp) toggleStar(session.id, camp);
      }}
    >
      <span aria-hidden="true" className="star-icon">
        {starred ? '★' : '☆'}
      </span>
      <span aria-hidden="true">{starred ? t('agenda.starred') : t('agenda.starShort')}</span>
    </button>
  );
}
