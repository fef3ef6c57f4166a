import type { CampSocket } from '../../../client/src/net/socket-port.js';

export interface SentMessage {
  eventName: string;
  payload: unknown;
  answered: boolean;
  reply(reply: unknown): void;
  timeOut(): void;
}

/** Plays the server's side of a Socket.IO connection, one step at a time, as the test says. */
export class FakeSocket implements CampSocket {
  connected = false;
  active = true;
  id: string | undefined = undefined;
  closed = false;
  /** How often the client asked to try the handshake again. */
  reconnects = 0;
  readonly sent: SentMessage[] = [];
  private readonly connectListeners: (() => void)[] = [];
  private readonly disconnectListeners: ((reason: string) => void)[] = [];
  private readonly errorListeners: ((error: Error) => void)[] = [];
  private readonly anyListeners: ((eventName: string, ...args: unknown[]) => void)[] = [];

  onConnect(listener: () => void): void {
    this.connectListeners.push(listener);
  }
  onDisconnect(listener: (reason: string) => void): void {
    this.disconnectListeners.push(listener);
  }
  onConnectError(listener: (error: Error) => void): void {
    this.errorListeners.push(listener);
  }
  onAny(listener: (eventName: string, ...args: unknown[]) => void): void {
    this.anyListeners.push(listener);
  }
  emitWithAck(
    eventName: string,
    payload: unknown,
    _timeoutMs: number,
    callback: (error: Error | null, reply?: unknown) => void,
  ): void {
    const message: SentMessage = {
      eventName,
      payload,
      answered: false,
      reply: (reply) => {
        message.answered = true;
        callback(null, reply);
      },
      timeOut: () => {
        message.answered = true;
        callback(new Error('operation has timed out'));
      },
    };
    this.sent.push(message);
  }
  /** Recorded like the others, but already answered: nothing waits for a reply. */
  emit(eventName: string, payload: unknown): void {
    this.sent.push({ eventName, payload, answered: true, reply: () => {}, timeOut: () => {} });
  }
  reconnect(): void {
    this.reconnects += 1;
    this.active = true;
  }
  disconnect(): void {
    this.closed = true;
    this.connected = false;
    this.active = false;
  }

  // The server's moves.

  accept(id = 'fake-connection'): void {
    this.connected = true;
    this.id = id;
    for (const listener of this.connectListeners) listener();
  }
  drop(): void {
    this.connected = false;
    this.id = undefined;
    for (const listener of this.disconnectListeners) listener('transport close');
  }
  /** The server refuses the handshake; like socket.io-client, the socket then stops trying. */
  refuse(message: string, data?: unknown): void {
    this.active = false;
    const error = Object.assign(new Error(message), data === undefined ? {} : { data });
    for (const listener of this.errorListeners) listener(error);
  }
  /** The server cannot be reached; socket.io-client keeps trying by itself. */
  unreachable(): void {
    for (const listener of this.errorListeners) listener(new Error('websocket error'));
  }
  broadcast(eventName: string, envelope: unknown): void {
    for (const listener of this.anyListeners) listener(eventName, envelope);
  }

  /** The oldest unanswered message of that name; fails the test if there is none. */
  next(eventName: string): SentMessage {
    const message = this.sent.find((item) => item.eventName === eventName && !item.answered);
    if (!message) {
      const names = this.sent.map(
        (item) => `${item.eventName}${item.answered ? ' (answered)' : ''}`,
      );
      throw new Error(`no unanswered "${eventName}" among: ${names.join(', ') || 'nothing'}`);
    }
    return message;
  }

  unanswered(eventName: string): SentMessage[] {
    return this.sent.filter((item) => item.eventName === eventName && !item.answered);
  }
}

/** The `{commandId, payload}` a command message carries. */
export function commandMessage(message: SentMessage): { commandId: string; payload: unknown } {
  const { payload } = message;
  if (typeof payload !== 'object' || payload === null || !('commandId' in payload)) {
    throw new Error(`not a command message: ${JSON.stringify(payload)}`);
  }
  const { commandId } = payload;
  if (typeof commandId !== 'string') throw new Error('commandId is not a string');
  return { commandId, payload: 'payload' in payload ? payload.payload : undefined };
}
