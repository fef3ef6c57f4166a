import {
  type ErrorCode,
  type ErrorReply,
  errorReply,
  HandshakeSchema,
  invalidReply,
  MODERATOR,
  participant,
  VIEWER,
} from '@campgrid/shared';
import type { Logger } from 'pino';
import { hashToken, tokenMatchesHash } from '../auth/tokens.js';
import type { Store } from '../store/store.js';
import type { CampSocket, SocketData } from './types.js';

/**
 * Decides who the connecting client is. The token alone decides the role: the moderator's link,
 * a participant's, or none (a read-only viewer). A token that fits neither is refused rather than
 * downgraded, so a client with a stale token learns it at once.
 */
export async function resolveSocketSession(
  store: Store,
  auth: unknown,
): Promise<{ ok: true; data: SocketData } | ErrorReply> {
  const parsed = HandshakeSchema.safeParse(auth);
  if (!parsed.success) return invalidReply(parsed.error, 'auth');
  const { slug, token } = parsed.data;
  const camp = await store.findCampBySlug(slug);
  if (!camp) return errorReply('NOT_FOUND', `No camp at “${slug}”.`, { field: 'auth.slug' });
  const base = { campId: camp.id, slug: camp.slug };
  if (token === undefined) {
    return {
      ok: true,
      data: {
        ...base,
        actor: VIEWER,
        viewer: { role: 'viewer', participantId: null, displayName: null },
      },
    };
  }
  if (tokenMatchesHash(token, camp.moderatorTokenHash)) {
    return {
      ok: true,
      data: {
        ...base,
        actor: MODERATOR,
        viewer: { role: 'moderator', participantId: null, displayName: null },
      },
    };
  }
  const member = await store.findParticipantByTokenHash(camp.id, hashToken(token));
  if (member) {
    return {
      ok: true,
      data: {
        ...base,
        actor: participant(member.id),
        viewer: { role: 'participant', participantId: member.id, displayName: member.displayName },
      },
    };
  }
  return errorReply('UNAUTHORIZED', 'This link is not valid for this camp.', {
    field: 'auth.token',
  });
}

/** The client sees `err.message` (the code) and `err.data` (the full error reply). */
function connectError(code: ErrorCode, reply: ErrorReply): Error & { data: ErrorReply } {
  return Object.assign(new Error(code), { data: reply });
}

export function handshakeMiddleware(store: Store, logger: Logger) {
  return (socket: CampSocket, next: (error?: Error) => void): void => {
    resolveSocketSession(store, socket.handshake.auth).then(
      (result) => {
        if (!result.ok) {
          next(connectError(result.code, result));
          return;
        }
        socket.data = result.data;
        next();
      },
      (error: unknown) => {
        logger.error({ err: error }, 'handshake failed');
        next(connectError('INTERNAL', errorReply('INTERNAL', 'The server failed.')));
      },
    );
  };
}
