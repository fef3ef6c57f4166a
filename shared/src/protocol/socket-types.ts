import type { CommandMessage, CommandType } from './commands.js';
import type { EventEnvelope, EventOf, EventType } from './events.js';
import type { CommandAck, SyncAck, SyncRequest } from './messages.js';

/** Socket.IO's client -> server map, derived from the command catalog. */
export type ClientToServerEvents = {
  [T in CommandType]: (message: CommandMessage<T>, ack: (reply: CommandAck) => void) => void;
} & {
  'camp:sync': (request: SyncRequest, ack: (reply: SyncAck) => void) => void;
};

/** Socket.IO's server -> client map, derived from the event catalog. */
export type ServerToClientEvents = {
  [T in EventType]: (envelope: EventEnvelope<EventOf<T>>) => void;
};

export type InterServerEvents = Record<string, never>;
