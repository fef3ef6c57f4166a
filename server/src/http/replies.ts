import { assertNever, type ErrorCode, type ErrorReply, errorReply } from '@campgrid/shared';
import type { Response } from 'express';

export function httpStatusFor(code: ErrorCode): number {
  switch (code) {
    case 'INVALID':
      return 400;
    case 'UNAUTHORIZED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'ALREADY_EXISTS':
    case 'CONFLICT':
    case 'IN_USE':
    case 'CELL_OCCUPIED':
    case 'SLOT_NOT_BOOKABLE':
    case 'PHASE_CLOSED':
    case 'VOTE_LIMIT':
    case 'ALREADY_VOTED':
    case 'NOT_VOTED':
      return 409;
    case 'RATE_LIMITED':
      return 429;
    case 'INTERNAL':
      return 500;
    default:
      return assertNever(code, 'error code');
  }
}

export function sendError(
  response: Response,
  reply: ErrorReply,
  status = httpStatusFor(reply.code),
) {
  response.status(status).json(reply);
}

export function sendNotFound(response: Response, message = 'Not found.'): void {
  sendError(response, errorReply('NOT_FOUND', message));
}
