import type {
  AccessRevoked,
  Actor,
  CommandType,
  EventEnvelope,
  EventType,
  ModeratorPresence,
  PresenceChanged,
  Viewer,
  VoteTally,
} from '@campgrid/shared';
import type { Server, Socket } from 'socket.io';

/**
 * The server's view of what clients send: the names of ClientToServerEvents, but with untrusted
 * arguments, since anything can arrive. Every handler validates before it trusts.
 */
export type IncomingEvents = Record<
  CommandType | 'camp:sync' | 'presence:update' | 'history:list',
  (message: unknown, ack: unknown) => void
>;

/**
 * ServerToClientEvents with the envelope widened to any event, so one loop can emit each event
 * under its own type. The broadcaster always names an envelope by its event's type.
 */
export type OutgoingEvents = Record<EventType, (envelope: EventEnvelope) => void> & {
  'votes:tallied': (tally: VoteTally) => void;
  'access:revoked': (notice: AccessRevoked) => void;
  'presence:changed': (presence: PresenceChanged) => void;
};

/** Fixed at the handshake for the connection's lifetime. */
export interface SocketData {
  campId: string;
  slug: string;
  viewer: Viewer;
  actor: Actor;
  /** SHA-256 of the token the socket came with, null without one; revoking it closes the socket. */
  tokenHash: string | null;
  /** For moderators: which link ("Moderation" or a co-moderator's label); null for others. */
  moderator: { linkId: string | null; label: string } | null;
  /** The client's address, for the per-address rate limits. */
  clientIp: string;
  /** A viewer of a private camp who came in with its join code. */
  viaJoinCode: boolean;
  /** Participants: the pseudonym their ballot has for moderators (ballot-keys.ts); else null. */
  ballotKey: string | null;
  /** Moderators: what they last said they hold (presence.ts); absent until their first update. */
  pickedSessionId?: string | null;
}

/** One moderator socket as instances tell each other: with when it connected, for the order. */
export interface PresenceEntry extends ModeratorPresence {
  connectedAt: number;
}

/**
 * Between instances (serverSideEmit, over Redis pub/sub); without the adapter nothing is sent.
 * Presence crosses instances this way rather than with fetchSockets, which would carry each
 * moderator's handshake, token included, through Redis.
 */
export interface CampInterServerEvents {
  /** A moderator of the camp came, left or picked something up on the sending instance. */
  'presence:stale': (campId: string) => void;
  /** Asks for the camp's moderators connected to each other instance. */
  'presence:list': (campId: string, reply: (entries: PresenceEntry[]) => void) => void;
}

export type CampServer = Server<IncomingEvents, OutgoingEvents, CampInterServerEvents, SocketData>;
export type CampSocket = Socket<IncomingEvents, OutgoingEvents, CampInterServerEvents, SocketData>;

export function campRoom(campId: string): string {
  return `camp:${campId}`;
}

/**
 * Every socket of a camp is also in the room of its role: a broadcast is projected once per
 * audience and sent to that room (the Redis adapter carries rooms across instances).
 */
export function audienceRoom(campId: string, role: Viewer['role']): string {
  return `camp:${campId}:audience:${role}`;
}

/**
 * Each audience is spread over this many rooms, and a vote tally goes out to one of them at a
 * time (see CampBroadcaster): eight short bursts of writes instead of one long one.
 */
export const TALLY_SHARDS = 8;

export function shardRoom(campId: string, role: Viewer['role'], shard: number): string {
  return `camp:${campId}:audience:${role}:${shard}`;
}

/** Every room a socket of this camp and role joins; `shard` is taken modulo TALLY_SHARDS. */
export function roomsFor(campId: string, role: Viewer['role'], shard: number): string[] {
  return [
    campRoom(campId),
    audienceRoom(campId, role),
    shardRoom(campId, role, shard % TALLY_SHARDS),
  ];
}
