import {
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
import { z } from 'zod';

/*
 * shared/ describes these replies as types only; the client checks what arrives against schemas
 * built from shared's parts, so a server that drifts from the contract fails loudly here.
 */

const VersionSchema = z.number().int().min(0);

const LogEntrySchema: z.ZodType<LogEntry> = z.object({
  version: VersionSchema,
  at: z.number(),
  events: z.array(DomainEventSchema),
});

const ViewerSchema: z.ZodType<Viewer> = z.object({
  role: z.enum(['moderator', 'participant', 'viewer']),
  participantId: z.string().nullable(),
  displayName: z.string().nullable(),
});

export const SyncAckSchema: z.ZodType<SyncAck> = z.union([
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

export const CommandAckSchema: z.ZodType<CommandAck> = z.union([
  z.object({
    ok: z.literal(true),
    version: VersionSchema,
    events: z.array(DomainEventSchema),
    duplicate: z.boolean(),
  }),
  ErrorReplySchema,
]);

export const EventEnvelopeSchema: z.ZodType<EventEnvelope> = z.object({
  version: VersionSchema,
  at: z.number(),
  event: DomainEventSchema,
});

const CampLinksSchema: z.ZodType<CampLinks> = z.object({
  schedule: z.string(),
  participant: z.string(),
  moderator: z.string(),
});

export const CreateCampResponseSchema: z.ZodType<CreateCampResponse> = z.object({
  ok: z.literal(true),
  slug: z.string(),
  moderatorToken: z.string(),
  links: CampLinksSchema,
});

export const JoinResponseSchema: z.ZodType<JoinResponse> = z.object({
  ok: z.literal(true),
  participantId: z.string(),
  displayName: z.string(),
  token: z.string(),
});

export const PresenceChangedSchema: z.ZodType<PresenceChanged> = z.object({
  moderators: z.array(
    z.object({
      connectionId: z.string(),
      label: z.string(),
      pickedSessionId: z.string().nullable(),
    }),
  ),
});

export const HistoryAckSchema: z.ZodType<HistoryAck> = z.union([
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
