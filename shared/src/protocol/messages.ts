import { z } from 'zod';
import { type CampState, IdSchema } from '../domain/index.js';
import type { ErrorReply } from './errors.js';
import type { DomainEvent, LogEntry } from './events.js';

/** Who the server says the connected client is, decided from the handshake token. */
export interface Viewer {
  role: 'moderator' | 'participant' | 'viewer';
  participantId: string | null;
  displayName: string | null;
}

export type CommandAck =
  | { ok: true; version: number; events: DomainEvent[]; duplicate: boolean }
  | ErrorReply;

export const SyncRequestSchema = z.object({ sinceVersion: z.number().int().min(0) });
export type SyncRequest = z.infer<typeof SyncRequestSchema>;

/** A client that reconnects gets the entries it missed, or a snapshot when that is cheaper. */
export type CatchUp =
  | { kind: 'events'; entries: LogEntry[] }
  | { kind: 'snapshot'; state: CampState };

export type SyncAck = { ok: true; viewer: Viewer; version: number; catchUp: CatchUp } | ErrorReply;

/** The handshake's `auth` object. Tokens come from the secret links; none means a read-only viewer. */
export const HandshakeSchema = z.object({
  slug: z.string().min(1).max(80),
  token: z.string().min(1).max(200).optional(),
});
export type Handshake = z.infer<typeof HandshakeSchema>;

export const ParticipantIdSchema = IdSchema;
