import type { AccessRevoked } from '@campgrid/shared';

type Reason = AccessRevoked['reason'];

/**
 * What stopped working while sockets that used it may still be open: a rotated or revoked link,
 * a participant who left, a deleted camp. Every message checks here first, so a socket that the
 * server is still closing cannot act on what it no longer has. Kept in memory: a restart closes
 * every socket anyway, and a new connection is checked against the database.
 */
export class Revocations {
  private readonly tokenHashes = new Map<string, Reason>();
  private readonly camps = new Set<string>();

  revokeToken(tokenHash: string, reason: Reason): void {
    this.tokenHashes.set(tokenHash, reason);
  }

  closeCamp(campId: string): void {
    this.camps.add(campId);
  }

  /** Why a socket with this token (null: none) in this camp must stop; null if it may go on. */
  reasonFor(campId: string, tokenHash: string | null): Reason | null {
    if (this.camps.has(campId)) return 'camp-deleted';
    return tokenHash === null ? null : (this.tokenHashes.get(tokenHash) ?? null);
  }
}
