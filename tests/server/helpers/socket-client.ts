import { randomUUID } from 'node:crypto';
import type {
  CommandAck,
  CommandInput,
  CommandType,
  EventEnvelope,
  EventType,
  PresenceChanged,
  SyncAck,
} from '@campgrid/shared';
import { io, type Socket } from 'socket.io-client';

/** Untyped on purpose: the tests also send what no typed client could. */
export type TestSocket = Socket;

/** Guards against a hang; never part of what a test asserts. */
const WAIT_LIMIT_MS = 5_000;

const openSockets = new Set<TestSocket>();

function openSocket(url: string, auth: unknown, extraHeaders?: Record<string, string>): TestSocket {
  const socket = io(url, {
    transports: ['websocket'],
    auth: auth as Record<string, unknown>,
    reconnection: false,
    forceNew: true,
    ...(extraHeaders ? { extraHeaders } : {}),
  });
  openSockets.add(socket);
  return socket;
}

export function connectClient(
  url: string,
  auth: unknown,
  extraHeaders?: Record<string, string>,
): Promise<TestSocket> {
  const socket = openSocket(url, auth, extraHeaders);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

export type ConnectError = Error & { data?: unknown };

/** Connects expecting a refusal and returns the connect_error. */
export function connectError(
  url: string,
  auth: unknown,
  extraHeaders?: Record<string, string>,
): Promise<ConnectError> {
  const socket = openSocket(url, auth, extraHeaders);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => {
      socket.close();
      reject(new Error('the connection was accepted'));
    });
    socket.once('connect_error', (error: ConnectError) => {
      socket.close();
      resolve(error);
    });
  });
}

export function closeAllSockets(): void {
  for (const socket of openSockets) socket.close();
  openSockets.clear();
}

export function newCommandId(): string {
  return `cmd-${randomUUID()}`;
}

export async function emitWithAck(
  socket: TestSocket,
  event: string,
  ...args: unknown[]
): Promise<unknown> {
  return socket.timeout(WAIT_LIMIT_MS).emitWithAck(event, ...args);
}

export async function sendCommand<T extends CommandType>(
  socket: TestSocket,
  type: T,
  payload: CommandInput<T>,
  commandId: string = newCommandId(),
): Promise<CommandAck> {
  return (await emitWithAck(socket, type, { commandId, payload })) as CommandAck;
}

/** Sends a command that must be accepted and returns its version. */
export async function mustCommand<T extends CommandType>(
  socket: TestSocket,
  type: T,
  payload: CommandInput<T>,
): Promise<number> {
  const ack = await sendCommand(socket, type, payload);
  if (!ack.ok) throw new Error(`${type} refused: ${ack.code} ${ack.message}`);
  return ack.version;
}

export async function sync(socket: TestSocket, sinceVersion: unknown): Promise<SyncAck> {
  return (await emitWithAck(socket, 'camp:sync', { sinceVersion })) as SyncAck;
}

export function nextEvent(socket: TestSocket, type: EventType): Promise<EventEnvelope> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(type, onEvent);
      reject(new Error(`no ${type} within ${WAIT_LIMIT_MS} ms`));
    }, WAIT_LIMIT_MS);
    const onEvent = (envelope: EventEnvelope) => {
      clearTimeout(timer);
      resolve(envelope);
    };
    socket.once(type, onEvent);
  });
}

/** Resolves with the first presence:changed that satisfies `until`. */
export function presenceWhere(
  socket: TestSocket,
  until: (presence: PresenceChanged) => boolean,
  limitMs = WAIT_LIMIT_MS,
): Promise<PresenceChanged> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off('presence:changed', listener);
      reject(new Error('no matching presence:changed'));
    }, limitMs);
    const listener = (presence: PresenceChanged) => {
      if (!until(presence)) return;
      clearTimeout(timer);
      socket.off('presence:changed', listener);
      resolve(presence);
    };
    socket.on('presence:changed', listener);
  });
}

export function waitForDisconnect(socket: TestSocket): Promise<string> {
  if (socket.disconnected) return Promise.resolve('already disconnected');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('still connected')), WAIT_LIMIT_MS);
    socket.once('disconnect', (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });
}

/** Records every event the socket receives, in order of arrival. */
export function recordEvents(socket: TestSocket): Array<{ name: string; envelope: EventEnvelope }> {
  const received: Array<{ name: string; envelope: EventEnvelope }> = [];
  socket.onAny((name: string, envelope: EventEnvelope) => {
    received.push({ name, envelope });
  });
  return received;
}
