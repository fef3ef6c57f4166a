import type { CampStore, SliceCreator } from './types.js';

/** Where a starred session was when this browser last showed it, to tell what changed since. */
export interface SeenSession {
  slotId: string | null;
  roomId: string | null;
  cancelled: boolean;
}

/**
 * `local`: kept in this browser only (no token yet, or the server refused one);
 * `saving`/`saved`: on its way to, or stored on, the server; `offline`: waits for the connection.
 */
export type AgendaSync = 'local' | 'saving' | 'saved' | 'offline';

export interface AgendaState {
  slug: string | null;
  /** The starred session ids, in the order they were starred. */
  starred: string[];
  seen: Record<string, SeenSession>;
  sync: AgendaSync;
  /** The personal calendar feed, once the server has the agenda. */
  feedPath: string | null;
}

export interface AgendaSlice {
  agenda: AgendaState;
  /** Replaces the agenda wholesale; features/agenda decides what and keeps it in storage. */
  setAgenda(changes: Partial<AgendaState>): void;
}

export const EMPTY_AGENDA: AgendaState = {
  slug: null,
  starred: [],
  seen: {},
  sync: 'local',
  feedPath: null,
};

export const createAgendaSlice: SliceCreator<AgendaSlice> = (set) => ({
  agenda: EMPTY_AGENDA,
  setAgenda: (changes) => set((store) => ({ agenda: { ...store.agenda, ...changes } })),
});

export const selectAgenda = (store: CampStore) => store.agenda;
export const selectStarred = (store: CampStore) => store.agenda.starred;
