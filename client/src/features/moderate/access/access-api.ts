import {
  CO_MODERATOR_LABEL_MAX,
  type CoModerator,
  type CoModeratorCreated,
  type DoneResponse,
  ErrorReplySchema,
  JOIN_CODE_MAX,
  JOIN_CODE_MIN,
  type ModeratorLinkRotated,
} from '@campgrid/shared';
import { z } from 'zod/mini';
import type { ApiFailure } from '../../../net/index.js';

/*
 * The moderator's trust controls over HTTP (server/src/http/moderation.ts and privacy.ts), each
 * behind `Authorization: Bearer <moderator token>`. shared/ describes the replies as types only,
 * so they are checked here against local schemas, as net/wire.ts does for the socket.
 */

const CoModeratorSchema: z.ZodMiniType<CoModerator> = z.object({
  id: z.string(),
  label: z.string(),
  createdAt: z.number(),
});

const CoModeratorCreatedSchema: z.ZodMiniType<CoModeratorCreated> = z.object({
  ok: z.literal(true),
  id: z.string(),
  label: z.string(),
  createdAt: z.number(),
  token: z.string(),
  link: z.string(),
});

const CoModeratorListSchema = z.object({
  ok: z.literal(true),
  coModerators: z.array(CoModeratorSchema),
});

const ModeratorLinkRotatedSchema: z.ZodMiniType<ModeratorLinkRotated> = z.object({
  ok: z.literal(true),
  moderatorToken: z.string(),
  links: z.object({ schedule: z.string(), participant: z.string(), moderator: z.string() }),
});

const DoneSchema: z.ZodMiniType<DoneResponse> = z.object({ ok: z.literal(true) });

/** Only the envelope is checked: the file is handed to the moderator as the server wrote it. */
const ExportSchema = z.looseObject({ ok: z.literal(true), format: z.literal('campgrid-export') });

export const CO_MODERATOR_LABEL_LIMIT = CO_MODERATOR_LABEL_MAX;
export const JOIN_CODE_LIMITS = { min: JOIN_CODE_MIN, max: JOIN_CODE_MAX } as const;

export interface CampExportFile {
  ok: true;
  /** The reply's JSON text, unchanged. */
  text: string;
}

export type AccessResult<T> = T | ApiFailure;

function campPath(slug: string): string {
  return `/api/camps/${encodeURIComponent(slug)}`;
}

async function send(
  path: string,
  token: string,
  init: { method: string; body?: unknown },
): Promise<{ ok: true; text: string; body: unknown } | ApiFailure> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method,
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token}`,
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  } catch (error) {
    return { ok: false, code: 'NETWORK', message: error instanceof Error ? error.message : '' };
  }
  const text = await response.text().catch(() => '');
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // Judged below: a reply without JSON is the server's failure.
  }
  if (response.ok) return { ok: true, text, body };
  const failure = ErrorReplySchema.safeParse(body);
  return failure.success
    ? failure.data
    : { ok: false, code: 'INTERNAL', message: `HTTP ${response.status}` };
}

async function call<T>(
  path: string,
  token: string,
  init: { method: string; body?: unknown },
  schema: z.ZodMiniType<T>,
): Promise<AccessResult<T>> {
  const reply = await send(path, token, init);
  if (!reply.ok) return reply;
  const parsed = schema.safeParse(reply.body);
  return parsed.success
    ? parsed.data
    : { ok: false, code: 'INTERNAL', message: 'unexpected reply' };
}

/** POST …/moderator-link/rotate: a new main link; the one sent stops working at once. */
export function rotateModeratorLink(
  slug: string,
  token: string,
): Promise<AccessResult<ModeratorLinkRotated>> {
  return call(
    `${campPath(slug)}/moderator-link/rotate`,
    token,
    { method: 'POST' },
    ModeratorLinkRotatedSchema,
  );
}

/** GET …/co-moderators: the working links, oldest first (main link only). */
export async function listCoModerators(
  slug: string,
  token: string,
): Promise<AccessResult<CoModerator[]>> {
  const reply = await call(
    `${campPath(slug)}/co-moderators`,
    token,
    { method: 'GET' },
    CoModeratorListSchema,
  );
  return reply.ok ? reply.coModerators : reply;
}

/** POST …/co-moderators: a new co-moderator link; its secret comes back this once only. */
export function inviteCoModerator(
  slug: string,
  token: string,
  label: string,
): Promise<AccessResult<CoModeratorCreated>> {
  return call(
    `${campPath(slug)}/co-moderators`,
    token,
    { method: 'POST', body: { label } },
    CoModeratorCreatedSchema,
  );
}

/** DELETE …/co-moderators/:id: the link stops working, on open pages too. */
export function revokeCoModerator(
  slug: string,
  token: string,
  id: string,
): Promise<AccessResult<DoneResponse>> {
  return call(
    `${campPath(slug)}/co-moderators/${encodeURIComponent(id)}`,
    token,
    { method: 'DELETE' },
    DoneSchema,
  );
}

/** PUT …/join-code: what a private camp asks of readers without a link. */
export function setJoinCode(
  slug: string,
  token: string,
  code: string,
): Promise<AccessResult<DoneResponse>> {
  return call(`${campPath(slug)}/join-code`, token, { method: 'PUT', body: { code } }, DoneSchema);
}

/** GET …/export: everything the server keeps about the camp, as one JSON file. */
export async function exportCamp(
  slug: string,
  token: string,
): Promise<AccessResult<CampExportFile>> {
  const reply = await send(`${campPath(slug)}/export`, token, { method: 'GET' });
  if (!reply.ok) return reply;
  return ExportSchema.safeParse(reply.body).success
    ? { ok: true, text: reply.text }
    : { ok: false, code: 'INTERNAL', message: 'unexpected reply' };
}

/** DELETE /api/camps/:slug: the camp and everything kept about it (main link only). */
export function deleteCamp(slug: string, token: string): Promise<AccessResult<DoneResponse>> {
  return call(campPath(slug), token, { method: 'DELETE' }, DoneSchema);
}
