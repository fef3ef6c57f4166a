import { z } from 'zod';
import {
  CAMP_TITLE_MAX,
  CampSettingsSchema,
  type CampState,
  DAYS_MAX,
  LocalDateSchema,
  PhasesSchema,
  ROOMS_MAX,
  RoomSchema,
  SLOTS_MAX,
  SlotSchema,
  TimeZoneSchema,
  text,
} from '../domain/index.js';

export const DISPLAY_NAME_MAX = 80;

/**
 * POST /api/camps. Only `title` is required: the rest falls back to the default day template,
 * dated today in the camp's time zone (Europe/Berlin unless given).
 */
export const CreateCampRequestSchema = z.object({
  title: text(1, CAMP_TITLE_MAX),
  timezone: TimeZoneSchema.default('Europe/Berlin'),
  days: z.array(LocalDateSchema).min(1).max(DAYS_MAX).optional(),
  rooms: z.array(RoomSchema).min(1).max(ROOMS_MAX).optional(),
  slots: z.array(SlotSchema).max(SLOTS_MAX).optional(),
  settings: CampSettingsSchema.partial().optional(),
  phases: PhasesSchema.partial().optional(),
});
export type CreateCampRequest = z.input<typeof CreateCampRequestSchema>;

export interface CampLinks {
  /** The public schedule. */
  schedule: string;
  /** Where participants join with a display name. */
  participant: string;
  /** The secret moderator link; the token travels in the fragment, so it never reaches a log. */
  moderator: string;
}

export interface CreateCampResponse {
  ok: true;
  slug: string;
  moderatorToken: string;
  links: CampLinks;
}

/** POST /api/camps/:slug/participants */
export const JoinRequestSchema = z.object({ displayName: text(1, DISPLAY_NAME_MAX) });
export type JoinRequest = z.infer<typeof JoinRequestSchema>;

export interface JoinResponse {
  ok: true;
  participantId: string;
  displayName: string;
  /** Shown to nobody else and kept only in the participant's browser; the server keeps a hash. */
  token: string;
}

/** GET /api/camps/:slug: the public snapshot, with nobody's ballot in it. */
export type PublicCamp = CampState;

export interface HealthResponse {
  status: 'ok';
}
