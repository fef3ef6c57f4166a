import { z } from 'zod/mini';
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

export const SyncRequestSchema = z.object({
  sinceVersion: z.int().check(z.minimum(0)),
  /** Ask for a snapshot whatever the gap: the projection rules changed (changesProjection). */
  snapshot: z.optional(z.boolean()),
});
export type SyncRequest = z.infer<typeof SyncRequestSchema>;

/** A client that reconnects gets the entries it missed, or a snapshot when that is cheaper. */
export type CatchUp =
  | { kind: 'events'; entries: LogEntry[] }
  | { kind: 'snapshot'; state: CampState };

export type SyncAck = { ok: true; viewer: Viewer; version: number; catchUp: CatchUp } | ErrorReply;

/** The handshake's `auth` object. Tokens come from the secret links; none means a read-only viewer. */
export const HandshakeSchema = z.object({
  slug: z.string().check(z.minLength(1), z.maxLength(80)),
  token: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  /** A private camp's join code; only a viewer without a token needs it. */
  joinCode: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
});
export type Handshake = z.infer<typeof HandshakeSchema>;

export const ParticipantIdSchema = IdSchema;

/**
 * Presence is not part of the log: it lives as long as a moderator's socket does. Each moderator
 * tells what they have picked up; everyone moderating sees everyone else.
 */
export const PresenceUpdateSchema = z.object({ pickedSessionId: z.nullable(IdSchema) });
export type PresenceUpdate = z.infer<typeof PresenceUpdateSchema>;

export interface ModeratorPresence {
  /** One entry per connected moderator socket. */
  connectionId: string;
  /** "Moderation" for the main link, or the co-moderator link's label. */
  label: string;
  pickedSessionId: string | null;
}

export interface PresenceChanged {
  moderators: ModeratorPresence[];
}

/** The change history: who did what, and when, newest first. */
export const HistoryRequestSchema = z.object({
  limit: z._default(z.int().check(z.minimum(1), z.maximum(200)), 50),
  beforeVersion: z.optional(z.int().check(z.minimum(1))),
});
export type HistoryRequest = z.input<typeof HistoryRequestSchema>;

export interface HistoryEntry {
  version: number;
  at: number;
  /** "Moderation", a co-moderator's label, "Teilnehmende" for participants (never a name). */
  actorLabel: string;
  actorRole: 'moderator' | 'participant' | 'viewer';
  events: DomainEvent[];
}

export type HistoryAck = { ok: true; entries: HistoryEntry[] } | ErrorReply;

export const ACCESS_REVOKED_REASONS = ['rotated', 'revoked', 'camp-deleted', 'left'] as const;
/** Sent just before the server closes a socket whose link stopped working. */
export interface AccessRevoked {
  reason: (typeof ACCESS_REVOKED_REASONS)[number];
}
