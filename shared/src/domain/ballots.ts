import { z } from 'zod/mini';
import { IdSchema } from './primitives.js';

/**
 * Who voted for what: a participant's ballot is the list of sessions they voted for.
 *
 * Stored two levels deep, by the last two characters of the participant id, because `evolve` is
 * pure: every vote makes a new state, and copying a flat record of 1,000 ballots cost ~260 µs per
 * vote (5,000: ~1.8 ms), more than everything else a vote does. Copying two 16-way levels and one
 * small bucket costs ~6 µs at any size. Read and write ballots only through this module.
 */
export const BallotsSchema = z.record(
  z.string(),
  z.record(z.string(), z.record(IdSchema, z.array(IdSchema))),
);
export type Ballots = z.infer<typeof BallotsSchema>;

type Bucket = Record<string, string[]>;

function keysOf(participantId: string): [string, string] {
  const last = participantId.length - 1;
  return [participantId.charAt(last), participantId.charAt(last - 1)];
}

/** The sessions a participant voted for; empty when they have no ballot. */
export function ballotIn(ballots: Ballots, participantId: string): readonly string[] {
  const [outer, inner] = keysOf(participantId);
  return ballots[outer]?.[inner]?.[participantId] ?? [];
}

export function hasBallot(ballots: Ballots, participantId: string): boolean {
  const [outer, inner] = keysOf(participantId);
  return ballots[outer]?.[inner]?.[participantId] !== undefined;
}

/** A copy with the participant's ballot set; everything it does not touch is shared. */
export function withBallot(ballots: Ballots, participantId: string, sessionIds: string[]): Ballots {
  const [outer, inner] = keysOf(participantId);
  const middle = ballots[outer] ?? {};
  const bucket: Bucket = { ...middle[inner], [participantId]: sessionIds };
  return { ...ballots, [outer]: { ...middle, [inner]: bucket } };
}

/** A copy without the participant's ballot. */
export function withoutBallot(ballots: Ballots, participantId: string): Ballots {
  if (!hasBallot(ballots, participantId)) return ballots;
  const [outer, inner] = keysOf(participantId);
  const middle = ballots[outer] ?? {};
  const { [participantId]: _gone, ...bucket } = middle[inner] ?? {};
  // Empty levels go too: the same ballots always have the same shape, so states compare equal.
  const { [inner]: _emptied, ...otherBuckets } = middle;
  const nextMiddle = Object.keys(bucket).length > 0 ? { ...middle, [inner]: bucket } : otherBuckets;
  const { [outer]: _emptiedMiddle, ...otherMiddles } = ballots;
  return Object.keys(nextMiddle).length > 0 ? { ...ballots, [outer]: nextMiddle } : otherMiddles;
}

/** Every ballot as [participantId, sessionIds], in no particular order. */
export function ballotEntries(ballots: Ballots): Array<[string, string[]]> {
  const entries: Array<[string, string[]]> = [];
  for (const middle of Object.values(ballots)) {
    for (const bucket of Object.values(middle)) entries.push(...Object.entries(bucket));
  }
  return entries;
}

export function ballotsFrom(entries: Iterable<readonly [string, string[]]>): Ballots {
  let ballots: Ballots = {};
  for (const [participantId, sessionIds] of entries) {
    ballots = withBallot(ballots, participantId, sessionIds);
  }
  return ballots;
}

/** The same ballots as one flat record, for callers that want plain data (planner, tests). */
export function ballotsRecord(ballots: Ballots): Record<string, string[]> {
  return Object.fromEntries(ballotEntries(ballots));
}
