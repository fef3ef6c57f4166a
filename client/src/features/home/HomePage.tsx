import type { CreateCampResponse } from '@campgrid/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDocumentTitle, useServerHealth } from '../../ui/hooks.js';
import { Layout } from '../../ui/Layout.js';
import { saveModeratorToken } from '../camp/credentials.js';
import { CampDeletedNotice } from '../moderate/access/CampDeletedNotice.js';
import { CampCreated } from './CampCreated.js';
import { CreateCampForm } from './CreateCampForm.js';

export const DEMO_SLUG = 'nextcamp-demo';

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle('campgrid');
  useServerHealth();
  const [created, setCreated] = useState<CreateCampResponse | null>(null);
  const result = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (created) result.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [created]);

  function onCreated(camp: CreateCampResponse) {
    // The creator is the first moderator: this browser opens the moderator view without the link.
    saveModeratorToken(camp.slug, camp.moderatorToken);
    setCreated(camp);
  }

  return (
    <Layout>
      <div className="stack home">
        <h1>campgrid</h1>
        <CampDeletedNotice />
        <p className="lead">{t('home.intro')}</p>
        <p>
          <Link href={`/c/${DEMO_SLUG}`}>{t('home.demo')}</Link>
        </p>
        <div ref={result}>
          {created ? <CampCreated camp={created} /> : <CreateCampForm onCreated={onCreated} />}
        </div>
      </div>
    </Layout>
  );
}
