import { create } from 'zustand';
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { createAgendaSlice } from './agenda-slice.js';
import { createBoardSlice } from './board-slice.js';
import { createConnectionSlice } from './connection-slice.js';
import type { CampStore } from './types.js';
import { createUiSlice } from './ui-slice.js';

const campStoreInitializer: StateCreator<CampStore> = (...args) => ({
  ...createBoardSlice(...args),
  ...createConnectionSlice(...args),
  ...createUiSlice(...args),
  ...createAgendaSlice(...args),
});

/** The app's one store; React reads it through selectors, the socket module writes to it. */
export const useCampStore = create<CampStore>()(campStoreInitializer);

export type CampStoreApi = StoreApi<CampStore>;

/** A separate store with the same slices, for code that must not share the app's. */
export function createCampStore(): CampStoreApi {
  return createStore<CampStore>()(campStoreInitializer);
}

export { actorOf } from './actor.js';
export {
  type AgendaState,
  type AgendaSync,
  type SeenSession,
  selectAgenda,
  selectStarred,
} from './agenda-slice.js';
export type { BroadcastResult, PendingCommand } from './board-logic.js';
export * from './grid-undo.js';
export type { Announcement, ClientErrorCode, Notice } from './notices.js';
export * from './selectors.js';
export type * from './types.js';
