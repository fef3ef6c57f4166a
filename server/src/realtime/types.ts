import type {
  Actor,
  CommandType,
  EventEnvelope,
  EventType,
  InterServerEvents,
  Viewer,
} from '@campgrid/shared';
import type { Server, Socket } from 'socket.io';

/**
 * The server's view of what clients send: the names of ClientToServerEvents, but with untrusted
 * arguments, since anything can arrive. Every handler validates before it trusts.
 */
export type IncomingEvents = Record<
  CommandType | 'camp:sync',
  (message: unknown, ack: unknown) => void
>;

/**
 * ServerToClientEvents with the envelope widened to any event, so one loop can emit each event
 * under its own type. The broadcaster always names an envelope by its event's type.
 */
export type OutgoingEvents = Record<EventType, (envelope: EventEnvelope) => void>;

/** Fixed at the handshake for the connection's lifetime. */
export interface SocketData {
  campId: string;
  slug: string;
  viewer: Viewer;
  actor: Actor;
}

export type CampServer = Server<IncomingEvents, OutgoingEvents, InterServerEvents, SocketData>;
export type CampSocket = Socket<IncomingEvents, OutgoingEvents, InterServerEvents, SocketData>;

export function campRoom(campId: string): string {
  return `camp:${campId}`;
}
