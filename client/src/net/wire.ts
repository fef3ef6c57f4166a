import {
  ACCESS_REVOKED_REASONS,
  type AccessRevoked,
  type CampLinks,
  CampStateSchema,
  type CommandAck,
  type CreateCampResponse,
  DomainEventSchema,
  ErrorReplySchema,
  type EventEnvelope,
  type HistoryAck,
  type JoinResponse,
  type LogEntry,
  type PresenceChanged,
  type SyncAck,
  type Viewer,
} from '@campgrid/shared';
import { z } from 'zod/mini';

/*
 * shared/ describes these replies as types only; the client checks what arrives against schemas
 * built from shared's parts, so a server that drifts from the contract fails loudly here.
 */

const VersionSchema = z.int().check(z.minimum(0));

const LogEntrySchema: z.ZodMiniType<LogEntry> = z.object({
  version: VersionSchema,
  at: z.number(),
  events: z.array(DomainEventSchema),
});

const ViewerSchema: z.ZodMiniType<Viewer> = z.object({
  role: z.enum(['moderator', 'participant', 'viewer']),
  participantId: z.nullable(z.string()),
  displayName: z.nullable(z.string()),
});

export const SyncAckSchema: z.ZodMiniType<SyncAck> = z.union([
  z.object({
    ok: z.literal(true),
    viewer: ViewerSchema,
    version: VersionSchema,
    catchUp: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('events'), entries: z.array(LogEntrySchema) }),
      z.object({ kind: z.literal('snapshot'), state: CampStateSchema }),
    ]),
  }),
  ErrorReplySchema,
]);

export const CommandAckSchema: z.ZodMiniType<CommandAck> = z.union([
  z.object({
    ok: z.literal(true),
    version: VersionSchema,
    events: z.array(DomainEventSchema),
    duplicate: z.boolean(),
  }),
  ErrorReplySchema,
]);

export const EventEnvelopeSchema: z.ZodMiniType<EventEnvelope> = z.object({
  version: VersionSchema,
  at: z.number(),
  event: DomainEventSchema,
});

const CampLinksSchema: z.ZodMiniType<CampLinks> = z.object({
  schedule: z.string(),
  participant: z.string(),
  moderator: z.string(),
});

export const CreateCampResponseSchema: z.ZodMiniType<CreateCampResponse> = z.object({
  ok: z.literal(true),
  slug: z.string(),
  moderatorToken: z.string(),
  links: CampLinksSchema,
});

export const JoinResponseSchema: z.ZodMiniType<JoinResponse> = z.object({
  ok: z.literal(true),
  participantId: z.string(),
  displayName: z.string(),
  token: z.string(),
});

export const PresenceChangedSchema: z.ZodMiniType<PresenceChanged> = z.object({
  moderators: z.array(
    z.object({
      connectionId: z.string(),
      label: z.string(),
      pickedSessionId: z.nullable(z.string()),
    }),
  ),
});

export const HistoryAckSchema: z.ZodMiniType<HistoryAck> = z.union([
  z.object({
    ok: z.literal(true),
    entries: z.array(
      z.object({
        version: VersionSchema,
        at: z.number(),
        actorLabel: z.string(),
        actorRole: z.enum(['moderator', 'participant', 'viewer']),
        events: z.array(DomainEventSchema),
      }),
    ),
  }),
  ErrorReplySchema,
]);

export const AccessRevokedSchema: z.ZodMiniType<AccessRevoked> = z.object({
  reason: z.enum(ACCESS_REVOKED_REASONS),
});
