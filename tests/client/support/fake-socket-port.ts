import { FakeSocket } from './fake-socket.js';

/**
 * Stands in for client/src/net/socket-port.ts, so the app's connections open FakeSockets:
 *
 *   vi.mock('…/client/src/net/socket-port.js', () => import('…/support/fake-socket-port.js'));
 *
 * The test file imports `sockets` from here too: one module instance, so it sees every socket the
 * app opened, with the handshake it was opened with. Empty it in beforeEach.
 */
export const sockets = { opened: [] as { handshake: unknown; socket: FakeSocket }[] };

export function openSocketIo(handshake: unknown): FakeSocket {
  const socket = new FakeSocket();
  sockets.opened.push({ handshake, socket });
  return socket;
}

/** The socket the app opened last. */
export function lastSocket(): FakeSocket {
  const socket = sockets.opened.at(-1)?.socket;
  if (socket === undefined) throw new Error('no socket was opened');
  return socket;
}
