import type { ClientErrorCode } from '../store/index.js';
import { newId } from './ids.js';
import { type OpenSocket, openSocketIo } from './socket-port.js';
import { CommandAckSchema } from './wire.js';

export type LeaveResult = { ok: true } | { ok: false; code: ClientErrorCode };

export interface LeaveOptions {
  openSocket?: OpenSocket;
  /** How long the whole attempt may take, connecting included. */
  timeoutMs?: number;
}

/**
 * Deletes the participant behind `token` with participant:leave, on a short-lived socket of its
 * own. It is for a token the page is not connected with: the agenda's hidden participant, which
 * has no votes and no sessions, only the stars that the server deletes with it. A token the
 * server no longer knows counts as gone already.
 */
export function leaveWithToken(
  slug: string,
  token: string,
  options: LeaveOptions = {},
): Promise<LeaveResult> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  // One commandId for the attempt: a reconnect sends the same leave, applied at most once.
  const commandId = newId();
  const socket = (options.openSocket ?? openSocketIo)({ slug, token });
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: LeaveResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.disconnect();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, code: 'NETWORK' }), timeoutMs);
    socket.onConnect(() => {
      const message = { commandId, payload: {} };
      socket.emitWithAck('participant:leave', message, timeoutMs, (error, reply) => {
        if (error) return;
        const parsed = CommandAckSchema.safeParse(reply);
        if (!parsed.success) finish({ ok: false, code: 'INTERNAL' });
        else if (parsed.data.ok) finish({ ok: true });
        else finish({ ok: false, code: parsed.data.code });
      });
    });
    socket.onConnectError((error) => {
      if (error.message === 'UNAUTHORIZED' || error.message === 'NOT_FOUND') {
        // The token opens nothing any more, or the camp is gone: nothing is left to delete.
        finish({ ok: true });
      }
    });
  });
}
