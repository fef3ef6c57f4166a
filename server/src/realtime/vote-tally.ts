import type { DomainEvent } from '@campgrid/shared';

/**
 * One broadcast for a run of consecutive log entries that each hold a single vote: the entry at
 * `fromVersion + i` is `votes[i]`, a vote:cast (+1) or vote:retracted (-1) for
 * `sessionIds[votes[i][0]]`, redacted as every broadcast vote is. A client applies the versions it
 * does not have yet, in order, exactly as it would apply one envelope each; for its own votes it
 * already holds the unredacted events from its acks.
 *
 * To move into shared/src/protocol (the server -> client catalog) with the client's handling.
 */
export interface VoteTally {
  fromVersion: number;
  /** The last version covered: fromVersion + votes.length - 1. */
  version: number;
  /** Commit time of the entry at `version`, ms since the epoch. */
  at: number;
  /** The sessions voted on, each once, referred to by index from `votes`. */
  sessionIds: string[];
  /** One per version, in order: [index into sessionIds, +1 cast or -1 retracted]. */
  votes: Array<[number, 1 | -1]>;
}

export const VOTE_TALLY_EVENT = 'votes:tallied' as const;

/** The entry's single vote as a change of its session's count, or null for any other entry. */
export function voteOf(
  events: readonly DomainEvent[],
): { sessionId: string; delta: 1 | -1 } | null {
  const [event, ...more] = events;
  if (event === undefined || more.length > 0) return null;
  if (event.type === 'vote:cast') return { sessionId: event.sessionId, delta: 1 };
  if (event.type === 'vote:retracted') return { sessionId: event.sessionId, delta: -1 };
  return null;
}
