import type { CampStore } from './types.js';

export const selectVisible = (store: CampStore) => store.board.visible;
export const selectPendingCount = (store: CampStore) =>
  store.board.pending.filter((command) => command.accepted === null).length;
export const selectViewer = (store: CampStore) => store.connection.viewer;
export const selectStatus = (store: CampStore) => store.connection.status;
export const selectFailure = (store: CampStore) => store.connection.failure;
export const selectLastSyncAt = (store: CampStore) => store.connection.lastSyncAt;
export const selectPickedSessionId = (store: CampStore) => store.ui.pickedSessionId;
export const selectNotices = (store: CampStore) => store.ui.notices;
export const selectAnnouncement = (store: CampStore) => store.ui.announcement;
export const selectLanguage = (store: CampStore) => store.ui.language;
export const selectPresence = (store: CampStore) => store.ui.presence;
export const selectGridUndo = (store: CampStore) => store.ui.gridUndo;
