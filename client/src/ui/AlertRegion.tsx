import { useTranslation } from 'react-i18next';
import { type Notice, selectNotices, useCampStore } from '../store/index.js';

function useNoticeText(): (notice: Notice) => string {
  const { t } = useTranslation();
  return (notice) => {
    const reason = t(`errors.${notice.code}`);
    return notice.kind === 'dropped' ? t('notices.dropped', { reason }) : reason;
  };
}

/**
 * The page's one role="alert" region: refusals and dropped changes. It is always in the page, so
 * screen readers announce what appears in it.
 */
export function AlertRegion() {
  const { t } = useTranslation();
  const notices = useCampStore(selectNotices);
  const dismiss = useCampStore((store) => store.dismissNotice);
  const textOf = useNoticeText();
  return (
    <div role="alert" className="alerts">
      {notices.map((notice) => (
        <p key={notice.id} className="alert">
          <span>{textOf(notice)}</span>
          <button
            type="button"
            className="alert-dismiss"
            aria-label={t('alerts.dismiss')}
            onClick={() => dismiss(notice.id)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </p>
      ))}
    </div>
  );
}
