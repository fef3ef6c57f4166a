/*
 * The secrets that make a browser a participant or a moderator of a camp. They live only in this
 * browser's localStorage; the server keeps hashes.
 */

const participantKey = (slug: string) => `campgrid.participant.${slug}`;
const moderatorKey = (slug: string) => `campgrid.moderator.${slug}`;

function read(key: string): string | undefined {
  try {
    return window.localStorage.getItem(key) ?? undefined;
  } catch {
    // Storage can be switched off (private modes); the page then works as a viewer.
    return undefined;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // See read(): without storage the secret lasts as long as the page.
  }
}

export const readParticipantToken = (slug: string) => read(participantKey(slug));
export const saveParticipantToken = (slug: string, token: string) =>
  write(participantKey(slug), token);
export const forgetParticipantToken = (slug: string) => write(participantKey(slug), null);

export const readModeratorToken = (slug: string) => read(moderatorKey(slug));
export const saveModeratorToken = (slug: string, token: string) => write(moderatorKey(slug), token);

const MODERATE_PATH = /^\/c\/([^/]+)\/moderate\/?$/;

/**
 * Takes the moderator token out of a secret link's fragment (`#key=…`), keeps it, and removes it
 * from the address bar so that it is neither bookmarked nor shown over someone's shoulder.
 * Returns whether a token was found.
 */
export function captureModeratorKey(location: Location, history: History): boolean {
  const slug = MODERATE_PATH.exec(location.pathname)?.[1];
  const token = new URLSearchParams(location.hash.slice(1)).get('key');
  if (slug === undefined || token === null || token === '') return false;
  saveModeratorToken(decodeURIComponent(slug), token);
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  return true;
}
