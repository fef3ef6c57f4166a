import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/** What a participant sees right after leaving: what is gone, and the ways on. */
export function LeftNotice({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The button that was pressed is gone: take the focus, so a screen reader reads the outcome.
    heading.current?.focus();
  }, []);
  return (
    <section className="card stack narrow" aria-labelledby="left-heading">
      <h1 id="left-heading" ref={heading} tabIndex={-1}>
        {t('leave.doneHeading')}
      </h1>
      <p>{t('leave.done')}</p>
      <p className="actions">
        <Link className="button" href={`/c/${slug}`}>
          {t('leave.schedule')}
        </Link>
        <Link className="button" href={`/c/${slug}/join`}>
          {t('leave.rejoin')}
        </Link>
      </p>
    </section>
  );
}
