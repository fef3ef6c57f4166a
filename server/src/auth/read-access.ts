import { type CampState, type ErrorReply, errorReply } from '@campgrid/shared';
import type { CampRecord, Store } from '../store/store.js';
import { type Credential, resolveCredential } from './credentials.js';
import type { JoinCodeVerifier } from './join-code.js';
import { type RateLimits, rateLimitedReply } from './rate-limits.js';

export interface ReadAccessDeps {
  store: Store;
  verifier: JoinCodeVerifier;
  rateLimits: RateLimits;
}

/** What a reader brought: a token from a secret link, a join code, or neither. */
export interface ReadProof {
  token: string | undefined;
  joinCode: string | undefined;
  clientIp: string;
}

export type ReadAccess =
  | {
      ok: true;
      /** null for a reader without a token. */
      credential: Credential | null;
      /** The reader came in with the join code of a private camp. */
      viaJoinCode: boolean;
    }
  | ErrorReply;

/** Where the client put each part, so an error can name it: `token`, `auth.joinCode`, … */
export interface ProofFields {
  token: string;
  joinCode: string;
}

export const JOIN_CODE_NEEDED = 'This camp is private: a join code is needed to read it.';
export const JOIN_CODE_WRONG = 'This join code is not right; a join code is needed to read it.';

/**
 * Who may read a camp: anyone with a working link; anyone at all while the camp is public; with
 * the join code otherwise. A token that opens nothing is refused rather than treated as none, so
 * a client with a stale link learns it at once. Wrong codes count against the reader's address,
 * which keeps guessing a code hopeless.
 */
export async function checkReadAccess(
  deps: ReadAccessDeps,
  camp: CampRecord,
  loadState: () => Promise<CampState>,
  proof: ReadProof,
  fields: ProofFields,
): Promise<ReadAccess> {
  if (proof.token !== undefined) {
    const credential = await resolveCredential(deps.store, camp, proof.token);
    if (credential === null) {
      return errorReply('UNAUTHORIZED', 'This link is not valid for this camp.', {
        field: fields.token,
      });
    }
    return { ok: true, credential, viaJoinCode: false };
  }
  const state = await loadState();
  if (state.settings.visibility === 'public') {
    return { ok: true, credential: null, viaJoinCode: false };
  }
  const blocked = await deps.rateLimits.check('joinCodeFailures', proof.clientIp);
  if (!blocked.ok) return rateLimitedReply(blocked.retryAfterMs);
  if (proof.joinCode === undefined) {
    return errorReply('UNAUTHORIZED', JOIN_CODE_NEEDED, { field: fields.joinCode });
  }
  const stored = await deps.store.findJoinCodeHash(camp.id);
  if (stored === null || !(await deps.verifier.matches(proof.joinCode, stored))) {
    await deps.rateLimits.take('joinCodeFailures', proof.clientIp);
    return errorReply('UNAUTHORIZED', JOIN_CODE_WRONG, { field: fields.joinCode });
  }
  return { ok: true, credential: null, viaJoinCode: true };
}
