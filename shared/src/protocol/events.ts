import { z } from 'zod';
import {
  CampSettingsSchema,
  CampSetupSchema,
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
    title: text(1, 120).optional(),
    timezone: TimeZoneSchema.optional(),
    days: z.array(LocalDateSchema).optional(),
    settings: CampSettingsSchema.optional(),
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
  'vote:cast': z.object({ sessionId: IdSchema, participantId: IdSchema.optional() }),
  'vote:retracted': z.object({ sessionId: IdSchema, participantId: IdSchema.optional() }),
  'session:placed': z.object({
    sessionId: IdSchema,
    placement: PlacementSchema,
    previous: PlacementSchema.nullable(),
  }),
  'session:unplaced': z.object({ sessionId: IdSchema, previous: PlacementSchema }),
  'sessions:swapped': z.object({
    first: z.object({ sessionId: IdSchema, placement: PlacementSchema.nullable() }),
    second: z.object({ sessionId: IdSchema, placement: PlacementSchema.nullable() }),
  }),
  'phase:changed': z.object({ phase: PhaseSchema, open: z.boolean() }),
} as const;

export type EventType = keyof typeof eventSchemas;
export type DomainEvent = {
  [T in EventType]: { type: T } & z.output<(typeof eventSchemas)[T]>;
}[EventType];
export type EventOf<T extends EventType> = Extract<DomainEvent, { type: T }>;

export const EVENT_TYPES = Object.keys(eventSchemas) as EventType[];

function eventVariant(type: EventType) {
  return eventSchemas[type].extend({ type: z.literal(type) });
}

/** Validates an event received from the wire or read back from storage. */
export const DomainEventSchema = z.discriminatedUnion('type', [
  eventVariant('camp:created'),
  ...EVENT_TYPES.filter((type) => type !== 'camp:created').map(eventVariant),
]) as unknown as z.ZodType<DomainEvent>;

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
