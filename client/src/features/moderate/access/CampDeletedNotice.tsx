import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { takeDeletedCamp } from './deleted-camps.js';

/** On the start page right after a deletion: which camp is gone, and that this browser forgot it. */
export function CampDeletedNotice() {
  const { t } = useTranslation();
  const [title] = useState(takeDeletedCamp);
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // The page the moderator acted on is gone: move the focus to what happened.
    notice.current?.focus();
  }, []);
  if (title === null) return null;
  return (
    <p ref={notice} className="notice" role="status" tabIndex={-1}>
      {t('camp.deleted', { title })}
    </p>
  );
}
