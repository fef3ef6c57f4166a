import {
  type CampState,
  CampStateSchema,
  type Command,
  type CommandType,
  isCommandType,
  parseCommand,
} from '@campgrid/shared';
import type { CampStore, CampStoreApi, PendingCommand } from '../store/index.js';

/*
 * The last confirmed state of each camp, kept in localStorage, so that a phone that opens the
 * app without a connection still shows the schedule it saw last ("Stand: hh:mm"). Commands made
 * offline (a vote, say) are kept with it and sent when the connection returns: the server applies
 * each command id at most once, so sending one again after a reload is safe.
 */

const key = (slug: string) => `campgrid.snapshot.${slug}`;

/** Writes at most this often while events stream in (voting changes counts every second). */
const WRITE_INTERVAL_MS = 2_000;

interface StoredSnapshot {
  identity: string;
  syncedAt: number | null;
  state: CampState;
  pending: { commandId: string; command: Command }[];
}

function readSnapshot(slug: string): StoredSnapshot | null {
  let raw: unknown;
  try {
    const text = window.localStorage.getItem(key(slug));
    if (text === null) return null;
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const record = raw as Record<string, unknown>;
  const state = CampStateSchema.safeParse(record.state);
  if (!state.success || typeof record.identity !== 'string') return null;
  const pending = Array.isArray(record.pending) ? record.pending.flatMap(parsePending) : [];
  return {
    identity: record.identity,
    syncedAt: typeof record.syncedAt === 'number' ? record.syncedAt : null,
    state: state.data,
    pending,
  };
}

function parsePending(value: unknown): { commandId: string; command: Command }[] {
  if (typeof value !== 'object' || value === null) return [];
  const { commandId, command } = value as { commandId?: unknown; command?: unknown };
  if (typeof commandId !== 'string' || typeof command !== 'object' || command === null) return [];
  const { type, ...payload } = command as { type?: unknown };
  if (typeof type !== 'string' || !isCommandType(type)) return [];
  const parsed = parseCommand(type as CommandType, payload);
  return parsed.ok ? [{ commandId, command: parsed.command }] : [];
}

/** Camps forgotten on purpose in this page's life; a late write must not bring them back. */
const forgotten = new Set<string>();

/**
 * Removes the camp's stored state, and keeps the page from writing it again (it may still hold
 * the camp in memory, and writes on leaving): for a camp that was deleted.
 */
export function forgetSnapshot(slug: string): void {
  forgotten.add(slug);
  try {
    window.localStorage.removeItem(key(slug));
  } catch {
    // Switched-off storage holds nothing to forget.
  }
}

function writeSnapshot(slug: string, snapshot: StoredSnapshot): void {
  if (forgotten.has(slug)) return;
  try {
    window.localStorage.setItem(key(slug), JSON.stringify(snapshot));
  } catch {
    // Full or switched-off storage: the app works, only not offline.
  }
}

function snapshotOf(store: CampStore): { slug: string; snapshot: StoredSnapshot } | null {
  const { slug, identity, confirmed, pending } = store.board;
  if (slug === null || identity === null || confirmed === null || confirmed.slug !== slug) {
    return null;
  }
  return {
    slug,
    snapshot: {
      identity,
      syncedAt: store.connection.lastSyncAt,
      state: confirmed,
      pending: pending
        .filter((command) => command.accepted === null)
        .map(({ commandId, command }) => ({ commandId, command })),
    },
  };
}

/** Puts the stored state in place when a camp opens with nothing confirmed yet. */
function restore(store: CampStoreApi): void {
  const { board } = store.getState();
  if (board.slug === null || board.identity === null || board.confirmed !== null) return;
  const saved = readSnapshot(board.slug);
  if (saved === null || saved.identity !== board.identity || saved.state.slug !== board.slug) {
    return;
  }
  // Marked as sent: only the server may refuse them now, once it says who this client is.
  const pending: PendingCommand[] = saved.pending.map(({ commandId, command }) => ({
    commandId,
    command,
    sent: true,
    accepted: null,
  }));
  store.setState((current) => ({
    board: { ...current.board, confirmed: saved.state, visible: saved.state, open: null, pending },
    connection: { ...current.connection, lastSyncAt: saved.syncedAt },
  }));
}

/** Keeps every open camp's last state in storage and brings it back on the next visit. */
export function persistSnapshots(store: CampStoreApi): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const current = snapshotOf(store.getState());
    if (current) writeSnapshot(current.slug, current.snapshot);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.board.slug !== previous.board.slug ||
      state.board.identity !== previous.board.identity
    ) {
      restore(store);
      return;
    }
    const changed =
      state.board.confirmed !== previous.board.confirmed ||
      state.board.pending !== previous.board.pending ||
      state.connection.lastSyncAt !== previous.connection.lastSyncAt;
    if (changed && timer === null) timer = setTimeout(flush, WRITE_INTERVAL_MS);
  });
  const onHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
    document.removeEventListener('visibilitychange', onHide);
    window.removeEventListener('pagehide', flush);
  };
}
