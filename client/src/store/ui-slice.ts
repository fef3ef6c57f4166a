import type { SliceCreator, UiSlice } from './types.js';

/** Older alerts give way: a phone has no room for a pile of them. */
const NOTICES_SHOWN = 3;

let nextId = 1;

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  ui: { pickedSessionId: null, notices: [], announcement: null, language: 'de' },
  pickSession: (sessionId) => set((store) => ({ ui: { ...store.ui, pickedSessionId: sessionId } })),
  notify: (kind, code) =>
    set((store) => ({
      ui: {
        ...store.ui,
        notices: [...store.ui.notices, { id: nextId++, kind, code }].slice(-NOTICES_SHOWN),
      },
    })),
  dismissNotice: (id) =>
    set((store) => ({
      ui: { ...store.ui, notices: store.ui.notices.filter((notice) => notice.id !== id) },
    })),
  announce: (announcement) =>
    set((store) => ({ ui: { ...store.ui, announcement: { ...announcement, id: nextId++ } } })),
  setLanguage: (language) => set((store) => ({ ui: { ...store.ui, language } })),
});
