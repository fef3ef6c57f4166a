import {
  ballotEntries,
  ballotIn,
  ballotsFrom,
  ballotsRecord,
  hasBallot,
  withBallot,
  withoutBallot,
} from '@campgrid/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/**
 * BALLOT-1 A ballot that was set reads back; an unknown participant has an empty ballot.
 * BALLOT-2 A change copies two small levels and one bucket, never all ballots: each level has at most
 *          16 keys, and the levels a change does not touch are shared with the old ballots.
 * BALLOT-3 The same ballots always have the same shape, whatever order they were set and removed in.
 */
describe('ballots', () => {
  it('BALLOT-1 reads back what was set, and nothing for a stranger', () => {
    const ballots = withBallot(withBallot({}, 'alice', ['a', 'b']), 'bob', ['c']);
    expect(ballotIn(ballots, 'alice')).toEqual(['a', 'b']);
    expect(ballotIn(ballots, 'bob')).toEqual(['c']);
    expect(ballotIn(ballots, 'carol')).toEqual([]);
    expect(hasBallot(ballots, 'carol')).toBe(false);
    expect(ballotsRecord(withoutBallot(ballots, 'alice'))).toEqual({ bob: ['c'] });
  });

  it('BALLOT-2 copies only small levels and shares the untouched ones', () => {
    const ids = Array.from({ length: 300 }, (_, index) => `participant-${index}`);
    const before = ballotsFrom(ids.map((id) => [id, ['a']] as const));
    const after = withBallot(before, 'participant-7', ['a', 'b']);
    const untouched = Object.keys(before).filter((outer) => outer !== '7');
    expect(untouched.length).toBeGreaterThan(0);
    for (const outer of untouched) expect(after[outer]).toBe(before[outer]);
    expect(Object.keys(after).length).toBeLessThanOrEqual(16);
    for (const middle of Object.values(after)) {
      expect(Object.keys(middle).length).toBeLessThanOrEqual(16);
    }
    expect(ballotIn(before, 'participant-7')).toEqual(['a']);
  });

  it('BALLOT-3 has one shape for the same ballots, whatever the order of changes', () => {
    const change = fc.record({
      participantId: fc.constantFrom('p1', 'p2', 'q1', 'x17', 'y27', 'z'),
      sessionIds: fc.option(fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 })),
    });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 40 }), (changes) => {
        let ballots = {};
        const flat = new Map<string, string[]>();
        for (const { participantId, sessionIds } of changes) {
          if (sessionIds === null) {
            ballots = withoutBallot(ballots, participantId);
            flat.delete(participantId);
          } else {
            ballots = withBallot(ballots, participantId, sessionIds);
            flat.set(participantId, sessionIds);
          }
        }
        expect(ballots).toEqual(ballotsFrom(flat));
        expect(Object.fromEntries(ballotEntries(ballots))).toEqual(Object.fromEntries(flat));
      }),
    );
  });
});
