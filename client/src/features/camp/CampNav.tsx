import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CampView } from './use-camp-connection.js';

interface CampNavProps {
  slug: string;
  view: CampView;
  joined: boolean;
  moderator: boolean;
}

export function CampNav({ slug, view, joined, moderator }: CampNavProps) {
  const { t } = useTranslation();
  const base = `/c/${slug}`;
  const current = (views: CampView[]) => (views.includes(view) ? 'page' : undefined);
  return (
    <ul className="nav-list">
      <li>
        <Link href={base} aria-current={current(['schedule'])}>
          {t('nav.schedule')}
        </Link>
      </li>
      <li>
        <Link
          href={joined ? `${base}/participate` : `${base}/join`}
          aria-current={current(['join', 'participate'])}
        >
          {t('nav.participate')}
        </Link>
      </li>
      {moderator ? (
        <li>
          <Link href={`${base}/moderate`} aria-current={current(['moderate'])}>
            {t('nav.moderate')}
          </Link>
        </li>
      ) : null}
    </ul>
  );
}
