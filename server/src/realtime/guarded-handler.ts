import { errorReply } from '@campgrid/shared';
import type { Logger } from 'pino';

export type Reply<R> = (reply: R) => void;

function isAck(value: unknown): value is (reply: unknown) => void {
  return typeof value === 'function';
}

/**
 * Makes a socket handler safe: a message without an ack callback is dropped (nobody could learn
 * the outcome), the client gets exactly one reply, and a thrown error becomes an INTERNAL reply
 * and a log line instead of an unhandled rejection. Socket.IO passes the ack callback last,
 * after however many arguments the client sent: the first of those is the message, any others
 * are ignored, and a callback sent alone still gets its (INVALID) reply.
 */
export function guarded<R>(
  logger: Logger,
  eventName: string,
  handler: (message: unknown, reply: Reply<R>) => Promise<void>,
): (...args: unknown[]) => void {
  return (...args) => {
    const ack = args.at(-1);
    if (!isAck(ack)) return;
    const message = args.length > 1 ? args[0] : undefined;
    let replied = false;
    const reply = (value: R | ReturnType<typeof errorReply>) => {
      if (replied) return;
      replied = true;
      ack(value);
    };
    handler(message, reply).catch((error: unknown) => {
      logger.error({ err: error, event: eventName }, 'socket handler failed');
      reply(errorReply('INTERNAL', 'The server failed; nothing was stored.'));
    });
  };
}
