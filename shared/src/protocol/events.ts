import { z } from 'zod/mini';
import {
  CampSettingsSchema,
  CampSetupSchema,
  FeatureListSchema,
  HostSchema,
  IdSchema,
  LocalDateSchema,
  PhaseSchema,
  PlacementSchema,
  RoomSchema,
  SessionChangesSchema,
  SessionSchema,
  SlotSchema,
  TimeZoneSchema,
  text,
} from '../domain/index.js';

/**
 * The server -> client catalog of domain events, named in the past tense. Each is stored in the
 * camp's log and broadcast as a Socket.IO event of the same name (wrapped in an envelope).
 */
export const eventSchemas = {
  'camp:created': z.object({ setup: CampSetupSchema }),
  'camp:updated': z.object({
    title: z.optional(text(1, 120)),
    timezone: z.optional(TimeZoneSchema),
    days: z.optional(z.array(LocalDateSchema)),
    settings: z.optional(CampSettingsSchema),
  }),
  'room:added': z.object({ room: RoomSchema }),
  'room:updated': z.object({ room: RoomSchema }),
  'room:removed': z.object({ roomId: IdSchema }),
  'slot:added': z.object({ slot: SlotSchema }),
  'slot:updated': z.object({ slot: SlotSchema }),
  'slot:removed': z.object({ slotId: IdSchema }),
  'session:pitched': z.object({ session: SessionSchema }),
  'session:updated': z.object({ sessionId: IdSchema, changes: SessionChangesSchema }),
  'session:withdrawn': z.object({ sessionId: IdSchema }),
  /** participantId is present in the log and for the voter; other receivers get it redacted. */
  'vote:cast': z.object({ sessionId: IdSchema, participantId: z.optional(IdSchema) }),
  'vote:retracted': z.object({ sessionId: IdSchema, participantId: z.optional(IdSchema) }),
  'session:placed': z.object({
    sessionId: IdSchema,
    placement: PlacementSchema,
    previous: z.nullable(PlacementSchema),
  }),
  'session:unplaced': z.object({ sessionId: IdSchema, previous: PlacementSchema }),
  'sessions:swapped': z.object({
    first: z.object({ sessionId: IdSchema, placement: z.nullable(PlacementSchema) }),
    second: z.object({ sessionId: IdSchema, placement: z.nullable(PlacementSchema) }),
  }),
  'phase:changed': z.object({ phase: PhaseSchema, open: z.boolean() }),
  /** Sent when voting closes on a camp that hid its counts: everyone learns the final counts. */
  'votes:revealed': z.object({ counts: z.record(IdSchema, z.int().check(z.minimum(0))) }),
  'session:configured': z.object({
    sessionId: IdSchema,
    needs: z.optional(FeatureListSchema),
    capacityLimit: z.optional(z.nullable(z.int().check(z.minimum(1)))),
    pinned: z.optional(z.boolean()),
    allowedSlotIds: z.optional(z.nullable(z.array(IdSchema))),
  }),
  'session:cancelled': z.object({ sessionId: IdSchema, reason: z.string() }),
  'session:restored': z.object({ sessionId: IdSchema }),
  'hands:counted': z.object({
    sessionId: IdSchema,
    count: z.nullable(z.int().check(z.minimum(0))),
  }),
  'wish:posted': z.object({ session: SessionSchema }),
  /** host is null for viewers of a camp that hides host names. */
  'wish:adopted': z.object({ sessionId: IdSchema, host: z.nullable(HostSchema) }),
  /** Stands in for a vote event while counts are hidden, so versions stay contiguous. */
  'vote:recorded': z.object({ hidden: z.literal(true) }),
  'queue:joined': z.object({ sessionId: IdSchema }),
  'queue:left': z.object({ sessionId: IdSchema }),
  'queue:reordered': z.object({ sessionIds: z.array(IdSchema) }),
  /** Calling a pitch takes it off the queue. */
  'spotlight:changed': z.object({ sessionId: z.nullable(IdSchema) }),
  'plan:applied': z.object({
    placements: z.array(z.object({ sessionId: IdSchema, placement: z.nullable(PlacementSchema) })),
  }),
  'slots:shifted': z.object({ slotIds: z.array(IdSchema), minutes: z.int() }),
  'room:full-marked': z.object({ roomId: IdSchema, full: z.boolean() }),
  /** Carries how many sessions were placed, for the announcement on every screen. */
  'schedule:published': z.object({ placedCount: z.int().check(z.minimum(0)) }),
  /** Follows a vote:retracted for each of the participant's votes, in the same entry. */
  'participant:left': z.object({ participantId: IdSchema }),
} as const;

export type EventType = keyof typeof eventSchemas;
export type DomainEvent = {
  [T in EventType]: { type: T } & z.output<(typeof eventSchemas)[T]>;
}[EventType];
export type EventOf<T extends EventType> = Extract<DomainEvent, { type: T }>;

export const EVENT_TYPES = Object.keys(eventSchemas) as EventType[];

function eventVariant(type: EventType) {
  return z.extend(eventSchemas[type], { type: z.literal(type) });
}

/** Validates an event received from the wire or read back from storage. */
export const DomainEventSchema = z.discriminatedUnion('type', [
  eventVariant('camp:created'),
  ...EVENT_TYPES.filter((type) => type !== 'camp:created').map(eventVariant),
]) as unknown as z.ZodMiniType<DomainEvent>;

/** One accepted command: every event it produced, stored at one version of the camp's log. */
export interface LogEntry {
  version: number;
  /** Server time in ms since the epoch when the entry was committed. */
  at: number;
  events: DomainEvent[];
}

/** What a broadcast carries: the event, the version it belongs to, and the server's send time. */
export interface EventEnvelope<E extends DomainEvent = DomainEvent> {
  version: number;
  at: number;
  event: E;
}

/** Hides who voted for what from everyone but the voter. */
export function redactEventFor(
  event: DomainEvent,
  viewerParticipantId: string | null,
): DomainEvent {
  if (
    (event.type === 'vote:cast' || event.type === 'vote:retracted') &&
    event.participantId !== undefined &&
    event.participantId !== viewerParticipantId
  ) {
    const { participantId: _hidden, ...rest } = event;
    return rest;
  }
  return event;
}
