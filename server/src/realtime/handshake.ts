import {
  type Actor,
  type ErrorCode,
  type ErrorReply,
  errorReply,
  HandshakeSchema,
  invalidReply,
  participant,
  VIEWER,
} from '@campgrid/shared';
import type { Logger } from 'pino';
import { clientIp } from '../auth/client-ip.js';
import type { Credential } from '../auth/credentials.js';
import { rateLimitedReply } from '../auth/rate-limits.js';
import { checkReadAccess, type ReadAccessDeps } from '../auth/read-access.js';
import type { CampRegistry } from '../camps/registry.js';
import { ballotKeyOf } from './ballot-keys.js';
import type { CampSocket, SocketData } from './types.js';

export interface HandshakeDeps extends ReadAccessDeps {
  registry: CampRegistry;
  logger: Logger;
  trustProxyHops: number;
}

function sessionFor(
  credential: Credential | null,
): Pick<SocketData, 'actor' | 'viewer' | 'tokenHash' | 'moderator' | 'ballotKey'> {
  if (credential === null) {
    return {
      actor: VIEWER,
      viewer: { role: 'viewer', participantId: null, displayName: null },
      tokenHash: null,
      moderator: null,
      ballotKey: null,
    };
  }
  if (credential.kind === 'moderator') {
    const actor: Actor =
      credential.linkId === null
        ? { role: 'moderator' }
        : { role: 'moderator', moderatorId: credential.linkId };
    return {
      actor,
      viewer: { role: 'moderator', participantId: null, displayName: null },
      tokenHash: credential.tokenHash,
      moderator: { linkId: credential.linkId, label: credential.label },
      ballotKey: null,
    };
  }
  const member = credential.participant;
  return {
    actor: participant(member.id),
    viewer: { role: 'participant', participantId: member.id, displayName: member.displayName },
    tokenHash: credential.tokenHash,
    moderator: null,
    ballotKey: ballotKeyOf(member),
  };
}

/**
 * Decides who the connecting client is. The token alone decides the role: a moderator link (the
 * main one or a co-moderator's), a participant's, or none (a read-only viewer, who needs the join
 * code if the camp is private). A token that fits nothing is refused rather than downgraded, so a
 * client with a stale or revoked link learns it at once.
 */
export async function resolveSocketSession(
  deps: HandshakeDeps,
  auth: unknown,
  address: string,
): Promise<{ ok: true; data: SocketData } | ErrorReply> {
  const allowed = await deps.rateLimits.take('ipConnects', address);
  if (!allowed.ok) return rateLimitedReply(allowed.retryAfterMs);
  const parsed = HandshakeSchema.safeParse(auth);
  if (!parsed.success) return invalidReply(parsed.error, 'auth');
  const { slug, token, joinCode } = parsed.data;
  const camp = await deps.store.findCampBySlug(slug);
  if (!camp) return errorReply('NOT_FOUND', `No camp at “${slug}”.`, { field: 'auth.slug' });
  const access = await checkReadAccess(
    deps,
    camp,
    () => deps.registry.current(camp.id),
    { token, joinCode, clientIp: address },
    { token: 'auth.token', joinCode: 'auth.joinCode' },
  );
  if (!access.ok) return access;
  return {
    ok: true,
    data: {
      campId: camp.id,
      slug: camp.slug,
      ...sessionFor(access.credential),
      clientIp: address,
      viaJoinCode: access.viaJoinCode,
    },
  };
}

/** The client sees `err.message` (the code) and `err.data` (the full error reply). */
function connectError(code: ErrorCode, reply: ErrorReply): Error & { data: ErrorReply } {
  return Object.assign(new Error(code), { data: reply });
}

export function handshakeMiddleware(deps: HandshakeDeps) {
  return (socket: CampSocket, next: (error?: Error) => void): void => {
    const { handshake } = socket;
    const address = clientIp(
      handshake.address,
      handshake.headers['x-forwarded-for'],
      deps.trustProxyHops,
    );
    resolveSocketSession(deps, handshake.auth, address).then(
      (result) => {
        if (!result.ok) {
          next(connectError(result.code, result));
          return;
        }
        socket.data = result.data;
        next();
      },
      (error: unknown) => {
        deps.logger.error({ err: error }, 'handshake failed');
        next(connectError('INTERNAL', errorReply('INTERNAL', 'The server failed.')));
      },
    );
  };
}
