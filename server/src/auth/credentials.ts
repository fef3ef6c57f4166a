import type { CampRecord, ModeratorLinkRecord, ParticipantRecord, Store } from '../store/store.js';
import { hashToken, tokenMatchesHash } from './tokens.js';

/** How the main moderator link appears to the other moderators (presence, history). */
export const MAIN_MODERATOR_LABEL = 'Moderation';

/** What a token opens in one camp. Every kind is known by its token's hash alone. */
export type Credential =
  | {
      kind: 'moderator';
      /** null for the main moderator link, else the co-moderator link's id. */
      linkId: string | null;
      label: string;
      tokenHash: string;
    }
  | { kind: 'participant'; participant: ParticipantRecord; tokenHash: string };

export function isMainModerator(credential: Credential | null): boolean {
  return credential?.kind === 'moderator' && credential.linkId === null;
}

export function coModeratorCredential(link: ModeratorLinkRecord): Credential {
  return { kind: 'moderator', linkId: link.id, label: link.label, tokenHash: link.tokenHash };
}

/**
 * The main moderator link, a co-moderator link that has not been revoked, or a participant who
 * has not left; null for a token that opens nothing in this camp.
 */
export async function resolveCredential(
  store: Store,
  camp: CampRecord,
  token: string,
): Promise<Credential | null> {
  const tokenHash = hashToken(token);
  if (tokenMatchesHash(token, camp.moderatorTokenHash)) {
    return { kind: 'moderator', linkId: null, label: MAIN_MODERATOR_LABEL, tokenHash };
  }
  // Participants first: they are nearly every connection, and a hash names one record at most,
  // so the order only decides how many lookups (round trips, with PostgreSQL) a handshake costs.
  const participant = await store.findParticipantByTokenHash(camp.id, tokenHash);
  if (participant) return { kind: 'participant', participant, tokenHash };
  const link = await store.findModeratorLinkByTokenHash(camp.id, tokenHash);
  if (link) return coModeratorCredential(link);
  return null;
}
