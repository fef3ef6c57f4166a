import type { IncomingMessage } from 'node:http';
import type { Config } from '../config.js';

/**
 * Browsers send Origin with every socket request; a page on another site must not open a socket
 * with a visitor's stored token. Clients without an Origin (scripts, tests) are not browsers and
 * carry their own token, so they pass.
 */
export function isOriginAllowed(
  origin: string | undefined,
  host: string | undefined,
  config: Pick<Config, 'allowedOrigins' | 'publicOrigin'>,
): boolean {
  if (origin === undefined) return true;
  if (origin === config.publicOrigin || config.allowedOrigins.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function originCheck(config: Config) {
  return (
    request: IncomingMessage,
    callback: (error: string | null | undefined, success: boolean) => void,
  ): void => {
    const allowed = isOriginAllowed(request.headers.origin, request.headers.host, config);
    callback(allowed ? null : 'origin not allowed', allowed);
  };
}
