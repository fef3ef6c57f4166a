import { z } from 'zod/mini';

/** The one table of error codes, used by acks, HTTP replies and the client's messages. */
export const ErrorCode = {
  /** The payload failed validation; `field` names the first bad field. */
  INVALID: 'INVALID',
  /** No such camp, room, slot or session. */
  NOT_FOUND: 'NOT_FOUND',
  /** The token is missing, unknown or revoked. */
  UNAUTHORIZED: 'UNAUTHORIZED',
  /** The actor's role may not do this. */
  FORBIDDEN: 'FORBIDDEN',
  /** Pitching or voting is closed. */
  PHASE_CLOSED: 'PHASE_CLOSED',
  /** The participant has used all the votes the camp allows. */
  VOTE_LIMIT: 'VOTE_LIMIT',
  ALREADY_VOTED: 'ALREADY_VOTED',
  NOT_VOTED: 'NOT_VOTED',
  /** An id chosen by the client is already taken. */
  ALREADY_EXISTS: 'ALREADY_EXISTS',
  /** The target cell already holds another session. */
  CELL_OCCUPIED: 'CELL_OCCUPIED',
  /** The target slot is a break or a plenary. */
  SLOT_NOT_BOOKABLE: 'SLOT_NOT_BOOKABLE',
  /** A day, slot or room still holds slots or sessions that the change would displace. */
  IN_USE: 'IN_USE',
  /** The command was made on a state that someone else has changed since. */
  CONFLICT: 'CONFLICT',
  /** Too many requests; `retryAfterMs` says when to try again. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The server failed; nothing was stored. */
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const ErrorCodeSchema = z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]]);

export const ErrorReplySchema = z.object({
  ok: z.literal(false),
  code: ErrorCodeSchema,
  message: z.string(),
  field: z.optional(z.string()),
  retryAfterMs: z.optional(z.int().check(z.minimum(0))),
});
export type ErrorReply = z.infer<typeof ErrorReplySchema>;

export function errorReply(
  code: ErrorCode,
  message: string,
  extra: { field?: string; retryAfterMs?: number } = {},
): ErrorReply {
  return { ok: false, code, message, ...extra };
}

/** Turns a zod failure into an INVALID reply that names the first bad field. */
export function invalidReply(error: z.core.$ZodError, prefix = ''): ErrorReply {
  const issue = error.issues[0];
  const path = [prefix, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');
  const message = issue ? `${path || 'payload'}: ${issue.message}` : 'invalid payload';
  return errorReply(ErrorCode.INVALID, message, path ? { field: path } : {});
}
