import type { SeenSession } from '../../store/index.js';

/*
 * What this browser keeps of its agenda: the stars (and whether the server has them yet), what
 * each starred session looked like when last shown, and the token the stars are stored under.
 * The agenda token is a participant token of its own ("Gast"), never the one a participant joined
 * with: the transfer link carries it to another device, and it must not carry the right to pitch
 * or vote in someone's name along.
 */

const starsKey = (slug: string) => `campgrid.stars.${slug}`;
const seenKey = (slug: string) => `campgrid.seen.${slug}`;
const tokenKey = (slug: string) => `campgrid.agenda.${slug}`;

export interface StoredStars {
  starred: string[];
  /** True while the server does not have the latest change yet. */
  dirty: boolean;
}

function read(key: string): unknown {
  try {
    const raw = window.localStorage.getItem(key);
    return raw === null ? null : JSON.parse(raw);
  } catch {
    // Storage switched off or a damaged entry: start afresh rather than break the page.
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Without storage the agenda lasts as long as the page.
  }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

export function readStoredStars(slug: string): StoredStars {
  const value = read(starsKey(slug));
  if (typeof value === 'object' && value !== null && 'starred' in value) {
    const starred = isStringArray(value.starred) ? value.starred : [];
    const dirty = 'dirty' in value && value.dirty === true;
    return { starred, dirty };
  }
  return { starred: [], dirty: false };
}

export function storeStars(slug: string, stars: StoredStars): void {
  write(starsKey(slug), stars);
}

function isSeen(value: unknown): value is SeenSession {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  const idOrNull = (field: unknown) => field === null || typeof field === 'string';
  return idOrNull(entry.slotId) && idOrNull(entry.roomId) && typeof entry.cancelled === 'boolean';
}

export function readSeen(slug: string): Record<string, SeenSession> {
  const value = read(seenKey(slug));
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => isSeen(entry)));
}

export function storeSeen(slug: string, seen: Record<string, SeenSession>): void {
  write(seenKey(slug), seen);
}

export function readAgendaToken(slug: string): string | undefined {
  try {
    return window.localStorage.getItem(tokenKey(slug)) ?? undefined;
  } catch {
    return undefined;
  }
}

export function saveAgendaToken(slug: string, token: string): void {
  try {
    window.localStorage.setItem(tokenKey(slug), token);
  } catch {
    // See write().
  }
}

export function forgetAgendaToken(slug: string): void {
  try {
    window.localStorage.removeItem(tokenKey(slug));
  } catch {
    // See write().
  }
}

/** Everything of the camp's agenda in this browser: stars, what they looked like, the token. */
export function forgetStoredAgenda(slug: string): void {
  for (const key of [starsKey(slug), seenKey(slug), tokenKey(slug)]) {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // See write().
    }
  }
}

const TRANSFER_PARAM = 'agenda';

/** The link that moves the agenda to another device; the token rides in the fragment. */
export function transferLink(origin: string, slug: string, token: string): string {
  return `${origin}/c/${encodeURIComponent(slug)}#${TRANSFER_PARAM}=${encodeURIComponent(token)}`;
}

/**
 * Takes an agenda token from a transfer link's fragment, keeps it, and clears the address bar
 * (the link is a secret). Returns whether one was found.
 */
export function captureTransferToken(slug: string, location: Location, history: History): boolean {
  const token = new URLSearchParams(location.hash.slice(1)).get(TRANSFER_PARAM);
  if (token === null || token === '') return false;
  saveAgendaToken(slug, token);
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  return true;
}
