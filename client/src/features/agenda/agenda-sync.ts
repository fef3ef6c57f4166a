import type { CampState } from '@campgrid/shared';
import { type CampStoreApi, useCampStore } from '../../store/index.js';
import { readJoinCode } from '../camp/credentials.js';
import { seenNow, seenOf } from './agenda-model.js';
import {
  captureTransferToken,
  forgetAgendaToken,
  readAgendaToken,
  readSeen,
  readStoredStars,
  saveAgendaToken,
  storeSeen,
  storeStars,
} from './agenda-storage.js';
import { createGuestToken, fetchStars, putStars, type StarsResponse } from './stars-api.js';

/** How long to wait before trying the server again when it did not answer. */
const RETRY_MS = 15_000;

export interface AgendaSyncOptions {
  store?: CampStoreApi;
  location?: Location;
  history?: History;
}

export interface AgendaSyncHandle {
  toggleStar(sessionId: string, camp: CampState): void;
  /** The user has seen the notices: remember every starred session as it is now. */
  acknowledge(camp: CampState): void;
  /** Sessions starred elsewhere (a transfer) count as seen as they are when first shown here. */
  noteUnseen(camp: CampState): void;
  /** Pushes waiting changes now, e.g. when the connection returns. */
  retry(): void;
  stop(): void;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

let active: AgendaSyncHandle | null = null;

/**
 * Keeps one camp's agenda in this browser and on the server. Stars change locally at once and
 * are stored, then pushed whole (PUT) whenever the server can be reached; offline they wait.
 * On start the server's copy wins unless this browser has changes it has not sent, or it was
 * just handed a transfer link, in which case both sets are joined.
 */
export function startAgendaSync(slug: string, options: AgendaSyncOptions = {}): AgendaSyncHandle {
  const store = options.store ?? useCampStore;
  const imported = captureTransferToken(
    slug,
    options.location ?? window.location,
    options.history ?? window.history,
  );
  let stopped = false;
  let pushing = false;
  let pushAgain = false;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let stored = readStoredStars(slug);

  store.getState().setAgenda({
    slug,
    starred: stored.starred,
    seen: readSeen(slug),
    sync: stored.dirty ? 'offline' : readAgendaToken(slug) ? 'saved' : 'local',
    feedPath: null,
  });

  function keep(starred: string[], dirty: boolean): void {
    stored = { starred, dirty };
    storeStars(slug, stored);
    store.getState().setAgenda({ starred });
  }

  function accepted(reply: StarsResponse): void {
    store.getState().setAgenda({ sync: 'saved', feedPath: reply.feedPath });
  }

  function scheduleRetry(): void {
    if (retryTimer !== null || stopped) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void push();
    }, RETRY_MS);
  }

  async function tokenForPush(): Promise<string | null> {
    const existing = readAgendaToken(slug);
    if (existing) return existing;
    const created = await createGuestToken(slug, readJoinCode(slug));
    if (typeof created === 'string') {
      saveAgendaToken(slug, created);
      return created;
    }
    store.getState().setAgenda({ sync: created.code === 'NETWORK' ? 'offline' : 'local' });
    if (created.code === 'NETWORK') scheduleRetry();
    return null;
  }

  async function push(): Promise<void> {
    if (stopped || !stored.dirty) return;
    if (pushing) {
      pushAgain = true;
      return;
    }
    pushing = true;
    store.getState().setAgenda({ sync: 'saving' });
    try {
      const token = await tokenForPush();
      if (token === null || stopped) return;
      const sending = stored.starred;
      const reply = await putStars(slug, token, sending);
      if (stopped) return;
      if (reply.ok) {
        if (sameIds(sending, stored.starred)) keep(stored.starred, false);
        accepted(reply);
      } else if (reply.code === 'UNAUTHORIZED') {
        // The server no longer knows the token (say, the camp was reset): a new one next time.
        forgetAgendaToken(slug);
        pushAgain = true;
      } else {
        store.getState().setAgenda({ sync: 'offline' });
        scheduleRetry();
      }
    } finally {
      pushing = false;
      if (pushAgain && !stopped) {
        pushAgain = false;
        void push();
      }
    }
  }

  async function pull(): Promise<void> {
    const token = readAgendaToken(slug);
    if (!token) return;
    const reply = await fetchStars(slug, token);
    if (stopped) return;
    if (!reply.ok) {
      if (reply.code === 'UNAUTHORIZED') forgetAgendaToken(slug);
      store.getState().setAgenda({ sync: reply.code === 'NETWORK' ? 'offline' : 'local' });
      if (stored.dirty) void push();
      return;
    }
    accepted(reply);
    if (imported) {
      const joined = [...new Set([...reply.sessionIds, ...stored.starred])];
      keep(joined, !sameIds(joined, reply.sessionIds));
    } else if (!stored.dirty) {
      keep(reply.sessionIds, false);
    }
    void push();
  }

  const onOnline = () => void push();
  window.addEventListener('online', onOnline);
  void pull();

  const handle: AgendaSyncHandle = {
    toggleStar(sessionId, camp) {
      const starred = stored.starred.includes(sessionId)
        ? stored.starred.filter((id) => id !== sessionId)
        : [...stored.starred, sessionId];
      const session = camp.sessions.find((candidate) => candidate.id === sessionId);
      const seen = { ...store.getState().agenda.seen };
      if (starred.includes(sessionId) && session) seen[sessionId] = seenOf(session);
      else delete seen[sessionId];
      storeSeen(slug, seen);
      store.getState().setAgenda({ seen });
      keep(starred, true);
      void push();
    },
    acknowledge(camp) {
      const seen = seenNow(camp, stored.starred);
      storeSeen(slug, seen);
      store.getState().setAgenda({ seen });
    },
    noteUnseen(camp) {
      const { seen } = store.getState().agenda;
      const missing = stored.starred.filter((id) => !(id in seen));
      const known = seenNow(camp, missing);
      if (Object.keys(known).length === 0) return;
      const next = { ...seen, ...known };
      storeSeen(slug, next);
      store.getState().setAgenda({ seen: next });
    },
    retry() {
      void push();
    },
    stop() {
      stopped = true;
      window.removeEventListener('online', onOnline);
      if (retryTimer !== null) clearTimeout(retryTimer);
      if (active === handle) active = null;
    },
  };
  active = handle;
  return handle;
}

/** Stars or unstars a session through the running agenda; see `startAgendaSync`. */
export function toggleStar(sessionId: string, camp: CampState): void {
  active?.toggleStar(sessionId, camp);
}

export function acknowledgeChanges(camp: CampState): void {
  active?.acknowledge(camp);
}

export function retryAgendaSync(): void {
  active?.retry();
}
