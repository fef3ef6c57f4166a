import { assertNever } from '@campgrid/shared';
import { useEffect, useState } from 'react';
import { connectCamp } from '../../net/index.js';
import { captureModeratorKey, readModeratorToken, readParticipantToken } from './credentials.js';
import { forgetRevoked } from './forget-revoked.js';
import { clearLinkRevoked } from './revoked-links.js';

export type CampView =
  | 'schedule'
  | 'join'
  | 'participate'
  | 'moderate'
  | 'session'
  | 'print'
  | 'screen'
  | 'door';

/** The venue's screens: full-screen pages without the site's header, for everyone to read. */
export function isScreenView(view: CampView): view is 'screen' | 'door' {
  return view === 'screen' || view === 'door';
}

/**
 * The secret this page connects with: the moderator's on the moderator view, the participant's
 * (if this browser joined) everywhere else.
 */
export function useCampToken(slug: string, view: CampView): string | undefined {
  const [, setCaptures] = useState(0);
  useEffect(() => {
    if (view !== 'moderate') return;
    // A secret link pasted into a tab that is already on this page only changes the fragment.
    const capture = () => {
      if (!captureModeratorKey(window.location, window.history)) return;
      clearLinkRevoked(slug);
      setCaptures((count) => count + 1);
    };
    capture();
    window.addEventListener('hashchange', capture);
    return () => window.removeEventListener('hashchange', capture);
  }, [view, slug]);
  switch (view) {
    case 'moderate':
      return readModeratorToken(slug);
    case 'join':
      // Joining is what a viewer does; a participant only sees the way on.
      return undefined;
    case 'screen':
    case 'door':
      // A screen in the hall shows what everyone may see, whoever last joined on that machine.
      return undefined;
    case 'schedule':
    case 'participate':
    case 'session':
    case 'print':
      return readParticipantToken(slug);
    default:
      return assertNever(view, 'view');
  }
}

/**
 * Keeps one live connection to the camp while the page shows it. A viewer of a private camp
 * connects with its join code. `enabled: false` keeps the page without one (a moderator tab
 * whose link was ended stays in that failed state rather than turn into a visitor's page).
 */
export function useCampConnection(
  slug: string,
  token: string | undefined,
  joinCode: string | undefined,
  enabled = true,
): void {
  useEffect(() => {
    if (!enabled) return;
    const connection = connectCamp(slug, token, {
      ...(joinCode === undefined ? {} : { joinCode }),
      onRevoked: (reason) => forgetRevoked(slug, token, reason),
    });
    return () => connection.close();
  }, [slug, token, joinCode, enabled]);
}
