import { z } from 'zod/mini';
import { IdSchema } from '../domain/primitives.js';
import type { DomainEvent, EventEnvelope, LogEntry } from './events.js';

/** The Socket.IO event name of a vote tally (server -> client). */
export const VOTE_TALLY_EVENT = 'votes:tallied';

/** A tally never covers more votes than this, so a voting rush never builds one huge message. */
export const VOTE_TALLY_MAX_VOTES = 1_000;

const VersionSchema = z.int().check(z.minimum(1));

/**
 * One broadcast for a run of consecutive log entries that each hold a single vote, projected for
 * the receiver's audience like every broadcast:
 * - visible counts: the entry at `fromVersion + i` is `votes[i]`, a vote:cast (+1) or
 *   vote:retracted (-1) for `sessionIds[votes[i][0]]`; for moderators `voters[i]` is the voter's
 *   pseudonym (null when the server has none), for everyone else there is no `voters`;
 * - hidden counts (`hidden: true`): no sessions and no votes, each version is a vote:recorded,
 *   so the receiver learns neither which session got a vote nor whether one was cast or retracted.
 * A client applies the versions it does not have yet, in order, as one envelope each; those it
 * has (its own votes, from their acks) it skips.
 */
export const VoteTallySchema = z
  .object({
    fromVersion: VersionSchema,
    /** The last version covered. */
    version: VersionSchema,
    /** Commit time of the entry at `version`, ms since the epoch. */
    at: z.number(),
    hidden: z.optional(z.literal(true)),
    /** The sessions voted on, each once, referred to by index from `votes`. */
    sessionIds: z.array(IdSchema),
    /** One per version, in order: [index into sessionIds, +1 cast or -1 retracted]. */
    votes: z
      .array(z.tuple([z.int().check(z.minimum(0)), z.union([z.literal(1), z.literal(-1)])]))
      .check(z.maxLength(VOTE_TALLY_MAX_VOTES)),
    /** Moderators only: one per vote, the voter's pseudonym. */
    voters: z.optional(z.array(z.nullable(IdSchema))),
  })
  .check(
    z.refine(
      (tally) => {
        const covered = tally.version - tally.fromVersion + 1;
        if (covered < 1 || covered > VOTE_TALLY_MAX_VOTES) return false;
        if (tally.hidden === true) {
          return tally.sessionIds.length === 0 && tally.votes.length === 0 && !tally.voters;
        }
        return (
          tally.votes.length === covered &&
          tally.votes.every(([index]) => index < tally.sessionIds.length) &&
          (tally.voters === undefined || tally.voters.length === covered)
        );
      },
      { message: 'a tally must hold one vote per version it covers' },
    ),
  );
export type VoteTally = z.infer<typeof VoteTallySchema>;

/** The tally's versions as the envelopes they stand for, oldest first. */
export function tallyEnvelopes(tally: VoteTally): EventEnvelope[] {
  const envelopes: EventEnvelope[] = [];
  for (let version = tally.fromVersion; version <= tally.version; version += 1) {
    envelopes.push({
      version,
      at: tally.at,
      event: tallyEvent(tally, version - tally.fromVersion),
    });
  }
  return envelopes;
}

function tallyEvent(tally: VoteTally, offset: number): DomainEvent {
  const vote = tally.votes[offset];
  const sessionId = vote === undefined ? undefined : tally.sessionIds[vote[0]];
  if (tally.hidden === true || vote === undefined || sessionId === undefined) {
    return { type: 'vote:recorded', hidden: true };
  }
  const voter = tally.voters?.[offset] ?? null;
  const type = vote[1] === 1 ? 'vote:cast' : 'vote:retracted';
  return voter === null ? { type, sessionId } : { type, sessionId, participantId: voter };
}

/**
 * The tally of consecutive entries that each hold one projected vote event (vote:cast,
 * vote:retracted or vote:recorded). A run in which any vote is hidden becomes a hidden tally:
 * within one run the projection rules cannot change, so it is all or nothing anyway.
 */
export function tallyOf(entries: readonly LogEntry[]): VoteTally {
  const first = entries[0];
  const last = entries[entries.length - 1];
  if (first === undefined || last === undefined) throw new Error('A tally needs an entry.');
  const range = { fromVersion: first.version, version: last.version, at: last.at };
  const events = entries.map((entry, offset) => {
    const [event, ...more] = entry.events;
    if (event === undefined || more.length > 0 || entry.version !== first.version + offset) {
      throw new Error('A tally covers consecutive entries of one vote each.');
    }
    return event;
  });
  if (events.some((event) => event.type === 'vote:recorded')) {
    return { ...range, hidden: true, sessionIds: [], votes: [] };
  }
  const sessionIds: string[] = [];
  const indexOf = new Map<string, number>();
  const votes: Array<[number, 1 | -1]> = [];
  const voters: Array<string | null> = [];
  for (const event of events) {
    if (event.type !== 'vote:cast' && event.type !== 'vote:retracted') {
      throw new Error(`A tally holds votes only, not ${event.type}.`);
    }
    let index = indexOf.get(event.sessionId);
    if (index === undefined) {
      index = sessionIds.push(event.sessionId) - 1;
      indexOf.set(event.sessionId, index);
    }
    votes.push([index, event.type === 'vote:cast' ? 1 : -1]);
    voters.push(event.participantId ?? null);
  }
  const anyVoter = voters.some((voter) => voter !== null);
  return { ...range, sessionIds, votes, ...(anyVoter ? { voters } : {}) };
}
