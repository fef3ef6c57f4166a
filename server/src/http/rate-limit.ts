import type { RequestHandler } from 'express';
import { type LimitName, type RateLimits, rateLimitedReply } from '../auth/rate-limits.js';
import { sendError } from './replies.js';

/** Counts the request against the client address's limit; over it, a 429 with the wait. */
export function rateLimited(rateLimits: RateLimits, name: LimitName): RequestHandler {
  return async (request, response, next) => {
    const result = await rateLimits.take(name, request.ip ?? 'unknown');
    if (result.ok) {
      next();
      return;
    }
    response.set('Retry-After', String(Math.max(1, Math.ceil(result.retryAfterMs / 1000))));
    sendError(response, rateLimitedReply(result.retryAfterMs));
  };
}
