import type { ConnectionSlice, SliceCreator } from './types.js';

export const createConnectionSlice: SliceCreator<ConnectionSlice> = (set) => ({
  connection: { status: 'connecting', viewer: null, lastSyncAt: null, failure: null },
  setConnectionStatus: (status) =>
    set((store) => ({ connection: { ...store.connection, status } })),
  setConnectionFailure: (failure) =>
    set((store) => ({
      connection: {
        ...store.connection,
        failure,
        status: failure === null ? store.connection.status : 'offline',
      },
    })),
  markSynced: (at) =>
    set((store) => ({
      connection: { ...store.connection, status: 'online', lastSyncAt: at, failure: null },
    })),
});
