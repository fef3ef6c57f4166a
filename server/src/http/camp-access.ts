import { type CampState, type ErrorReply, errorReply } from '@campgrid/shared';
import type { Request, Response } from 'express';
import { type Credential, isMainModerator, resolveCredential } from '../auth/credentials.js';
import { checkReadAccess, type ReadAccess, type ReadAccessDeps } from '../auth/read-access.js';
import type { CampRecord, Store } from '../store/store.js';
import { sendError, sendNotFound } from './replies.js';

export const JOIN_CODE_HEADER = 'X-Join-Code';

/** The token of `Authorization: Bearer <token>`, if the request carries one. */
export function bearerToken(request: Request): string | undefined {
  const header = request.get('authorization');
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S{1,200})\s*$/i.exec(header);
  return match?.[1];
}

/** The camp named by `:slug`; answers 404 itself and returns null when there is none. */
export async function campOf(
  store: Store,
  request: Request,
  response: Response,
): Promise<CampRecord | null> {
  const slug = String(request.params.slug ?? '');
  const camp = await store.findCampBySlug(slug);
  if (!camp) sendNotFound(response, `No camp at “${slug}”.`);
  return camp;
}

/**
 * Whether the request may read the camp: a working link (Authorization: Bearer), or, for a
 * private camp, the join code (X-Join-Code, or one the route takes from elsewhere: `joinCode` in a
 * JSON body, or `?code=` on the schedule's files).
 */
export function checkRequestReadAccess(
  deps: ReadAccessDeps,
  camp: CampRecord,
  loadState: () => Promise<CampState>,
  request: Request,
  otherJoinCode?: string,
): Promise<ReadAccess> {
  return checkReadAccess(
    deps,
    camp,
    loadState,
    {
      token: bearerToken(request),
      joinCode: request.get(JOIN_CODE_HEADER) ?? otherJoinCode,
      clientIp: request.ip ?? 'unknown',
    },
    { token: 'authorization', joinCode: 'joinCode' },
  );
}

export type ModeratorRole = 'main' | 'any';

/**
 * The moderator credential of the request for this camp. Without one (or with a stale one): 401;
 * a participant, or a co-moderator where only the main link may act: 403.
 */
export async function moderatorOf(
  store: Store,
  camp: CampRecord,
  request: Request,
  role: ModeratorRole,
): Promise<Credential | ErrorReply> {
  const token = bearerToken(request);
  if (token === undefined) {
    return errorReply('UNAUTHORIZED', 'This needs the moderator link (Authorization: Bearer).', {
      field: 'authorization',
    });
  }
  const credential = await resolveCredential(store, camp, token);
  if (credential === null) {
    return errorReply('UNAUTHORIZED', 'This link is not valid for this camp.', {
      field: 'authorization',
    });
  }
  if (credential.kind !== 'moderator') {
    return errorReply('FORBIDDEN', 'Only moderators may do this.');
  }
  if (role === 'main' && !isMainModerator(credential)) {
    return errorReply('FORBIDDEN', 'Only the main moderator link may do this.');
  }
  return credential;
}

/** moderatorOf, answering the error itself; null when it did. */
export async function requireModerator(
  store: Store,
  camp: CampRecord,
  request: Request,
  response: Response,
  role: ModeratorRole,
): Promise<Credential | null> {
  const result = await moderatorOf(store, camp, request, role);
  if ('ok' in result) {
    sendError(response, result);
    return null;
  }
  return result;
}
