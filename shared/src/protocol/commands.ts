import { z } from 'zod';
import {
  CAMP_TITLE_MAX,
  CampSettingsSchema,
  DAYS_MAX,
  IdSchema,
  LocalDateSchema,
  LocalTimeSchema,
  PhaseSchema,
  PlacementSchema,
  ROOM_NAME_MAX,
  RoomSchema,
  SessionChangesSchema,
  SessionDraftSchema,
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
    settings: CampSettingsSchema.partial().optional(),
  }),
  'room:add': z.object({ room: RoomSchema }),
  'room:update': z.object({
    roomId: IdSchema,
    name: text(1, ROOM_NAME_MAX).optional(),
    capacity: z.number().int().min(1).max(100_000).optional(),
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
