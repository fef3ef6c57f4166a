import { z } from 'zod/mini';
import { BallotsSchema } from './ballots.js';
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
export const FEATURE_MAX = 40;
export const FEATURES_MAX = 12;
export const CANCEL_REASON_MAX = 300;

/** A room feature or a session need, from the camp's list: e.g. "Beamer", "Barrierefreier Zugang". */
export const FeatureSchema = text(1, FEATURE_MAX);
export const FeatureListSchema = z.array(FeatureSchema).check(z.maxLength(FEATURES_MAX));

export const RoomSchema = z.object({
  id: IdSchema,
  name: text(1, ROOM_NAME_MAX),
  capacity: z.int().check(z.minimum(1), z.maximum(100_000)),
  features: z._default(FeatureListSchema, []),
  /** Marked by a moderator on the day, shown on the door screen. */
  full: z._default(z.boolean(), false),
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
    label: z._default(text(0, 60), ''),
  })
  .check(
    z.refine((slot) => minutesOf(slot.start) < minutesOf(slot.end), {
      message: 'must end after it starts',
      path: ['end'],
    }),
  );
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
  participantId: z.nullable(IdSchema),
});
export type Host = z.infer<typeof HostSchema>;

const sessionDraftFields = {
  title: text(1, SESSION_TITLE_MAX),
  description: text(0, SESSION_DESCRIPTION_MAX),
  hosts: z.array(text(1, HOST_NAME_MAX)).check(z.maxLength(HOSTS_MAX)),
  tags: z.array(text(1, TAG_MAX)).check(z.maxLength(TAGS_MAX)),
  format: SessionFormatSchema,
  language: SessionLanguageSchema,
};

/** What a participant writes when pitching; the same fields are editable later. */
export const SessionDraftSchema = z.object({
  ...sessionDraftFields,
  description: z._default(sessionDraftFields.description, ''),
  hosts: z._default(sessionDraftFields.hosts, []),
  tags: z._default(sessionDraftFields.tags, []),
  format: z._default(sessionDraftFields.format, 'discussion'),
  language: z._default(sessionDraftFields.language, 'de'),
});
export type SessionDraft = z.infer<typeof SessionDraftSchema>;

/**
 * An edit of a pitched session: only the fields given change. Built without the draft's defaults,
 * because zod 4 keeps defaults under z.partial() and would reset every field the edit leaves out.
 */
export const SessionChangesSchema = z.partial(z.object(sessionDraftFields));
export type SessionChanges = z.infer<typeof SessionChangesSchema>;

export const SESSION_KINDS = ['pitch', 'wish'] as const;
export const SessionKindSchema = z.enum(SESSION_KINDS);
export type SessionKind = z.infer<typeof SessionKindSchema>;

export const CancellationSchema = z.object({ reason: text(0, CANCEL_REASON_MAX) });

/**
 * Fields added after the first release carry defaults, so events stored before them still parse.
 * A wish is a topic someone would like another person to host; it has no hosts until adopted.
 */
export const SessionSchema = z.object({
  id: IdSchema,
  kind: z._default(SessionKindSchema, 'pitch'),
  title: text(1, SESSION_TITLE_MAX),
  description: text(0, SESSION_DESCRIPTION_MAX),
  hosts: z.array(HostSchema).check(z.maxLength(HOSTS_MAX)),
  tags: z.array(text(1, TAG_MAX)).check(z.maxLength(TAGS_MAX)),
  format: SessionFormatSchema,
  language: SessionLanguageSchema,
  voteCount: z.int().check(z.minimum(0)),
  placement: z.nullable(PlacementSchema),
  needs: z._default(FeatureListSchema, []),
  /** A host may cap attendance below the room's capacity. */
  capacityLimit: z._default(z.nullable(z.int().check(z.minimum(1), z.maximum(100_000))), null),
  /** A pinned session keeps its placement when the planner re-places the others. */
  pinned: z._default(z.boolean(), false),
  /** The slots the session may go in (a time pin or the hosts' availability); null means any. */
  allowedSlotIds: z._default(z.nullable(z.array(IdSchema).check(z.maxLength(SLOTS_MAX))), null),
  /** Raised hands counted by a moderator during the planning round. */
  handCount: z._default(z.nullable(z.int().check(z.minimum(0), z.maximum(100_000))), null),
  cancellation: z._default(z.nullable(CancellationSchema), null),
});
export type Session = z.infer<typeof SessionSchema>;

