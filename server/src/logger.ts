import { type Logger, pino } from 'pino';
import type { LogLevel } from './config.js';

export type { Logger };

/** JSON lines on stdout. Secrets never reach a log line, even if someone logs a handshake. */
export function createLogger(level: LogLevel): Logger {
  return pino({
    level,
    redact: {
      paths: ['token', 'moderatorToken', '*.token', '*.moderatorToken', 'auth', '*.auth'],
      censor: '[secret]',
    },
  });
}
