import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/**
 * What a moderator's tab shows once the server has ended its link (rotated or revoked): the page
 * it showed is gone, and reconnecting with that link would only be refused.
 */
export function LinkRevoked({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The controls the moderator was using vanished: move the focus to the reason.
    heading.current?.focus();
  }, []);
  return (
    <section className="card stack narrow" aria-labelledby="link-revoked-heading">
      <h1 id="link-revoked-heading" ref={heading} tabIndex={-1}>
        {t('camp.linkRevoked.heading')}
      </h1>
      <p>{t('camp.linkRevoked.text')}</p>
      <p>
        <Link className="button" href={`/c/${slug}`}>
          {t('camp.linkRevoked.schedule')}
        </Link>
      </p>
    </section>
  );
}
