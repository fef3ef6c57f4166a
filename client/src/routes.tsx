import { Route, Switch } from 'wouter';
import { CampShell } from './features/camp/CampShell.js';
import type { CampView } from './features/camp/use-camp-connection.js';
import { HomePage } from './features/home/HomePage.js';
import { NotFoundPage } from './features/not-found/NotFoundPage.js';

const VIEWS: Record<string, CampView> = {
  join: 'join',
  participate: 'participate',
  moderate: 'moderate',
};

function campView(segment: string | undefined): CampView | null {
  if (segment === undefined) return 'schedule';
  return Object.hasOwn(VIEWS, segment) ? (VIEWS[segment] ?? null) : null;
}

/**
 * One route for all pages of a camp, so that moving between them keeps the camp shell, and with
 * it the live connection, mounted.
 */
export function AppRoutes() {
  return (
    <Switch>
      <Route path="/">
        <HomePage />
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
