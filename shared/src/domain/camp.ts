import { z } from 'zod';
import {
  IdSchema,
  LocalDateSchema,
  LocalTimeSchema,
  minutesOf,
  SlugSchema,
  TimeZoneSchema,
  text,
} from './primitives.js';

export const ROOM_NAME_MAX = 60;
export const SESSION_TITLE_MAX = 120;
export const SESSION_DESCRIPTION_MAX = 2000;
export const HOST_NAME_MAX = 80;
export const HOSTS_MAX = 5;
export const TAG_MAX = 30;
export const TAGS_MAX = 8;
export const CAMP_TITLE_MAX = 120;
export const DAYS_MAX = 7;
export const ROOMS_MAX = 60;
export const SLOTS_MAX = 120;
export const SESSIONS_MAX = 500;

export const RoomSchema = z.object({
  id: IdSchema,
  name: text(1, ROOM_NAME_MAX),
  capacity: z.number().int().min(1).max(100_000),
});
export type Room = z.infer<typeof RoomSchema>;

export const SLOT_KINDS = ['session', 'break', 'plenary'] as const;
export const SlotKindSchema = z.enum(SLOT_KINDS);
export type SlotKind = z.infer<typeof SlotKindSchema>;

export const SlotSchema = z
  .object({
    id: IdSchema,
    day: LocalDateSchema,
    start: LocalTimeSchema,
    end: LocalTimeSchema,
    kind: SlotKindSchema,
    label: text(0, 60).default(''),
  })
  .refine((slot) => minutesOf(slot.start) < minutesOf(slot.end), {
    message: 'must end after it starts',
    path: ['end'],
  });
export type Slot = z.infer<typeof SlotSchema>;

export const SESSION_FORMATS = ['talk', 'discussion', 'workshop', 'other'] as const;
export const SessionFormatSchema = z.enum(SESSION_FORMATS);
export type SessionFormat = z.infer<typeof SessionFormatSchema>;

export const SESSION_LANGUAGES = ['de', 'en'] as const;
export const SessionLanguageSchema = z.enum(SESSION_LANGUAGES);
export type SessionLanguage = z.infer<typeof SessionLanguageSchema>;

export const PlacementSchema = z.object({ roomId: IdSchema, slotId: IdSchema });
export type Placement = z.infer<typeof PlacementSchema>;

/** A host is a name; participantId links it to the participant who may edit the session. */
export const HostSchema = z.object({
  name: text(1, HOST_NAME_MAX),
  participantId: IdSchema.nullable(),
});
export type Host = z.infer<typeof HostSchema>;

const sessionDraftFields = {
  title: text(1, SESSION_TITLE_MAX),
  description: text(0, SESSION_DESCRIPTION_MAX),
  hosts: z.array(text(1, HOST_NAME_MAX)).max(HOSTS_MAX),
  tags: z.array(text(1, TAG_MAX)).max(TAGS_MAX),
  format: SessionFormatSchema,
  language: SessionLanguageSchema,
};

/** What a participant writes when pitching; the same fields are editable later. */
export const SessionDraftSchema = z.object({
  ...sessionDraftFields,
  description: sessionDraftFields.description.default(''),
  hosts: sessionDraftFields.hosts.default([]),
  tags: sessionDraftFields.tags.default([]),
  format: sessionDraftFields.format.default('discussion'),
  language: sessionDraftFields.language.default('de'),
});
export type SessionDraft = z.infer<typeof SessionDraftSchema>;

/**
 * An edit of a pitched session: only the fields given change. Built without the draft's defaults,
 * because zod 4 keeps defaults under .partial() and would reset every field the edit leaves out.
 */
export const SessionChangesSchema = z.object(sessionDraftFields).partial();
export type SessionChanges = z.infer<typeof SessionChangesSchema>;

export const SessionSchema = z.object({
  id: IdSchema,
  title: text(1, SESSION_TITLE_MAX),
  description: text(0, SESSION_DESCRIPTION_MAX),
  hosts: z.array(HostSchema).max(HOSTS_MAX),
  tags: z.array(text(1, TAG_MAX)).max(TAGS_MAX),
  format: SessionFormatSchema,
  language: SessionLanguageSchema,
  voteCount: z.number().int().min(0),
  placement: PlacementSchema.nullable(),
});
export type Session = z.infer<typeof SessionSchema>;

export const CampSettingsSchema = z.object({
  /** null means no limit. */
  votesPerParticipant: z.number().int().min(1).max(100).nullable(),
});
export type CampSettings = z.infer<typeof CampSettingsSchema>;

export const PHASES = ['pitching', 'voting'] as const;
export const PhaseSchema = z.enum(PHASES);
export type Phase = z.infer<typeof PhaseSchema>;

export const PhasesSchema = z.object({ pitching: z.boolean(), voting: z.boolean() });
export type Phases = z.infer<typeof PhasesSchema>;

/** Everything fixed when a camp is created; the first event of every camp log carries it. */
export const CampSetupSchema = z.object({
  id: IdSchema,
  slug: SlugSchema,
  title: text(1, CAMP_TITLE_MAX),
  timezone: TimeZoneSchema,
  days: z.array(LocalDateSchema).min(1).max(DAYS_MAX),
  settings: CampSettingsSchema,
  phases: PhasesSchema,
  rooms: z.array(RoomSchema).max(ROOMS_MAX),
  slots: z.array(SlotSchema).max(SLOTS_MAX),
});
export type CampSetup = z.infer<typeof CampSetupSchema>;

/**
 * The state the decider works on. `ballots` maps a participant to the sessions they voted for:
 * complete on the server, and only the viewer's own entry on a client.
 */
export const CampStateSchema = CampSetupSchema.extend({
  version: z.number().int().min(0),
  sessions: z.array(SessionSchema),
  ballots: z.record(IdSchema, z.array(IdSchema)),
});
export type CampState = z.infer<typeof CampStateSchema>;

export function campStateFromSetup(setup: CampSetup): CampState {
  return { ...setup, version: 0, sessions: [], ballots: {} };
}
