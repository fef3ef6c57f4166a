import { z } from 'zod/mini';
import {
  CAMP_TITLE_MAX,
  CampSettingsChangesSchema,
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
import type { DomainEvent } from './events.js';

export const DISPLAY_NAME_MAX = 80;

/**
 * POST /api/camps. Only `title` is required: the rest falls back to the default day template,
 * dated today in the camp's time zone (Europe/Berlin unless given).
 */
export const CreateCampRequestSchema = z.object({
  title: text(1, CAMP_TITLE_MAX),
  timezone: z._default(TimeZoneSchema, 'Europe/Berlin'),
  days: z.optional(z.array(LocalDateSchema).check(z.minLength(1), z.maxLength(DAYS_MAX))),
  rooms: z.optional(z.array(RoomSchema).check(z.minLength(1), z.maxLength(ROOMS_MAX))),
  slots: z.optional(z.array(SlotSchema).check(z.maxLength(SLOTS_MAX))),
  settings: z.optional(CampSettingsChangesSchema),
  phases: z.optional(z.partial(PhasesSchema)),
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

/** POST /api/camps/:slug/participants; a private camp also needs its join code (or X-Join-Code). */
export const JoinRequestSchema = z.object({
  displayName: text(1, DISPLAY_NAME_MAX),
  joinCode: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
});
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

export const JOIN_CODE_MIN = 6;
export const JOIN_CODE_MAX = 64;

/** PUT /api/camps/:slug/join-code (a moderator): what a private camp asks of readers without a link. */
export const JoinCodeRequestSchema = z.object({
  code: z.string().check(z.trim(), z.minLength(JOIN_CODE_MIN), z.maxLength(JOIN_CODE_MAX)),
});
export type JoinCodeRequest = z.infer<typeof JoinCodeRequestSchema>;

export const CO_MODERATOR_LABEL_MAX = 60;

/** POST /api/camps/:slug/co-moderators (the main moderator link only). */
export const CoModeratorRequestSchema = z.object({ label: text(1, CO_MODERATOR_LABEL_MAX) });
export type CoModeratorRequest = z.infer<typeof CoModeratorRequestSchema>;

/** A co-moderator link as listed: never with its token, which only its creation returns. */
export interface CoModerator {
  id: string;
  label: string;
  /** ms since the epoch */
  createdAt: number;
}

export interface CoModeratorCreated extends CoModerator {
  ok: true;
  token: string;
  /** The co-moderator's secret link; the token travels in the fragment. */
  link: string;
}

/** GET /api/camps/:slug/co-moderators: the links that still work, oldest first. */
export interface CoModeratorList {
  ok: true;
  coModerators: CoModerator[];
}

/** POST /api/camps/:slug/moderator-link/rotate: the old main link stopped working. */
export interface ModeratorLinkRotated {
  ok: true;
  moderatorToken: string;
  links: CampLinks;
}

/** PUT join-code, DELETE co-moderator, DELETE camp. */
export interface DoneResponse {
  ok: true;
}

/** One log entry in an export: who acted by role only, so no ballot can be traced to a voter. */
export interface ExportedEntry {
  version: number;
  at: number;
  actorRole: 'moderator' | 'participant' | 'viewer';
  /** The co-moderator link that acted; absent for the main link and everyone else. */
  moderatorId?: string;
  events: DomainEvent[];
}

/**
 * GET /api/camps/:slug/export (a moderator): everything the server keeps about the camp, except
 * secrets (token and join-code hashes) and who voted for what, which nobody can read.
 */
export interface CampExport {
  ok: true;
  format: 'campgrid-export';
  formatVersion: 1;
  exportedAt: number;
  camp: { id: string; slug: string; createdAt: number; joinCodeSet: boolean };
  state: CampState;
  log: ExportedEntry[];
  participants: Array<{ id: string; displayName: string; createdAt: number }>;
  coModerators: Array<CoModerator & { revokedAt: number | null }>;
}
