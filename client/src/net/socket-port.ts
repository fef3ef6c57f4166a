import type { Handshake } from '@campgrid/shared';
import { io } from 'socket.io-client';

/**
 * The part of a Socket.IO client that the camp connection uses. The real one is wrapped by
 * `openSocketIo`; tests pass a fake that plays the server.
 */
export interface CampSocket {
  readonly connected: boolean;
  /**
   * False once the server refused the handshake: socket.io-client then waits for `reconnect()`.
   * While true it tries again by itself, with backoff.
   */
  readonly active: boolean;
  /** The server's name for this connection, while connected; presence lists it. */
  readonly id: string | undefined;
  onConnect(listener: () => void): void;
  onDisconnect(listener: (reason: string) => void): void;
  /**
   * The server refused the handshake (the message is the error code, `data` the full error reply),
   * or it is unreachable.
   */
  onConnectError(listener: (error: Error) => void): void;
  /** Every other incoming event: the broadcasts. */
  onAny(listener: (eventName: string, ...args: unknown[]) => void): void;
  /** Emits with an acknowledgement; `error` is set when no answer came within `timeoutMs`. */
  emitWithAck(
    eventName: string,
    payload: unknown,
    timeoutMs: number,
    callback: (error: Error | null, reply?: unknown) => void,
  ): void;
  /** Emits without an acknowledgement, for messages whose answer comes as a broadcast. */
  emit(eventName: string, payload: unknown): void;
  /** Tries the handshake again after the server refused it. */
  reconnect(): void;
  disconnect(): void;
}

export type OpenSocket = (handshake: Handshake) => CampSocket;

/** One Socket.IO client per camp page, on this page's origin, reconnecting with backoff. */
export const openSocketIo: OpenSocket = (handshake) => {
  const socket = io({
    path: '/socket.io',
    transports: ['websocket'],
    auth: handshake,
    forceNew: true,
    reconnection: true,
    reconnectionDelay: 500,
    reconnectionDelayMax: 8_000,
    randomizationFactor: 0.5,
    timeout: 10_000,
  });
  return {
    get connected() {
      return socket.connected;
    },
    get active() {
      return socket.active;
    },
    get id() {
      return socket.id;
    },
    onConnect(listener) {
      socket.on('connect', listener);
    },
    onDisconnect(listener) {
      socket.on('disconnect', (reason) => listener(reason));
    },
    onConnectError(listener) {
      socket.on('connect_error', listener);
    },
    onAny(listener) {
      socket.onAny(listener);
    },
    emitWithAck(eventName, payload, timeoutMs, callback) {
      socket.timeout(timeoutMs).emit(eventName, payload, (error: Error | null, reply: unknown) => {
        callback(error, reply);
      });
    },
    emit(eventName, payload) {
      socket.emit(eventName, payload);
    },
    reconnect() {
      socket.connect();
    },
    disconnect() {
      socket.disconnect();
    },
  };
};
