import type { CommandMessage, CommandType } from './commands.js';
import type { EventEnvelope, EventOf, EventType } from './events.js';
import type {
  AccessRevoked,
  CommandAck,
  HistoryAck,
  HistoryRequest,
  PresenceChanged,
  PresenceUpdate,
  SyncAck,
  SyncRequest,
} from './messages.js';
import type { VoteTally } from './tally.js';

/** Socket.IO's client -> server map, derived from the command catalog. */
export type ClientToServerEvents = {
  [T in CommandType]: (message: CommandMessage<T>, ack: (reply: CommandAck) => void) => void;
} & {
  'camp:sync': (request: SyncRequest, ack: (reply: SyncAck) => void) => void;
  /** Moderators only; no ack, the next presence:changed is the answer. */
  'presence:update': (update: PresenceUpdate) => void;
  /** Moderators only. */
  'history:list': (request: HistoryRequest, ack: (reply: HistoryAck) => void) => void;
};

/** Socket.IO's server -> client map, derived from the event catalog. */
export type ServerToClientEvents = {
  [T in EventType]: (envelope: EventEnvelope<EventOf<T>>) => void;
} & {
  /** To moderators, whenever a moderator connects, leaves or picks something up. */
  'presence:changed': (presence: PresenceChanged) => void;
  'access:revoked': (notice: AccessRevoked) => void;
  /** Runs of single-vote entries, gathered for a moment (see tally.ts). */
  'votes:tallied': (tally: VoteTally) => void;
};

export type InterServerEvents = Record<string, never>;
