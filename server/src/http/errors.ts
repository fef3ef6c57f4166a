import { errorReply } from '@campgrid/shared';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { sendError, sendNotFound } from './replies.js';

export const JSON_BODY_LIMIT_BYTES = 16 * 1024;

/** The errors of express.json() and the router carry an HTTP status and, for bodies, a type. */
interface HttpError {
  status: number;
  type?: string;
}

function isHttpError(error: unknown): error is Error & HttpError {
  return (
    error instanceof Error &&
    'status' in error &&
    typeof error.status === 'number' &&
    error.status >= 400 &&
    error.status < 500
  );
}

function clientErrorMessage(error: Error & HttpError): string {
  switch (error.type) {
    case 'entity.parse.failed':
      return 'body: is not valid JSON';
    case 'entity.too.large':
      return `body: must be at most ${JSON_BODY_LIMIT_BYTES / 1024} kB`;
    case undefined:
      return 'request: is not valid';
    default:
      return `body: ${error.message}`;
  }
}

export const apiNotFound: RequestHandler = (request, response) => {
  sendNotFound(response, `No API route ${request.method} ${request.originalUrl}.`);
};

export const notFound: RequestHandler = (_request, response) => {
  sendNotFound(response);
};

/**
 * The last handler. Bad requests get a typed INVALID reply with their status (400, 413, 415);
 * everything else is logged and answered with INTERNAL, never with a stack.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    if (isHttpError(error)) {
      const field = error.type === undefined ? {} : { field: 'body' };
      sendError(response, errorReply('INVALID', clientErrorMessage(error), field), error.status);
      return;
    }
    logger.error(
      { err: error, method: request.method, url: request.originalUrl },
      'request failed',
    );
    sendError(response, errorReply('INTERNAL', 'The server failed; nothing was stored.'));
  };
}
