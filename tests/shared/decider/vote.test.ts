import type { Actor } from '@campgrid/shared';
import { describe, expect, it } from 'vitest';
import {
  ALICE,
  applyDecision,
  BOB,
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
 * Vote rules: a participant's ballot is a set of sessions they would attend.
 * VOTE-1 Only participants vote: a moderator's or viewer's vote:cast or vote:retract is FORBIDDEN.
 * VOTE-2 vote:cast emits vote:cast naming the voter; the session's count and the ballot grow.
 * VOTE-3 While voting is closed, vote:cast and vote:retract are PHASE_CLOSED.
 * VOTE-4 A vote for an unknown session is NOT_FOUND (sessionId).
 * VOTE-5 A second vote for the same session is ALREADY_VOTED (sessionId).
 * VOTE-6 A ballot holding votesPerParticipant sessions takes no more: VOTE_LIMIT; null means no
 *        limit.
 * VOTE-7 vote:retract emits vote:retracted naming the voter; the count and ballot shrink; a session
 *        not on the ballot is NOT_VOTED (sessionId).
 */

const nonVoters: [string, Actor][] = [
  ['moderator', MODERATOR],
  ['viewer', VIEWER],
];

describe('VOTE-1 only participants vote', () => {
  for (const [role, actor] of nonVoters) {
    it(`VOTE-1 vote:cast from a ${role} is refused with FORBIDDEN`, () => {
      expectRefused(
        decideInput(plannedCamp(), actor, 'vote:cast', { sessionId: SESSION.data }),
        'FORBIDDEN',
      );
    });
    it(`VOTE-1 vote:retract from a ${role} is refused with FORBIDDEN`, () => {
      expectRefused(
        decideInput(plannedCamp(), actor, 'vote:retract', { sessionId: SESSION.ki }),
        'FORBIDDEN',
      );
    });
  }
});

describe('VOTE-2 to VOTE-6 vote:cast', () => {
  it('VOTE-2 emits vote:cast with the session and the voter', () => {
    const decision = decideInput(plannedCamp(), DAVE, 'vote:cast', { sessionId: SESSION.data });
    expect(eventsOf(decision)).toEqual([
      { type: 'vote:cast', sessionId: SESSION.data, participantId: 'dave' },
    ]);
  });

  it('VOTE-2 the vote raises the count and joins the ballot', () => {
    const state = plannedCamp();
    const next = run(state, ALICE, 'vote:cast', { sessionId: SESSION.data });
    expect(sessionOf(next, SESSION.data).voteCount).toBe(1);
    expect(next.ballots.alice).toEqual([SESSION.ki, SESSION.data]);
    expect(sessionOf(state, SESSION.ki).voteCount).toBe(3);
  });

  it('VOTE-2 participants may vote for their own sessions', () => {
    expect(decideInput(plannedCamp(), ALICE, 'vote:cast', { sessionId: SESSION.forms }).ok).toBe(
      true,
    );
  });

  it('VOTE-3 vote:cast while voting is closed is refused with PHASE_CLOSED', () => {
    const closed = withPhases(plannedCamp(), { voting: false });
    expectRefused(
      decideInput(closed, DAVE, 'vote:cast', { sessionId: SESSION.data }),
      'PHASE_CLOSED',
    );
  });

  it('VOTE-4 a vote for an unknown session is refused with NOT_FOUND on sessionId', () => {
    expectRefused(
      decideInput(plannedCamp(), DAVE, 'vote:cast', { sessionId: 'ghost' }),
      'NOT_FOUND',
      'sessionId',
    );
  });

  it('VOTE-5 a second vote for the same session is refused with ALREADY_VOTED on sessionId', () => {
    expectRefused(
      decideInput(plannedCamp(), BOB, 'vote:cast', { sessionId: SESSION.ki }),
      'ALREADY_VOTED',
      'sessionId',
    );
  });

  it('VOTE-6 a vote past votesPerParticipant is refused with VOTE_LIMIT', () => {
    const state = plannedCamp({ settings: { votesPerParticipant: 2 } });
    expectRefused(decideInput(state, BOB, 'vote:cast', { sessionId: SESSION.data }), 'VOTE_LIMIT');
    expect(decideInput(state, ALICE, 'vote:cast', { sessionId: SESSION.data }).ok).toBe(true);
  });

  it('VOTE-6 a retracted vote frees its place on the ballot', () => {
    const state = run(plannedCamp({ settings: { votesPerParticipant: 2 } }), BOB, 'vote:retract', {
      sessionId: SESSION.forms,
    });
    expect(decideInput(state, BOB, 'vote:cast', { sessionId: SESSION.data }).ok).toBe(true);
  });

  it('VOTE-6 with no limit a participant may vote for every session', () => {
    let state = plannedCamp({ settings: { votesPerParticipant: null } });
    for (const sessionId of Object.values(SESSION)) {
      state = run(state, DAVE, 'vote:cast', { sessionId });
    }
    expect(state.ballots.dave).toEqual(Object.values(SESSION));
  });
});

describe('VOTE-3 and VOTE-7 vote:retract', () => {
  it('VOTE-7 emits vote:retracted with the session and the voter', () => {
    const decision = decideInput(plannedCamp(), BOB, 'vote:retract', { sessionId: SESSION.ki });
    expect(eventsOf(decision)).toEqual([
      { type: 'vote:retracted', sessionId: SESSION.ki, participantId: 'bob' },
    ]);
  });

  it('VOTE-7 the retraction lowers the count and leaves the ballot', () => {
    const state = plannedCamp();
    const next = applyDecision(
      state,
      decideInput(state, BOB, 'vote:retract', { sessionId: SESSION.ki }),
    );
    expect(sessionOf(next, SESSION.ki).voteCount).toBe(2);
    expect(next.ballots.bob).toEqual([SESSION.forms]);
  });

  it('VOTE-7 retracting a vote never cast is refused with NOT_VOTED on sessionId', () => {
    expectRefused(
      decideInput(plannedCamp(), ALICE, 'vote:retract', { sessionId: SESSION.forms }),
      'NOT_VOTED',
      'sessionId',
    );
    expectRefused(
      decideInput(plannedCamp(), DAVE, 'vote:retract', { sessionId: 'ghost' }),
      'NOT_VOTED',
      'sessionId',
    );
  });

  it('VOTE-3 vote:retract while voting is closed is refused with PHASE_CLOSED', () => {
    const closed = withPhases(plannedCamp(), { voting: false });
    expectRefused(
      decideInput(closed, BOB, 'vote:retract', { sessionId: SESSION.ki }),
      'PHASE_CLOSED',
    );
  });
});
