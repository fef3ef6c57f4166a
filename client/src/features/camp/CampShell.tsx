import { assertNever } from '@campgrid/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { selectFailure, selectVisible, useCampStore } from '../../store/index.js';
import { useDocumentTitle } from '../../ui/hooks.js';
import { Layout } from '../../ui/Layout.js';
import { JoinPage } from '../join/JoinPage.js';
import { ModeratePage } from '../moderate/ModeratePage.js';
import { ParticipatePage } from '../participate/ParticipatePage.js';
import { SchedulePage } from '../schedule/SchedulePage.js';
import { CampNav } from './CampNav.js';
import { forgetParticipantToken, readModeratorToken, readParticipantToken } from './credentials.js';
import { type CampView, useCampConnection, useCampToken } from './use-camp-connection.js';

interface CampShellProps {
  slug: string;
  view: CampView;
}

/**
 * Every page of one camp. It stays mounted while the user moves between them, so the connection
 * survives client-side navigation as long as the identity stays the same.
 */
export function CampShell({ slug, view }: CampShellProps) {
  const { t } = useTranslation();
  const token = useCampToken(slug, view);
  useCampConnection(slug, token);
  const camp = useCampStore(selectVisible);
  const failure = useCampStore(selectFailure);
  const notify = useCampStore((store) => store.notify);
  const [, setForgotten] = useState(0);
  useDocumentTitle(camp ? `${camp.title} – campgrid` : 'campgrid');

  useEffect(() => {
    // A participant token the server no longer knows (say, after the camp was reset) would lock
    // this browser out of even the public schedule: forget it, and the page reconnects as a viewer.
    if (failure === 'UNAUTHORIZED' && view !== 'moderate' && token !== undefined) {
      forgetParticipantToken(slug);
      notify('refused', 'UNAUTHORIZED');
      setForgotten((count) => count + 1);
    }
  }, [failure, view, token, slug, notify]);

  if (failure === 'NOT_FOUND') {
    return (
      <Layout>
        <div className="stack">
          <h1>{t('camp.notFound')}</h1>
          <p>
            <Link href="/">{t('camp.backHome')}</Link>
          </p>
        </div>
      </Layout>
    );
  }

  const nav = (
    <CampNav
      slug={slug}
      view={view}
      joined={readParticipantToken(slug) !== undefined}
      moderator={readModeratorToken(slug) !== undefined}
    />
  );

  return (
    <Layout nav={nav}>
      {camp === null || camp.slug !== slug ? (
        <p className="loading">
          {failure === 'UNAUTHORIZED' && view === 'moderate'
            ? t('camp.moderatorKeyInvalid')
            : t('camp.loading')}
        </p>
      ) : (
        <CampPage slug={slug} view={view} />
      )}
    </Layout>
  );
}

function CampPage({ slug, view }: CampShellProps) {
  switch (view) {
    case 'schedule':
      return <SchedulePage />;
    case 'join':
      return <JoinPage slug={slug} />;
    case 'participate':
      return <ParticipatePage slug={slug} />;
    case 'moderate':
      return <ModeratePage />;
    default:
      return assertNever(view, 'view');
  }
}
