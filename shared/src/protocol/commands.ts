import { z } from 'zod/mini';
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
    title: z.optional(text(1, CAMP_TITLE_MAX)),
    timezone: z.optional(TimeZoneSchema),
    days: z.optional(z.array(LocalDateSchema).check(z.minLength(1), z.maxLength(DAYS_MAX))),
    settings: z.optional(CampSettingsChangesSchema),
  }),
  'room:add': z.object({ room: RoomSchema }),
  'room:update': z.object({
    roomId: IdSchema,
    name: z.optional(text(1, ROOM_NAME_MAX)),
    capacity: z.optional(z.int().check(z.minimum(1), z.maximum(100_000))),
    features: z.optional(FeatureListSchema),
  }),
  'room:remove': z.object({ roomId: IdSchema }),
  'slot:add': z.object({ slot: SlotSchema }),
  'slot:update': z.object({
    slotId: IdSchema,
    day: z.optional(LocalDateSchema),
    start: z.optional(LocalTimeSchema),
    end: z.optional(LocalTimeSchema),
    kind: z.optional(SlotKindSchema),
    label: z.optional(text(0, 60)),
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
    expected: z.optional(z.nullable(PlacementSchema)),
  }),
  'session:unplace': z.object({
    sessionId: IdSchema,
    expected: z.optional(z.nullable(PlacementSchema)),
  }),
  'session:swap': z.object({ sessionId: IdSchema, otherSessionId: IdSchema }),
  'phase:set': z.object({ phase: PhaseSchema, open: z.boolean() }),
  /** A host sets needs and a capacity limit; a moderator also pins and limits the allowed slots. */
  'session:configure': z.object({
    sessionId: IdSchema,
    needs: z.optional(FeatureListSchema),
    capacityLimit: z.optional(z.nullable(z.int().check(z.minimum(1), z.maximum(100_000)))),
    pinned: z.optional(z.boolean()),
    allowedSlotIds: z.optional(z.nullable(z.array(IdSchema).check(z.maxLength(SLOTS_MAX)))),
  }),
  'session:cancel': z.object({ sessionId: IdSchema, reason: text(0, CANCEL_REASON_MAX) }),
  'session:restore': z.object({ sessionId: IdSchema }),
  /** The planning round: where the room shows hands, a moderator types in the count. */
  'session:count-hands': z.object({
    sessionId: IdSchema,
    count: z.nullable(z.int().check(z.minimum(0), z.maximum(100_000))),
  }),
  'wish:post': z.object({
    sessionId: IdSchema,
    wish: z.omit(SessionDraftSchema, { hosts: true, format: true }),
  }),
  'wish:adopt': z.object({ sessionId: IdSchema, hostName: text(1, HOST_NAME_MAX) }),
  'queue:join': z.object({ sessionId: IdSchema }),
  'queue:leave': z.object({ sessionId: IdSchema }),
  /** The full new order; refused with CONFLICT if the queue changed since the moderator saw it. */
  'queue:reorder': z.object({ sessionIds: z.array(IdSchema).check(z.maxLength(SESSIONS_MAX)) }),
  'spotlight:set': z.object({ sessionId: z.nullable(IdSchema) }),
  /** A planner suggestion the moderator accepted; made on `basedOnVersion`, refused if stale. */
  'plan:apply': z.object({
    basedOnVersion: z.int().check(z.minimum(0)),
    placements: z
      .array(z.object({ sessionId: IdSchema, placement: z.nullable(PlacementSchema) }))
      .check(z.maxLength(SESSIONS_MAX)),
  }),
  /** Moves a slot and every later slot of its day by the given minutes. */
  'slot:shift': z.object({
    slotId: IdSchema,
    minutes: z.int().check(
      z.minimum(-240),
      z.maximum(240),
      z.refine((minutes) => minutes !== 0 && minutes % 5 === 0, 'must be a non-zero multiple of 5'),
    ),
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
  .check(
    z.minLength(8),
    z.maxLength(64),
    z.regex(/^[A-Za-z0-9_-]+$/, 'must contain only letters, digits, "-" and "_"'),
  );

export const CommandMessageSchema = z.object({
  commandId: CommandIdSchema,
  payload: z.unknown(),
});
export type CommandMessage<T extends CommandType> = {
  commandId: string;
  payload: CommandInput<T>;
};
