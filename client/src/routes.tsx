import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { CampShell } from './features/camp/CampShell.js';
import type { CampView } from './features/camp/use-camp-connection.js';
import { NotFoundPage } from './features/not-found/NotFoundPage.js';

// The start page is not part of the attendee view's first download (see bench/bundle-size.mjs).
const HomePage = lazy(() =>
  import('./features/home/HomePage.js').then((m) => ({ default: m.HomePage })),
);

const VIEWS: Record<string, CampView> = {
  join: 'join',
  participate: 'participate',
  moderate: 'moderate',
  print: 'print',
  screen: 'screen',
};

function campView(segment: string | undefined): CampView | null {
  if (segment === undefined) return 'schedule';
  return Object.hasOwn(VIEWS, segment) ? (VIEWS[segment] ?? null) : null;
}

/**
 * All pages of a camp render the same camp shell in the same place, so that moving between them
 * keeps it, and with it the live connection, mounted.
 */
export function AppRoutes() {
  return (
    <Switch>
      <Route path="/">
        <Suspense fallback={null}>
          <HomePage />
        </Suspense>
      </Route>
      <Route path="/c/:slug/s/:sessionId">
        {(params) => <CampShell slug={params.slug} view="session" detail={params.sessionId} />}
      </Route>
      <Route path="/c/:slug/screen/room/:roomId">
        {(params) => <CampShell slug={params.slug} view="door" detail={params.roomId} />}
      </Route>
      <Route path="/c/:slug/:view?">
        {(params) => {
          const view = campView(params.view);
          return view === null ? <NotFoundPage /> : <CampShell slug={params.slug} view={view} />;
        }}
      </Route>
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}
