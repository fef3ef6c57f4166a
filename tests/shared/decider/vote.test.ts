import type { Actor } from '@campgrid/shared';
import { ballotIn } from '@campgrid/shared';
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
 * VOTE-8 The pitch in the spotlight takes "I'd attend" votes and retractions while voting is
 *        closed; every other session stays PHASE_CLOSED, and the other vote rules still apply.
 * VOTE-9 A camp with allowSelfVote false refuses a participant's vote for a session they are a
 *        linked host of (FORBIDDEN); others may vote for it, and a vote cast before stays
 *        retractable. By default participants may vote for their own sessions.
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
    expect(ballotIn(next.ballots, 'alice')).toEqual([SESSION.ki, SESSION.data]);
    expect(sessionOf(state, SESSION.ki).voteCount).toBe(3);
  });

  it('VOTE-9 by default participants may vote for their own sessions', () => {
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
    expect(ballotIn(state.ballots, 'dave')).toEqual(Object.values(SESSION));
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
    expect(ballotIn(next.ballots, 'bob')).toEqual([SESSION.forms]);
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

describe('VOTE-8 the spotlighted pitch takes votes while voting is closed', () => {
  function closedWithSpotlight(sessionId: string | null) {
    const closed = withPhases(plannedCamp(), { voting: false });
    return run(closed, MODERATOR, 'spotlight:set', { sessionId });
  }

  it('VOTE-8 a vote for the spotlighted pitch is accepted', () => {
    const decision = decideInput(closedWithSpotlight(SESSION.data), DAVE, 'vote:cast', {
      sessionId: SESSION.data,
    });
    expect(eventsOf(decision)).toEqual([
      { type: 'vote:cast', sessionId: SESSION.data, participantId: 'dave' },
    ]);
  });

  it('VOTE-8 taking the vote back is accepted too', () => {
    const voted = run(closedWithSpotlight(SESSION.data), DAVE, 'vote:cast', {
      sessionId: SESSION.data,
    });
    const next = run(voted, DAVE, 'vote:retract', { sessionId: SESSION.data });
    expect(ballotIn(next.ballots, 'dave')).toEqual([]);
    expect(sessionOf(next, SESSION.data).voteCount).toBe(0);
  });

  it('VOTE-8 votes for any other session are refused with PHASE_CLOSED', () => {
    const state = closedWithSpotlight(SESSION.data);
    expectRefused(
      decideInput(state, DAVE, 'vote:cast', { sessionId: SESSION.oss }),
      'PHASE_CLOSED',
    );
    expectRefused(
      decideInput(state, BOB, 'vote:retract', { sessionId: SESSION.ki }),
      'PHASE_CLOSED',
    );
  });

  it('VOTE-8 with nothing in the spotlight every vote is refused with PHASE_CLOSED', () => {
    expectRefused(
      decideInput(closedWithSpotlight(null), DAVE, 'vote:cast', { sessionId: SESSION.data }),
      'PHASE_CLOSED',
    );
  });

  it('VOTE-8 the spotlight vote still counts against the limit and only once', () => {
    const limited = withPhases(plannedCamp({ settings: { votesPerParticipant: 2 } }), {
      voting: false,
    });
    const onData = run(limited, MODERATOR, 'spotlight:set', { sessionId: SESSION.data });
    expectRefused(decideInput(onData, BOB, 'vote:cast', { sessionId: SESSION.data }), 'VOTE_LIMIT');
    const onKi = run(limited, MODERATOR, 'spotlight:set', { sessionId: SESSION.ki });
    expectRefused(
      decideInput(onKi, BOB, 'vote:cast', { sessionId: SESSION.ki }),
      'ALREADY_VOTED',
      'sessionId',
    );
  });
});

describe('VOTE-9 allowSelfVote', () => {
  /** The planned camp, whose votes were cast under the default, now forbidding self-votes. */
  const strict = () =>
    run(plannedCamp(), MODERATOR, 'camp:update', { settings: { allowSelfVote: false } });

  it('VOTE-9 a vote for a session one hosts is refused with FORBIDDEN', () => {
    const state = strict();
    expectRefused(
      decideInput(state, ALICE, 'vote:cast', { sessionId: SESSION.forms }),
      'FORBIDDEN',
    );
    expectRefused(decideInput(state, ALICE, 'vote:cast', { sessionId: SESSION.data }), 'FORBIDDEN');
  });

  it('VOTE-9 others may still vote for the session', () => {
    const state = strict();
    expect(eventsOf(decideInput(state, DAVE, 'vote:cast', { sessionId: SESSION.forms }))).toEqual([
      { type: 'vote:cast', sessionId: SESSION.forms, participantId: 'dave' },
    ]);
  });

  it('VOTE-9 only a linked host counts: a name on the host list alone does not', () => {
    // A moderator pitched it naming Dave, without linking him.
    const named = run(strict(), MODERATOR, 'session:pitch', {
      sessionId: 'named',
      draft: { title: 'Daves Thema', hosts: ['Dave'] },
    });
    const state = run(named, DAVE, 'vote:cast', { sessionId: 'named' });
    expect(sessionOf(state, 'named').voteCount).toBe(1);
  });

  it('VOTE-9 a vote cast before the setting changed may be taken back', () => {
    let state = run(plannedCamp(), ALICE, 'vote:cast', { sessionId: SESSION.forms });
    state = run(state, MODERATOR, 'camp:update', { settings: { allowSelfVote: false } });
    expect(decideInput(state, ALICE, 'vote:retract', { sessionId: SESSION.forms }).ok).toBe(true);
  });
});
