import { assertNever } from '@campgrid/shared';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { selectFailure, selectVisible, useCampStore } from '../../store/index.js';
import { useDocumentTitle } from '../../ui/hooks.js';
import { Layout } from '../../ui/Layout.js';
import { SchedulePage } from '../schedule/SchedulePage.js';
import { CampNav } from './CampNav.js';
import {
  forgetJoinCode,
  forgetParticipantToken,
  readJoinCode,
  readModeratorToken,
  readParticipantToken,
} from './credentials.js';
import { isLinkRevoked } from './revoked-links.js';
import {
  type CampView,
  isScreenView,
  useCampConnection,
  useCampToken,
} from './use-camp-connection.js';

// Only the schedule is in the first download: it is what most phones open, and bench/bundle-size.mjs
// holds it to a budget. Every other page is loaded when someone opens it.
const JoinPage = lazy(() => import('../join/JoinPage.js').then((m) => ({ default: m.JoinPage })));
const ParticipatePage = lazy(() =>
  import('../participate/ParticipatePage.js').then((m) => ({ default: m.ParticipatePage })),
);
const SessionPage = lazy(() =>
  import('../session/SessionPage.js').then((m) => ({ default: m.SessionPage })),
);
const ModeratePage = lazy(() =>
  import('../moderate/ModeratePage.js').then((m) => ({ default: m.ModeratePage })),
);
const PrintPage = lazy(() =>
  import('../schedule/PrintPage.js').then((m) => ({ default: m.PrintPage })),
);
const ScreenShell = lazy(() => import('../screen/ScreenShell.js'));
const JoinCodeForm = lazy(() =>
  import('./JoinCodeForm.js').then((m) => ({ default: m.JoinCodeForm })),
);
const LinkRevoked = lazy(() =>
  import('./LinkRevoked.js').then((m) => ({ default: m.LinkRevoked })),
);

interface CampShellProps {
  slug: string;
  view: CampView;
  /** The session's or room's id, for the views that show one. */
  detail?: string | undefined;
}

/**
 * Every page of one camp. It stays mounted while the user moves between them, so the connection
 * survives client-side navigation as long as the identity stays the same.
 */
export function CampShell({ slug, view, detail }: CampShellProps) {
  const { t } = useTranslation();
  const token = useCampToken(slug, view);
  // A link's token opens a private camp by itself; only a viewer needs the join code.
  const joinCode = token === undefined ? readJoinCode(slug) : undefined;
  const linkRevoked = view === 'moderate' && isLinkRevoked(slug);
  useCampConnection(slug, token, joinCode, !linkRevoked);
  const camp = useCampStore(selectVisible);
  const failure = useCampStore(selectFailure);
  const notify = useCampStore((store) => store.notify);
  const setFailure = useCampStore((store) => store.setConnectionFailure);
  const [, setForgotten] = useState(0);
  const [codeChanged, setCodeChanged] = useState(false);
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

  useEffect(() => {
    // The kept join code was refused (the moderators changed it): sending it again would only
    // count as another wrong guess, so it goes, and the form asks for the current one.
    if (failure === 'JOIN_CODE' && joinCode !== undefined) {
      forgetJoinCode(slug);
      setCodeChanged(true);
    }
  }, [failure, joinCode, slug]);

  if (linkRevoked) {
    return (
      <Layout>
        <Suspense fallback={null}>
          <LinkRevoked slug={slug} />
        </Suspense>
      </Layout>
    );
  }

  if (failure === 'JOIN_CODE') {
    return (
      <Layout>
        <Suspense fallback={<p className="loading">{t('camp.loading')}</p>}>
          <JoinCodeForm
            slug={slug}
            changed={codeChanged}
            onUnlocked={() => {
              // The refusal was the old connection's; the new one, with the code, starts afresh.
              setFailure(null);
              setCodeChanged(false);
              setForgotten((count) => count + 1);
            }}
          />
        </Suspense>
      </Layout>
    );
  }

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

  if (isScreenView(view)) {
    return (
      <Suspense fallback={null}>
        <ScreenShell slug={slug} view={view} roomId={detail} />
      </Suspense>
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
        <Suspense fallback={<p className="loading">{t('camp.loading')}</p>}>
          <CampPage slug={slug} view={view} detail={detail} />
        </Suspense>
      )}
    </Layout>
  );
}

function CampPage({ slug, view, detail }: CampShellProps) {
  switch (view) {
    case 'schedule':
      return <SchedulePage slug={slug} />;
    case 'session':
      return <SessionPage slug={slug} sessionId={detail ?? ''} />;
    case 'print':
      return <PrintPage slug={slug} />;
    case 'screen':
    case 'door':
      // Rendered by the screen shell above, without the site's header.
      return null;
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
