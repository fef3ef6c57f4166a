import { type AccessRevoked, assertNever } from '@campgrid/shared';
import type { RevokedOutcome } from '../../net/index.js';
import {
  forgetCamp,
  forgetJoinCode,
  forgetModeratorToken,
  forgetParticipantToken,
  readModeratorToken,
  readParticipantToken,
} from './credentials.js';
import { markLinkRevoked, takeExpectedAccessEnd } from './revoked-links.js';

/**
 * Forgets the credential the server just ended, so that no later visit tries it again. Runs
 * before the page learns of the failure, so the page re-reads the storage already cleaned.
 */
export function forgetRevoked(
  slug: string,
  token: string | undefined,
  reason: AccessRevoked['reason'],
): RevokedOutcome {
  switch (reason) {
    case 'camp-deleted':
      forgetCamp(slug);
      return takeExpectedAccessEnd(slug) ? 'expected' : 'unexpected';
    case 'rotated':
      // The tab that rotated keeps the new token already (or does so in a moment).
      if (takeExpectedAccessEnd(slug)) return 'expected';
      forgetDeadToken(slug, token);
      return 'unexpected';
    case 'revoked':
      // A co-moderator's link was revoked, or (without a token) the join code stopped working.
      if (token === undefined) forgetJoinCode(slug);
      else forgetDeadToken(slug, token);
      return 'unexpected';
    case 'left':
      // The tab that left forgets its token and says so itself (LeaveCamp), after the agenda's.
      if (takeExpectedAccessEnd(slug)) return 'expected';
      forgetDeadToken(slug, token);
      return 'unexpected';
    default:
      return assertNever(reason, 'reason');
  }
}

function forgetDeadToken(slug: string, token: string | undefined): void {
  if (token === undefined) return;
  if (readModeratorToken(slug) === token) {
    forgetModeratorToken(slug);
    markLinkRevoked(slug);
  }
  if (readParticipantToken(slug) === token) forgetParticipantToken(slug);
}