/** Links are only ever http(s): a template like https://pad.example.org/p/{camp}-{session}. */
export const NotesUrlTemplateSchema = z.string().check(
  z.trim(),
  z.maxLength(300),
  z.refine((value) => /^https?:\/\/[^\s]+$/i.test(value), 'must be an http(s) address'),
);

export const VISIBILITIES = ['public', 'private'] as const;
export const VisibilitySchema = z.enum(VISIBILITIES);

const campSettingsFields = {
  /** null means no limit. */
  votesPerParticipant: z.nullable(z.int().check(z.minimum(1), z.maximum(100))),
  allowSelfVote: z.boolean(),
  /** Hide vote counts from everyone but moderators until voting closes, so early counts don't steer. */
  hideVoteCounts: z.boolean(),
  /** Show pitches in a different random order to each participant in the voting list. */
  shuffleVotingList: z.boolean(),
  /** The needs a session can name and a room can offer. */
  needs: FeatureListSchema,
  notesUrlTemplate: z.nullable(NotesUrlTemplateSchema),
  /** Keep host names out of the public schedule and the exports. */
  hideHostNames: z.boolean(),
  /** Days after the camp's last day until the camp is deleted. */
  retentionDays: z.int().check(z.minimum(1), z.maximum(365)),
  /** A private camp needs its join code before anything can be read. */
  visibility: VisibilitySchema,
};

export const DEFAULT_NEEDS = ['Beamer', 'Barrierefreier Zugang', 'Moderationskoffer'];

export const CampSettingsSchema = z.object({
  votesPerParticipant: z._default(campSettingsFields.votesPerParticipant, null),
  allowSelfVote: z._default(campSettingsFields.allowSelfVote, true),
  hideVoteCounts: z._default(campSettingsFields.hideVoteCounts, false),
  shuffleVotingList: z._default(campSettingsFields.shuffleVotingList, false),
  needs: z._default(campSettingsFields.needs, DEFAULT_NEEDS),
  notesUrlTemplate: z._default(campSettingsFields.notesUrlTemplate, null),
  hideHostNames: z._default(campSettingsFields.hideHostNames, false),
  retentionDays: z._default(campSettingsFields.retentionDays, 30),
  visibility: z._default(campSettingsFields.visibility, 'public'),
});
/** A change of settings: only the given fields change (no defaults, see SessionChangesSchema). */
export const CampSettingsChangesSchema = z.partial(z.object(campSettingsFields));
export type CampSettingsChanges = z.infer<typeof CampSettingsChangesSchema>;
export type CampSettings = z.output<typeof CampSettingsSchema>;
export const DEFAULT_CAMP_SETTINGS: CampSettings = CampSettingsSchema.parse({});

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
  days: z.array(LocalDateSchema).check(z.minLength(1), z.maxLength(DAYS_MAX)),
  settings: CampSettingsSchema,
  phases: PhasesSchema,
  rooms: z.array(RoomSchema).check(z.maxLength(ROOMS_MAX)),
  slots: z.array(SlotSchema).check(z.maxLength(SLOTS_MAX)),
});
export type CampSetup = z.infer<typeof CampSetupSchema>;

/**
 * The state the decider works on. `ballots` holds who voted for what (see ballots.ts): complete on
 * the server, and only the viewer's own ballot on a participant's client.
 */
export const CampStateSchema = z.extend(CampSetupSchema, {
  version: z.int().check(z.minimum(0)),
  sessions: z.array(SessionSchema),
  ballots: BallotsSchema,
  /** Pitches waiting to be called in the planning round, in order. */
  queue: z._default(z.array(IdSchema), []),
  /** The pitch being presented right now, shown large on the big screen. */
  spotlight: z._default(z.nullable(IdSchema), null),
  /** Until the first publish attendees see "planning in progress"; afterwards every change live. */
  published: z._default(z.boolean(), false),
});
export type CampState = z.infer<typeof CampStateSchema>;

export function campStateFromSetup(setup: CampSetup): CampState {
  return {
    ...setup,
    version: 0,
    sessions: [],
    ballots: {},
    queue: [],
    spotlight: null,
    published: false,
  };
}
