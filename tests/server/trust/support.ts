import type { AccessRevoked, ErrorReply } from '@campgrid/shared';
import { type HttpResult, request } from '../helpers/api.js';
import type { TestSocket } from '../helpers/socket-client.js';

/** Guards against a hang; never part of what a test asserts. */
const WAIT_LIMIT_MS = 5_000;

/** A request with `Authorization: Bearer <token>` (and any other headers). */
export function asHolder<T = unknown>(
  baseUrl: string,
  token: string | null,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<HttpResult<T | ErrorReply>> {
  return request<T | ErrorReply>(baseUrl, method, path, body, {
    ...(token === null ? {} : { authorization: `Bearer ${token}` }),
    ...headers,
  });
}

export interface Revocation {
  notice: AccessRevoked;
  /** Socket.IO's disconnect reason that followed. */
  disconnectReason: string;
}

/**
 * Resolves once the socket got `access:revoked` and was then closed by the server. Start waiting
 * before the action that revokes, so nothing is missed.
 */
export function revocationOf(socket: TestSocket): Promise<Revocation> {
  return new Promise((resolve, reject) => {
    let notice: AccessRevoked | null = null;
    const timer = setTimeout(
      () => reject(new Error(`no revocation and close within ${WAIT_LIMIT_MS} ms`)),
      WAIT_LIMIT_MS,
    );
    socket.once('access:revoked', (received: AccessRevoked) => {
      notice = received;
    });
    socket.once('disconnect', (reason: string) => {
      clearTimeout(timer);
      if (notice === null) {
        reject(new Error(`closed (${reason}) without access:revoked`));
        return;
      }
      resolve({ notice, disconnectReason: reason });
    });
  });
}

/** Polls `check` until it is true; for effects that happen after an answer, e.g. at start. */
export async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + WAIT_LIMIT_MS;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${what}: not within ${WAIT_LIMIT_MS} ms`);
}
