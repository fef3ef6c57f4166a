import { type AccessRevoked, errorReply } from '@campgrid/shared';
import type { Logger } from 'pino';
import { type RateLimits, rateLimitedReply } from '../auth/rate-limits.js';
import type { Revocations } from '../auth/revocations.js';
import type { Store } from '../store/store.js';
import { type CampServer, type CampSocket, campRoom } from './types.js';

type Reason = AccessRevoked['reason'];

/** Every socket that came with this token: its holder's devices and tabs, on every instance. */
function credentialRoom(tokenHash: string): string {
  return `credential:${tokenHash}`;
}

/** Viewers let in while the camp was public: making it private closes them. */
function openViewersRoom(campId: string): string {
  return `viewers-open:${campId}`;
}

/** Viewers let in with the join code: a new code closes them. */
function codeViewersRoom(campId: string): string {
  return `viewers-code:${campId}`;
}

function isAckOk(reply: unknown): boolean {
  return typeof reply === 'object' && reply !== null && 'ok' in reply && reply.ok === true;
}

function madeCampPrivate(reply: unknown): boolean {
  if (!isAckOk(reply) || typeof reply !== 'object' || reply === null || !('events' in reply)) {
    return false;
  }
  const { events } = reply;
  return (
    Array.isArray(events) &&
    events.some(
      (event: unknown) =>
        typeof event === 'object' &&
        event !== null &&
        'type' in event &&
        event.type === 'camp:updated' &&
        'settings' in event &&
        typeof event.settings === 'object' &&
        event.settings !== null &&
        'visibility' in event.settings &&
        event.settings.visibility === 'private',
    )
  );
}

/**
 * Ends access that stopped being valid, at once and everywhere: the sockets concerned get
 * `access:revoked` and are closed. Rooms carry this to other instances when the Redis adapter is
 * on (emit and disconnectSockets go through it); the in-memory Revocations stop this instance's
 * sockets from acting even before their close has gone through.
 */
export class AccessControl {
  constructor(
    private readonly io: CampServer,
    /** What this instance knows to be revoked; checked before every message. */
    readonly revocations: Revocations,
    private readonly rateLimits: RateLimits,
    private readonly store: Store,
    private readonly logger: Logger,
  ) {}

  private close(room: string, reason: Reason): void {
    this.io.to(room).emit('access:revoked', { reason });
    this.io.in(room).disconnectSockets(true);
  }

  /** A rotated or revoked link, a participant who left: their token opens nothing any more. */
  revokeToken(tokenHash: string, reason: Reason): void {
    this.revocations.revokeToken(tokenHash, reason);
    this.close(credentialRoom(tokenHash), reason);
  }

  campDeleted(campId: string): void {
    this.revocations.closeCamp(campId);
    this.close(campRoom(campId), 'camp-deleted');
  }

  /** The camp became private: viewers who came without a code must now bring one. */
  campMadePrivate(campId: string): void {
    this.close(openViewersRoom(campId), 'revoked');
  }

  /** A new join code: viewers who came with the old one must bring the new one. */
  joinCodeChanged(campId: string): void {
    this.close(codeViewersRoom(campId), 'revoked');
  }

  /**
   * Call once per connection, before any message is handled: joins the rooms through which its
   * access can be ended, and checks every incoming message (see gate).
   */
  admit(socket: CampSocket, viaJoinCode: boolean): void {
    const { campId, tokenHash } = socket.data;
    if (tokenHash !== null) {
      void socket.join(credentialRoom(tokenHash));
    } else {
      void socket.join(viaJoinCode ? codeViewersRoom(campId) : openViewersRoom(campId));
    }
    socket.use((packet, next) => this.gate(socket, packet, next));
  }

  /**
   * Runs before every handler of every message: the role and link are checked again (a revoked
   * one is refused and the socket closed), the rate limits are counted, and a successful
   * participant:leave or a camp:update that makes the camp private is followed up after its ack.
   * Messages are never reordered: the checks resolve in the order the messages arrived.
   */
  private gate(socket: CampSocket, packet: unknown[], next: (error?: Error) => void): void {
    const { campId, tokenHash, clientIp } = socket.data;
    const last = packet.length > 1 ? packet[packet.length - 1] : undefined;
    const ack = typeof last === 'function' ? (reply: unknown) => last(reply) : null;
    const revokedFor = this.revocations.reasonFor(campId, tokenHash);
    if (revokedFor !== null) {
      ack?.(errorReply('UNAUTHORIZED', 'This link no longer works.'));
      socket.emit('access:revoked', { reason: revokedFor });
      socket.disconnect(true);
      return;
    }
    this.withinLimits(socket.id, clientIp).then(
      (retryAfterMs) => {
        if (retryAfterMs !== null) {
          ack?.(rateLimitedReply(retryAfterMs));
          return;
        }
        if (ack) this.followUp(socket, packet, ack);
        next();
      },
      (error: unknown) => {
        this.logger.error({ err: error, campId }, 'rate limit check failed');
        ack?.(errorReply('INTERNAL', 'The server failed; nothing was stored.'));
      },
    );
  }

  /** null when within both limits, else the longer wait. */
  private async withinLimits(socketId: string, clientIp: string): Promise<number | null> {
    const perSocket = await this.rateLimits.take('socketCommands', socketId);
    if (!perSocket.ok) return perSocket.retryAfterMs;
    const perAddress = await this.rateLimits.take('ipCommands', clientIp);
    return perAddress.ok ? null : perAddress.retryAfterMs;
  }

  /** Replaces the ack of the messages whose success changes who may read, to act on it. */
  private followUp(socket: CampSocket, packet: unknown[], ack: (reply: unknown) => void): void {
    const { campId, tokenHash, viewer } = socket.data;
    const event = packet[0];
    if (event === 'participant:leave' && viewer.participantId !== null && tokenHash !== null) {
      const { participantId } = viewer;
      packet[packet.length - 1] = (reply: unknown) => {
        ack(reply);
        if (isAckOk(reply)) void this.participantLeft(campId, participantId, tokenHash);
      };
    } else if (event === 'camp:update') {
      packet[packet.length - 1] = (reply: unknown) => {
        ack(reply);
        if (madeCampPrivate(reply)) this.campMadePrivate(campId);
      };
    }
  }

  /** After the leave is acknowledged: forget name, token hash and stars, close their sockets. */
  private async participantLeft(
    campId: string,
    participantId: string,
    tokenHash: string,
  ): Promise<void> {
    this.revocations.revokeToken(tokenHash, 'left');
    try {
      await this.store.deleteParticipant(campId, participantId);
    } catch (error) {
      // The token stays refused here; a retried leave (same commandId) deletes again.
      this.logger.error({ err: error, campId }, 'deleting a participant who left failed');
    }
    this.close(credentialRoom(tokenHash), 'left');
  }
}
