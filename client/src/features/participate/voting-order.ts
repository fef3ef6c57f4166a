import type { Session } from '@campgrid/shared';

/**
 * FNV-1a, then MurmurHash3's finaliser: a small, stable string hash. FNV alone keeps ids that differ
 * in their last character in order, which is exactly what a shuffle must not do. This is about a
 * fair order, not secrecy.
 */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  value ^= value >>> 16;
  value = Math.imul(value, 0x85ebca6b);
  value ^= value >>> 13;
  value = Math.imul(value, 0xc2b2ae35);
  value ^= value >>> 16;
  return value >>> 0;
}

/**
 * The voting list in an order of its own for each participant, so that no pitch profits from
 * being near the top for everyone. Each session's rank depends only on the participant and the
 * session, so the list does not jump around when new pitches arrive.
 */
export function shuffledFor(sessions: readonly Session[], participantId: string): Session[] {
  return sessions
    .map((session) => ({ session, rank: hash(`${participantId}:${session.id}`) }))
    .sort((a, b) => a.rank - b.rank || a.session.id.localeCompare(b.session.id))
    .map(({ session }) => session);
}
