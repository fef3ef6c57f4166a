import { EMPTY_GRID_UNDO, GRID_UNDO_DEPTH } from './grid-undo.js';
import type { SliceCreator, UiSlice } from './types.js';

/** Older alerts give way: a phone has no room for a pile of them. */
const NOTICES_SHOWN = 3;

let nextId = 1;

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  ui: {
    pickedSessionId: null,
    notices: [],
    announcement: null,
    language: 'de',
    presence: { ownConnectionId: null, moderators: [] },
    gridUndo: EMPTY_GRID_UNDO,
  },
  pickSession: (sessionId) => set((store) => ({ ui: { ...store.ui, pickedSessionId: sessionId } })),
  notify: (kind, code, commandId) =>
    set((store) => ({
      ui: {
        ...store.ui,
        notices: [
          ...store.ui.notices,
          commandId === undefined
            ? { id: nextId++, kind, code }
            : { id: nextId++, kind, code, commandId },
        ].slice(-NOTICES_SHOWN),
      },
    })),
  dismissNotice: (id) =>
    set((store) => ({
      ui: { ...store.ui, notices: store.ui.notices.filter((notice) => notice.id !== id) },
    })),
  announce: (announcement) =>
    set((store) => ({ ui: { ...store.ui, announcement: { ...announcement, id: nextId++ } } })),
  setLanguage: (language) => set((store) => ({ ui: { ...store.ui, language } })),
  setPresence: (ownConnectionId, moderators) =>
    set((store) => ({ ui: { ...store.ui, presence: { ownConnectionId, moderators } } })),
  recordGridAction: (action) =>
    set((store) => ({
      ui: {
        ...store.ui,
        gridUndo: { done: [...store.ui.gridUndo.done, action].slice(-GRID_UNDO_DEPTH), undone: [] },
      },
    })),
  setGridUndo: (gridUndo) => set((store) => ({ ui: { ...store.ui, gridUndo } })),
});
