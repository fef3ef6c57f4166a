import { ErrorReplySchema, IdSchema } from '@campgrid/shared';
import { z } from 'zod/mini';
import { type ApiFailure, JOIN_CODE_HEADER } from '../../net/index.js';

/** The server's answer to GET/PUT /api/camps/:slug/stars (server/src/http/exports/stars-schema.ts). */
const StarsResponseSchema = z.object({
  ok: z.literal(true),
  sessionIds: z.array(IdSchema),
  feedPath: z.string(),
});
export type StarsResponse = z.infer<typeof StarsResponseSchema>;

const GuestResponseSchema = z.object({ ok: z.literal(true), token: z.string() });

/** What every agenda's hidden participant is called; nobody sees the name. */
export const GUEST_NAME = 'Gast';

function campPath(slug: string): string {
  return `/api/camps/${encodeURIComponent(slug)}`;
}

async function send<T>(
  path: string,
  init: RequestInit,
  schema: z.ZodMiniType<T>,
): Promise<T | ApiFailure> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    return { ok: false, code: 'NETWORK', message: error instanceof Error ? error.message : '' };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const parsed = schema.safeParse(body);
    if (parsed.success) return parsed.data;
    return { ok: false, code: 'INTERNAL', message: 'unexpected reply' };
  }
  const failure = ErrorReplySchema.safeParse(body);
  return failure.success
    ? failure.data
    : { ok: false, code: 'INTERNAL', message: `HTTP ${response.status}` };
}

function headers(token: string): HeadersInit {
  return {
    Accept: 'application/json',
    'Content-Type': 'application/json',
    Authorization: `Bearer ${token}`,
  };
}

export function fetchStars(slug: string, token: string): Promise<StarsResponse | ApiFailure> {
  return send(`${campPath(slug)}/stars`, { headers: headers(token) }, StarsResponseSchema);
}

export function putStars(
  slug: string,
  token: string,
  sessionIds: readonly string[],
): Promise<StarsResponse | ApiFailure> {
  return send(
    `${campPath(slug)}/stars`,
    { method: 'PUT', headers: headers(token), body: JSON.stringify({ sessionIds }) },
    StarsResponseSchema,
  );
}

/**
 * A participant token of the agenda's own, made the first time something is starred. A viewer of
 * a private camp brings its join code, as on every read.
 */
export async function createGuestToken(
  slug: string,
  joinCode?: string,
): Promise<string | ApiFailure> {
  const reply = await send(
    `${campPath(slug)}/participants`,
    {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        ...(joinCode === undefined ? {} : { [JOIN_CODE_HEADER]: joinCode }),
      },
      body: JSON.stringify({ displayName: GUEST_NAME }),
    },
    GuestResponseSchema,
  );
  return reply.ok ? reply.token : reply;
}
