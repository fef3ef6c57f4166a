import { z } from 'zod';
import {
  CAMP_TITLE_MAX,
  CANCEL_REASON_MAX,
  CampSettingsChangesSchema,
  DAYS_MAX,
  FeatureListSchema,
  HOST_NAME_MAX,
  IdSchema,
  LocalDateSchema,
  LocalTimeSchema,
  PhaseSchema,
  PlacementSchema,
  ROOM_NAME_MAX,
  RoomSchema,
  SESSIONS_MAX,
  SessionChangesSchema,
  SessionDraftSchema,
  SLOTS_MAX,
  SlotKindSchema,
  SlotSchema,
  TimeZoneSchema,
  text,
} from '../domain/index.js';

/**
 * The client -> server catalog of commands, named `noun:verb`. Each entry is the payload schema;
 * the wire message wraps it with a client-made command id (see CommandMessageSchema).
 */
export const commandSchemas = {
  'camp:update': z.object({
    title: text(1, CAMP_TITLE_MAX).optional(),
    timezone: TimeZoneSchema.optional(),
    days: z.array(LocalDateSchema).min(1).max(DAYS_MAX).optional(),
    settings: CampSettingsChangesSchema.optional(),
  }),
  'room:add': z.object({ room: RoomSchema }),
  'room:update': z.object({
    roomId: IdSchema,
    name: text(1, ROOM_NAME_MAX).optional(),
    capacity: z.number().int().min(1).max(100_000).optional(),
    features: FeatureListSchema.optional(),
  }),
  'room:remove': z.object({ roomId: IdSchema }),
  'slot:add': z.object({ slot: SlotSchema }),
  'slot:update': z.object({
    slotId: IdSchema,
    day: LocalDateSchema.optional(),
    start: LocalTimeSchema.optional(),
    end: LocalTimeSchema.optional(),
    kind: SlotKindSchema.optional(),
    label: text(0, 60).optional(),
  }),
  'slot:remove': z.object({ slotId: IdSchema }),
  'session:pitch': z.object({ sessionId: IdSchema, draft: SessionDraftSchema }),
  'session:update': z.object({ sessionId: IdSchema, changes: SessionChangesSchema }),
  'session:withdraw': z.object({ sessionId: IdSchema }),
  'vote:cast': z.object({ sessionId: IdSchema }),
  'vote:retract': z.object({ sessionId: IdSchema }),
  /** `expected` is the placement the moderator saw; a different current one is a CONFLICT. */
  'session:place': z.object({
    sessionId: IdSchema,
    placement: PlacementSchema,
    expected: PlacementSchema.nullable().optional(),
  }),
  'session:unplace': z.object({
    sessionId: IdSchema,
    expected: PlacementSchema.nullable().optional(),
  }),
  'session:swap': z.object({ sessionId: IdSchema, otherSessionId: IdSchema }),
  'phase:set': z.object({ phase: PhaseSchema, open: z.boolean() }),
  /** A host sets needs and a capacity limit; a moderator also pins and limits the allowed slots. */
  'session:configure': z.object({
    sessionId: IdSchema,
    needs: FeatureListSchema.optional(),
    capacityLimit: z.number().int().min(1).max(100_000).nullable().optional(),
    pinned: z.boolean().optional(),
    allowedSlotIds: z.array(IdSchema).max(SLOTS_MAX).nullable().optional(),
  }),
  'session:cancel': z.object({ sessionId: IdSchema, reason: text(0, CANCEL_REASON_MAX) }),
  'session:restore': z.object({ sessionId: IdSchema }),
  /** The planning round: where the room shows hands, a moderator types in the count. */
  'session:count-hands': z.object({
    sessionId: IdSchema,
    count: z.number().int().min(0).max(100_000).nullable(),
  }),
  'wish:post': z.object({
    sessionId: IdSchema,
    wish: SessionDraftSchema.omit({ hosts: true, format: true }),
  }),
  'wish:adopt': z.object({ sessionId: IdSchema, hostName: text(1, HOST_NAME_MAX) }),
  'queue:join': z.object({ sessionId: IdSchema }),
  'queue:leave': z.object({ sessionId: IdSchema }),
  /** The full new order; refused with CONFLICT if the queue changed since the moderator saw it. */
  'queue:reorder': z.object({ sessionIds: z.array(IdSchema).max(SESSIONS_MAX) }),
  'spotlight:set': z.object({ sessionId: IdSchema.nullable() }),
  /** A planner suggestion the moderator accepted; made on `basedOnVersion`, refused if stale. */
  'plan:apply': z.object({
    basedOnVersion: z.number().int().min(0),
    placements: z
      .array(z.object({ sessionId: IdSchema, placement: PlacementSchema.nullable() }))
      .max(SESSIONS_MAX),
  }),
  /** Moves a slot and every later slot of its day by the given minutes. */
  'slot:shift': z.object({
    slotId: IdSchema,
    minutes: z
      .number()
      .int()
      .min(-240)
      .max(240)
      .refine((minutes) => minutes !== 0 && minutes % 5 === 0, 'must be a non-zero multiple of 5'),
  }),
  'room:mark-full': z.object({ roomId: IdSchema, full: z.boolean() }),
  'schedule:publish': z.object({}),
  /** A participant deletes themselves: votes go, and their name leaves the sessions they host. */
  'participant:leave': z.object({}),
} as const;

export type CommandType = keyof typeof commandSchemas;
export type CommandPayload<T extends CommandType> = z.output<(typeof commandSchemas)[T]>;
export type CommandInput<T extends CommandType> = z.input<(typeof commandSchemas)[T]>;

/** A command as the decider sees it: its type and its validated payload. */
export type Command = { [T in CommandType]: { type: T } & CommandPayload<T> }[CommandType];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

export const COMMAND_TYPES = Object.keys(commandSchemas) as CommandType[];

export function isCommandType(name: string): name is CommandType {
  return Object.hasOwn(commandSchemas, name);
}

/** Every command travels with an id the client made, so a retry after a lost ack is applied once. */
export const CommandIdSchema = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'must contain only letters, digits, "-" and "_"');

export const CommandMessageSchema = z.object({
  commandId: CommandIdSchema,
  payload: z.unknown(),
});
export type CommandMessage<T extends CommandType> = {
  commandId: string;
  payload: CommandInput<T>;
};
