import {
  type Audience,
  type DomainEvent,
  type LogEntry,
  PUBLIC_AUDIENCE,
  projectEventsFor,
  tallyEnvelopes,
  tallyOf,
  VoteTallySchema,
} from '@campgrid/shared';
import { describe, expect, it } from 'vitest';
import { plannedCamp, SESSION } from '../fixtures.js';

/*
 * votes:tallied: a run of single-vote entries in one message, projected per audience like every
 * broadcast (shared/src/protocol/tally.ts).
 * PROJ-10 A tally stands for exactly the envelopes of its entries, in version order.
 * PROJ-11 While counts are hidden from an audience, its tally tells only that versions passed.
 * PROJ-12 A moderator's tally names each vote's voter by key; nobody else's names one.
 * PROJ-13 The schema refuses a tally whose votes do not match the versions it covers.
 */

const keyed: Audience = {
  role: 'moderator',
  participantId: null,
  ballotKeyOf: (participantId) => `key-${participantId}`,
};
const bob: Audience = { role: 'participant', participantId: 'bob' };

function voteEntry(version: number, event: DomainEvent): LogEntry {
  return { version, at: 1_000 + version, events: [event] };
}

const stored: LogEntry[] = [
  voteEntry(7, { type: 'vote:cast', sessionId: SESSION.ki, participantId: 'alice' }),
  voteEntry(8, { type: 'vote:cast', sessionId: SESSION.oss, participantId: 'carol' }),
  voteEntry(9, { type: 'vote:retracted', sessionId: SESSION.ki, participantId: 'alice' }),
];

function tallyFor(audience: Audience, state = plannedCamp()) {
  return tallyOf(
    stored.map((entry) => ({ ...entry, events: projectEventsFor(entry.events, state, audience) })),
  );
}

describe('votes:tallied', () => {
  it('PROJ-10 a tally stands for its entries, projected, in version order', () => {
    const tally = tallyFor(bob);
    expect(tally).toEqual({
      fromVersion: 7,
      version: 9,
      at: 1_009,
      sessionIds: [SESSION.ki, SESSION.oss],
      votes: [
        [0, 1],
        [1, 1],
        [0, -1],
      ],
    });
    expect(VoteTallySchema.safeParse(tally).success).toBe(true);
    expect(tallyEnvelopes(tally).map(({ version, event }) => [version, event])).toEqual([
      [7, { type: 'vote:cast', sessionId: SESSION.ki }],
      [8, { type: 'vote:cast', sessionId: SESSION.oss }],
      [9, { type: 'vote:retracted', sessionId: SESSION.ki }],
    ]);
  });

  it('PROJ-11 with counts hidden the tally holds no session and no direction', () => {
    const hidden = plannedCamp({ settings: { hideVoteCounts: true } });
    for (const audience of [bob, PUBLIC_AUDIENCE]) {
      const tally = tallyFor(audience, hidden);
      expect(tally).toEqual({
        fromVersion: 7,
        version: 9,
        at: 1_009,
        hidden: true,
        sessionIds: [],
        votes: [],
      });
      expect(VoteTallySchema.safeParse(tally).success).toBe(true);
      expect(tallyEnvelopes(tally).map(({ event }) => event)).toEqual(
        Array(3).fill({ type: 'vote:recorded', hidden: true }),
      );
    }
    // Moderators still see every vote.
    expect(tallyFor(keyed, hidden).hidden).toBeUndefined();
  });

  it('PROJ-12 a moderator’s tally names voters by key, and its envelopes carry them', () => {
    const tally = tallyFor(keyed);
    expect(tally.voters).toEqual(['key-alice', 'key-carol', 'key-alice']);
    expect(tallyEnvelopes(tally)[1]?.event).toEqual({
      type: 'vote:cast',
      sessionId: SESSION.oss,
      participantId: 'key-carol',
    });
    expect(JSON.stringify(tallyFor(bob))).not.toContain('alice');
    expect(JSON.stringify(tallyFor(PUBLIC_AUDIENCE))).not.toContain('alice');
  });

  it('PROJ-13 the schema refuses a tally that does not cover its versions one vote each', () => {
    const good = tallyFor(bob);
    for (const bad of [
      { ...good, version: 10 },
      { ...good, votes: [[5, 1], ...good.votes.slice(1)] },
      { ...good, voters: ['x'] },
      { ...good, hidden: true },
      { ...good, votes: [[0, 2], ...good.votes.slice(1)] },
    ]) {
      expect(VoteTallySchema.safeParse(bad).success).toBe(false);
    }
  });
});
