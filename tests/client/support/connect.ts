import type { CampState, Viewer } from '@campgrid/shared';
import { type CampConnection, connectCamp } from '../../../client/src/net/camp-connection.js';
import type { CampStoreApi } from '../../../client/src/store/index.js';
import { SLUG } from './camp-fixture.js';
import { FakeSocket } from './fake-socket.js';

export interface Connected {
  socket: FakeSocket;
  connection: CampConnection;
}

/** Connects a camp page to a fake server that answers the first sync with a snapshot. */
export function connectWithSnapshot(
  state: CampState,
  viewer: Viewer,
  options: { store?: CampStoreApi; token?: string } = {},
): Connected {
  const socket = new FakeSocket();
  const connection = connectCamp(SLUG, options.token ?? 'secret-token', {
    ...(options.store ? { store: options.store } : {}),
    openSocket: () => socket,
  });
  socket.accept();
  socket.next('camp:sync').reply({
    ok: true,
    viewer,
    version: state.version,
    catchUp: { kind: 'snapshot', state },
  });
  return { socket, connection };
}
