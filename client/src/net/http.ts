import {
  type CampState,
  CampStateSchema,
  type CreateCampRequest,
  CreateCampRequestSchema,
  type CreateCampResponse,
  ErrorReplySchema,
  errorReply,
  invalidReply,
  JoinRequestSchema,
  type JoinResponse,
} from '@campgrid/shared';
import type { ClientErrorCode } from '../store/index.js';
import { CreateCampResponseSchema, JoinResponseSchema } from './wire.js';

export interface ApiFailure {
  ok: false;
  code: ClientErrorCode;
  message: string;
  field?: string;
}

export type ApiResult<T> = T | ApiFailure;

/** What a reply is checked with: any zod schema, classic (wire.ts) or mini (shared). */
interface ReplySchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}

const networkFailure = (message: string): ApiFailure => ({ ok: false, code: 'NETWORK', message });

/** The header a private camp's join code travels in (server/src/http/camp-access.ts). */
export const JOIN_CODE_HEADER = 'X-Join-Code';

/** A private camp answers only with its join code; a public one ignores the header. */
function joinCodeHeader(joinCode: string | undefined): Record<string, string> {
  return joinCode === undefined ? {} : { [JOIN_CODE_HEADER]: joinCode };
}

async function request<T>(
  path: string,
  init: RequestInit & { extraHeaders?: Record<string, string> },
  schema: ReplySchema<T>,
): Promise<ApiResult<T>> {
  const { extraHeaders, ...rest } = init;
  let response: Response;
  try {
    response = await fetch(path, {
      ...rest,
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        ...extraHeaders,
      },
    });
  } catch (error) {
    return networkFailure(error instanceof Error ? error.message : 'request failed');
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return errorReply('INTERNAL', `HTTP ${response.status} without a JSON body`);
  }
  if (response.ok) {
    const parsed = schema.safeParse(body);
    return parsed.success ? parsed.data : errorReply('INTERNAL', 'unexpected reply');
  }
  const failure = ErrorReplySchema.safeParse(body);
  return failure.success ? failure.data : errorReply('INTERNAL', `HTTP ${response.status}`);
}

function campPath(slug: string): string {
  return `/api/camps/${encodeURIComponent(slug)}`;
}

/** POST /api/camps: only `title` is needed, the server fills in the default day template. */
export function createCamp(input: CreateCampRequest): Promise<ApiResult<CreateCampResponse>> {
  const parsed = CreateCampRequestSchema.safeParse(input);
  if (!parsed.success) return Promise.resolve(invalidReply(parsed.error));
  return request(
    '/api/camps',
    { method: 'POST', body: JSON.stringify(parsed.data) },
    CreateCampResponseSchema,
  );
}

/**
 * GET /api/camps/:slug: the public snapshot. A private camp needs its join code; a wrong one is
 * refused with UNAUTHORIZED (field `joinCode`), which is how the join-code form checks a code.
 */
export function getCamp(slug: string, joinCode?: string): Promise<ApiResult<CampState>> {
  return request(
    campPath(slug),
    { method: 'GET', extraHeaders: joinCodeHeader(joinCode) },
    CampStateSchema,
  );
}

/**
 * POST /api/camps/:slug/participants: a display name buys a participant token. A private camp's
 * join code goes along in the header, as on every read; the token alone opens the camp after.
 */
export function joinCamp(
  slug: string,
  displayName: string,
  joinCode?: string,
): Promise<ApiResult<JoinResponse>> {
  const parsed = JoinRequestSchema.safeParse({ displayName });
  if (!parsed.success) return Promise.resolve(invalidReply(parsed.error));
  return request(
    `${campPath(slug)}/participants`,
    { method: 'POST', body: JSON.stringify(parsed.data), extraHeaders: joinCodeHeader(joinCode) },
    JoinResponseSchema,
  );
}

/** GET /healthz: whether the server answers at all, for pages without a camp connection. */
export async function checkHealth(): Promise<boolean> {
  try {
    const response = await fetch('/healthz', { headers: { Accept: 'application/json' } });
    return response.ok;
  } catch {
    return false;
  }
}
