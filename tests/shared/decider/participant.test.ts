import type { Actor } from '@campgrid/shared';
import { ballotsRecord, hasBallot } from '@campgrid/shared';
import { describe, expect, it } from 'vitest';
import {
  ALICE,
  applyDecision,
  BOB,
  CAROL,
  DAVE,
  decideInput,
  eventsOf,
  expectRefused,
  MODERATOR,
  plannedCamp,
  run,
  SESSION,
  sessionOf,
  VIEWER,
  withPhases,
} from '../fixtures.js';

/*
 * A participant deletes themselves (participant:leave).
 * LEAVE-1 Only a participant can leave: FORBIDDEN for moderators and viewers.
 * LEAVE-2 participant:leave emits a vote:retracted naming them for each session on their ballot,
 *         in ballot order, then participant:left; with an empty ballot only participant:left.
 * LEAVE-3 Afterwards their ballot is gone and every count matches the remaining ballots.
 * LEAVE-4 Only their own host entries go: the sessions keep their title, co-hosts and hosts linked
 *         to nobody stay; a session they hosted alone has no host left.
 * LEAVE-5 Leaving works while voting is closed.
 * LEAVE-6 Once gone, they no longer edit the sessions they hosted.
 */

describe('LEAVE-1 only a participant leaves', () => {
  const others: [string, Actor][] = [
    ['moderator', MODERATOR],
    ['viewer', VIEWER],
  ];
  for (const [role, actor] of others) {
    it(`LEAVE-1 participant:leave from a ${role} is refused with FORBIDDEN`, () => {
      expectRefused(decideInput(plannedCamp(), actor, 'participant:leave', {}), 'FORBIDDEN');
    });
  }
});

describe('LEAVE-2 participant:leave', () => {
  it('LEAVE-2 emits a vote:retracted per ballot entry, then participant:left', () => {
    expect(eventsOf(decideInput(plannedCamp(), BOB, 'participant:leave', {}))).toEqual([
      { type: 'vote:retracted', sessionId: SESSION.forms, participantId: 'bob' },
      { type: 'vote:retracted', sessionId: SESSION.ki, participantId: 'bob' },
      { type: 'participant:left', participantId: 'bob' },
    ]);
  });

  it('LEAVE-2 with an empty ballot emits only participant:left', () => {
    expect(eventsOf(decideInput(plannedCamp(), DAVE, 'participant:leave', {}))).toEqual([
      { type: 'participant:left', participantId: 'dave' },
    ]);
  });
});

describe('LEAVE-3 and LEAVE-4 the state after leaving', () => {
  it('LEAVE-3 the ballot is gone and the counts match the remaining ballots', () => {
    const state = plannedCamp();
    const next = applyDecision(state, decideInput(state, BOB, 'participant:leave', {}));
    expect(ballotsRecord(next.ballots)).toEqual({ alice: [SESSION.ki], carol: [SESSION.ki] });
    expect(sessionOf(next, SESSION.forms).voteCount).toBe(0);
    expect(sessionOf(next, SESSION.ki).voteCount).toBe(2);
    expect(sessionOf(next, SESSION.oss).voteCount).toBe(0);
  });

  it('LEAVE-4 a session they hosted alone keeps its title and cell but has no host', () => {
    const state = plannedCamp();
    const next = run(state, BOB, 'participant:leave', {});
    expect(sessionOf(next, SESSION.ki)).toEqual({
      ...sessionOf(state, SESSION.ki),
      hosts: [],
      voteCount: 2,
    });
  });

  it('LEAVE-4 a co-host named but not linked stays', () => {
    const next = run(plannedCamp(), CAROL, 'participant:leave', {});
    expect(sessionOf(next, SESSION.oss).hosts).toEqual([{ name: 'Dora', participantId: null }]);
  });

  it('LEAVE-4 every session they hosted loses them, and no other session changes its hosts', () => {
    const state = plannedCamp();
    const next = run(state, ALICE, 'participant:leave', {});
    expect(sessionOf(next, SESSION.forms).hosts).toEqual([]);
    expect(sessionOf(next, SESSION.data).hosts).toEqual([]);
    expect(sessionOf(next, SESSION.ki).hosts).toEqual(sessionOf(state, SESSION.ki).hosts);
    expect(sessionOf(next, SESSION.oss).hosts).toEqual(sessionOf(state, SESSION.oss).hosts);
  });

  it('LEAVE-4 a host entry with their name but linked to nobody stays', () => {
    // A moderator named Bob as host without linking him; only the linked entry is his.
    const state = run(plannedCamp(), MODERATOR, 'session:pitch', {
      sessionId: 'named',
      draft: { title: 'Bob erzählt', hosts: ['Bob'] },
    });
    const next = run(state, BOB, 'participant:leave', {});
    expect(sessionOf(next, 'named').hosts).toEqual([{ name: 'Bob', participantId: null }]);
  });
});

describe('LEAVE-5 and LEAVE-6', () => {
  it('LEAVE-5 leaving while voting is closed still takes back every vote', () => {
    const closed = withPhases(plannedCamp(), { voting: false });
    const next = applyDecision(closed, decideInput(closed, BOB, 'participant:leave', {}));
    expect(hasBallot(next.ballots, 'bob')).toBe(false);
    expect(sessionOf(next, SESSION.ki).voteCount).toBe(2);
  });

  it('LEAVE-6 the sessions they hosted are no longer theirs to edit', () => {
    const next = run(plannedCamp(), BOB, 'participant:leave', {});
    expectRefused(
      decideInput(next, BOB, 'session:update', { sessionId: SESSION.ki, changes: { title: 'x' } }),
      'FORBIDDEN',
    );
  });
});
