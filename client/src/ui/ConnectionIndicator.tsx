import { useTranslation } from 'react-i18next';
import { selectPendingCount, selectStatus, useCampStore } from '../store/index.js';

/** Says whether this page is live; changes that wait for the connection are counted beside it. */
export function ConnectionIndicator() {
  const { t } = useTranslation();
  const status = useCampStore(selectStatus);
  const pending = useCampStore(selectPendingCount);
  return (
    <div className="connection">
      <span role="status" className={`connection-status connection-${status}`}>
        {t(`connection.${status}`)}
      </span>
      {pending > 0 && status !== 'online' ? (
        <span className="connection-pending">{t('connection.pending', { count: pending })}</span>
      ) : null}
    </div>
  );
}
