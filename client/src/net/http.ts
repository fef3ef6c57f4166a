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
import type { z } from 'zod';
import type { ClientErrorCode } from '../store/index.js';
import { CreateCampResponseSchema, JoinResponseSchema } from './wire.js';

export interface ApiFailure {
  ok: false;
  code: ClientErrorCode;
  message: string;
  field?: string;
}

export type ApiResult<T> = T | ApiFailure;

const networkFailure = (message: string): ApiFailure => ({ ok: false, code: 'NETWORK', message });

async function request<T>(
  path: string,
  init: RequestInit,
  schema: z.ZodType<T>,
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
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

/** GET /api/camps/:slug: the public snapshot. */
export function getCamp(slug: string): Promise<ApiResult<CampState>> {
  return request(campPath(slug), { method: 'GET' }, CampStateSchema);
}

/** POST /api/camps/:slug/participants: a display name buys a participant token. */
export function joinCamp(slug: string, displayName: string): Promise<ApiResult<JoinResponse>> {
  const parsed = JoinRequestSchema.safeParse({ displayName });
  if (!parsed.success) return Promise.resolve(invalidReply(parsed.error));
  return request(
    `${campPath(slug)}/participants`,
    { method: 'POST', body: JSON.stringify(parsed.data) },
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
