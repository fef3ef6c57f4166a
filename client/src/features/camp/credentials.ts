import { forgetSnapshot } from '../../pwa/snapshot.js';
import { forgetStoredAgenda } from '../agenda/agenda-storage.js';

/*
 * The secrets that make a browser a participant or a moderator of a camp, or let it read a
 * private one. They live only in this browser's localStorage; the server keeps hashes.
 */

const participantKey = (slug: string) => `campgrid.participant.${slug}`;
const moderatorKey = (slug: string) => `campgrid.moderator.${slug}`;
const joinCodeKey = (slug: string) => `campgrid.joincode.${slug}`;

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
export const forgetModeratorToken = (slug: string) => write(moderatorKey(slug), null);

/** A private camp's join code, sent on every read and on the socket handshake of a viewer. */
export const readJoinCode = (slug: string) => read(joinCodeKey(slug));
export const saveJoinCode = (slug: string, code: string) => write(joinCodeKey(slug), code);
export const forgetJoinCode = (slug: string) => write(joinCodeKey(slug), null);

/**
 * Everything this browser keeps of a camp: its links' tokens, the join code, the agenda with its
 * own token, and the offline copy. For a camp that no longer exists.
 */
export function forgetCamp(slug: string): void {
  forgetParticipantToken(slug);
  forgetModeratorToken(slug);
  forgetJoinCode(slug);
  forgetStoredAgenda(slug);
  forgetSnapshot(slug);
}

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
