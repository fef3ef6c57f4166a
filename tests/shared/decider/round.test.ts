import type { Actor, Command } from '@campgrid/shared';
import { decide } from '@campgrid/shared';
import { describe, expect, it } from 'vitest';
import {
  ALICE,
  applyDecision,
  BOB,
  CAROL,
  command,
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
} from '../fixtures.js';

/*
 * The planning round: pitches queue up, a moderator calls each into the spotlight, the room shows
 * hands.
 * ROUND-1 queue:join by a linked host or a moderator emits queue:joined; the pitch goes to the end.
 * ROUND-2 Only the pitch's linked hosts and moderators queue it or take it off: FORBIDDEN for
 *         other participants and viewers; an unknown session is NOT_FOUND (sessionId) first.
 * ROUND-3 A wish cannot join the queue, nor can a pitch already queued or in the spotlight:
 *         CONFLICT (sessionId).
 * ROUND-4 queue:leave emits queue:left; a pitch not in the queue is CONFLICT (sessionId).
 * ROUND-5 queue:reorder (moderator only) emits queue:reordered with the new order; anything but a
 *         permutation of the current queue is CONFLICT (sessionIds).
 * ROUND-6 spotlight:set (moderator only) emits spotlight:changed; the called pitch leaves the
 *         queue; null clears the spotlight; an unknown session is NOT_FOUND (sessionId).
 * ROUND-7 session:count-hands (moderator only) emits hands:counted; null clears the count; an
 *         unknown session is NOT_FOUND (sessionId).
 * ROUND-8 A withdrawn pitch leaves the queue and the spotlight.
 */

/** The planned camp with ki (Bob), oss (Carol) and data (Alice) queued in that order. */
function queuedCamp() {
  let state = run(plannedCamp(), BOB, 'queue:join', { sessionId: SESSION.ki });
  state = run(state, CAROL, 'queue:join', { sessionId: SESSION.oss });
  return run(state, ALICE, 'queue:join', { sessionId: SESSION.data });
}

describe('ROUND-1 to ROUND-3 queue:join', () => {
  it('ROUND-1 a host queueing emits queue:joined and the pitch goes to the end', () => {
    const state = queuedCamp();
    const decision = decideInput(state, ALICE, 'queue:join', { sessionId: SESSION.forms });
    expect(eventsOf(decision)).toEqual([{ type: 'queue:joined', sessionId: SESSION.forms }]);
    expect(applyDecision(state, decision).queue).toEqual([
      SESSION.ki,
      SESSION.oss,
      SESSION.data,
      SESSION.forms,
    ]);
  });

  it('ROUND-1 a moderator may queue any pitch', () => {
    const decision = decideInput(plannedCamp(), MODERATOR, 'queue:join', {
      sessionId: SESSION.oss,
    });
    expect(eventsOf(decision)).toEqual([{ type: 'queue:joined', sessionId: SESSION.oss }]);
  });

  const others: [string, Actor][] = [
    ['participant who does not host it', DAVE],
    ['viewer', VIEWER],
  ];
  for (const [role, actor] of others) {
    it(`ROUND-2 queue:join from a ${role} is refused with FORBIDDEN`, () => {
      expectRefused(
        decideInput(plannedCamp(), actor, 'queue:join', { sessionId: SESSION.ki }),
        'FORBIDDEN',
      );
    });
    it(`ROUND-2 queue:leave from a ${role} is refused with FORBIDDEN`, () => {
      expectRefused(
        decideInput(queuedCamp(), actor, 'queue:leave', { sessionId: SESSION.ki }),
        'FORBIDDEN',
      );
    });
  }

  it('ROUND-2 an unknown session is refused with NOT_FOUND on sessionId, whoever asks', () => {
    for (const actor of [DAVE, VIEWER, MODERATOR]) {
      expectRefused(
        decideInput(plannedCamp(), actor, 'queue:join', { sessionId: 'ghost' }),
        'NOT_FOUND',
        'sessionId',
      );
      expectRefused(
        decideInput(queuedCamp(), actor, 'queue:leave', { sessionId: 'ghost' }),
        'NOT_FOUND',
        'sessionId',
      );
    }
  });

  it('ROUND-3 a wish joining the queue is refused with CONFLICT on sessionId', () => {
    const state = run(plannedCamp(), DAVE, 'wish:post', {
      sessionId: 'wish',
      wish: { title: 'OZG?' },
    });
    expectRefused(
      decideInput(state, MODERATOR, 'queue:join', { sessionId: 'wish' }),
      'CONFLICT',
      'sessionId',
    );
  });

  it('ROUND-3 a pitch already in the queue is refused with CONFLICT on sessionId', () => {
    expectRefused(
      decideInput(queuedCamp(), BOB, 'queue:join', { sessionId: SESSION.ki }),
      'CONFLICT',
      'sessionId',
    );
  });

  it('ROUND-3 the pitch in the spotlight is refused with CONFLICT on sessionId', () => {
    const state = run(queuedCamp(), MODERATOR, 'spotlight:set', { sessionId: SESSION.ki });
    expectRefused(
      decideInput(state, BOB, 'queue:join', { sessionId: SESSION.ki }),
      'CONFLICT',
      'sessionId',
    );
  });

  it('ROUND-3 a pitch called and then replaced in the spotlight may queue again', () => {
    let state = run(queuedCamp(), MODERATOR, 'spotlight:set', { sessionId: SESSION.ki });
    state = run(state, MODERATOR, 'spotlight:set', { sessionId: SESSION.oss });
    expect(eventsOf(decideInput(state, BOB, 'queue:join', { sessionId: SESSION.ki }))).toEqual([
      { type: 'queue:joined', sessionId: SESSION.ki },
    ]);
  });
});

describe('ROUND-4 queue:leave', () => {
  it('ROUND-4 a host taking the pitch off emits queue:left; the rest keep their order', () => {
    const state = queuedCamp();
    const decision = decideInput(state, CAROL, 'queue:leave', { sessionId: SESSION.oss });
    expect(eventsOf(decision)).toEqual([{ type: 'queue:left', sessionId: SESSION.oss }]);
    expect(applyDecision(state, decision).queue).toEqual([SESSION.ki, SESSION.data]);
  });

  it('ROUND-4 a moderator may skip any pitch', () => {
    const decision = decideInput(queuedCamp(), MODERATOR, 'queue:leave', { sessionId: SESSION.ki });
    expect(eventsOf(decision)).toEqual([{ type: 'queue:left', sessionId: SESSION.ki }]);
  });

  it('ROUND-4 a pitch not in the queue is refused with CONFLICT on sessionId', () => {
    expectRefused(
      decideInput(queuedCamp(), ALICE, 'queue:leave', { sessionId: SESSION.forms }),
      'CONFLICT',
      'sessionId',
    );
  });
});

describe('ROUND-5 to ROUND-7 are for moderators only', () => {
  const moderatorCommands: Command[] = [
    command('queue:reorder', { sessionIds: [SESSION.data, SESSION.ki, SESSION.oss] }),
    command('spotlight:set', { sessionId: SESSION.ki }),
    command('session:count-hands', { sessionId: SESSION.ki, count: 12 }),
  ];
  const others: [string, Actor][] = [
    ['participant', DAVE],
    ['hosting participant', BOB],
    ['viewer', VIEWER],
  ];
  for (const roundCommand of moderatorCommands) {
    for (const [role, actor] of others) {
      it(`ROUND-5 to 7 ${roundCommand.type} from a ${role} is refused with FORBIDDEN`, () => {
        expectRefused(decide(queuedCamp(), roundCommand, actor), 'FORBIDDEN');
      });
    }
  }
});

describe('ROUND-5 queue:reorder', () => {
  it('ROUND-5 a permutation of the queue emits queue:reordered and becomes the queue', () => {
    const state = queuedCamp();
    const order = [SESSION.data, SESSION.ki, SESSION.oss];
    const decision = decideInput(state, MODERATOR, 'queue:reorder', { sessionIds: order });
    expect(eventsOf(decision)).toEqual([{ type: 'queue:reordered', sessionIds: order }]);
    expect(applyDecision(state, decision).queue).toEqual(order);
  });

  it('ROUND-5 the same order is accepted', () => {
    const state = queuedCamp();
    const decision = decideInput(state, MODERATOR, 'queue:reorder', { sessionIds: state.queue });
    expect(applyDecision(state, decision).queue).toEqual(state.queue);
  });

  const notPermutations: [string, string[]][] = [
    ['a pitch missing', [SESSION.data, SESSION.ki]],
    ['a pitch not in the queue', [SESSION.data, SESSION.ki, SESSION.oss, SESSION.forms]],
    ['a pitch swapped for another', [SESSION.data, SESSION.ki, SESSION.forms]],
    ['a pitch twice', [SESSION.data, SESSION.ki, SESSION.ki]],
    ['nothing', []],
  ];
  for (const [what, sessionIds] of notPermutations) {
    it(`ROUND-5 an order with ${what} is refused with CONFLICT on sessionIds`, () => {
      expectRefused(
        decideInput(queuedCamp(), MODERATOR, 'queue:reorder', { sessionIds }),
        'CONFLICT',
        'sessionIds',
      );
    });
  }

  it('ROUND-5 an order made before someone joined is refused with CONFLICT on sessionIds', () => {
    const seen = queuedCamp();
    const changed = run(seen, ALICE, 'queue:join', { sessionId: SESSION.forms });
    expectRefused(
      decideInput(changed, MODERATOR, 'queue:reorder', { sessionIds: [...seen.queue].reverse() }),
      'CONFLICT',
      'sessionIds',
    );
  });
});

describe('ROUND-6 spotlight:set', () => {
  it('ROUND-6 calling a queued pitch emits spotlight:changed and takes it off the queue', () => {
    const state = queuedCamp();
    const decision = decideInput(state, MODERATOR, 'spotlight:set', { sessionId: SESSION.oss });
    expect(eventsOf(decision)).toEqual([{ type: 'spotlight:changed', sessionId: SESSION.oss }]);
    const next = applyDecision(state, decision);
    expect(next.spotlight).toBe(SESSION.oss);
    expect(next.queue).toEqual([SESSION.ki, SESSION.data]);
  });

  it('ROUND-6 a pitch that never queued may be called too', () => {
    const next = run(queuedCamp(), MODERATOR, 'spotlight:set', { sessionId: SESSION.forms });
    expect(next.spotlight).toBe(SESSION.forms);
    expect(next.queue).toEqual([SESSION.ki, SESSION.oss, SESSION.data]);
  });

  it('ROUND-6 null clears the spotlight and leaves the queue alone', () => {
    const called = run(queuedCamp(), MODERATOR, 'spotlight:set', { sessionId: SESSION.ki });
    const decision = decideInput(called, MODERATOR, 'spotlight:set', { sessionId: null });
    expect(eventsOf(decision)).toEqual([{ type: 'spotlight:changed', sessionId: null }]);
    const next = applyDecision(called, decision);
    expect(next.spotlight).toBeNull();
    expect(next.queue).toEqual([SESSION.oss, SESSION.data]);
  });

  it('ROUND-6 an unknown session is refused with NOT_FOUND on sessionId', () => {
    expectRefused(
      decideInput(queuedCamp(), MODERATOR, 'spotlight:set', { sessionId: 'ghost' }),
      'NOT_FOUND',
      'sessionId',
    );
  });
});

describe('ROUND-7 session:count-hands', () => {
  it('ROUND-7 emits hands:counted and the session keeps the count', () => {
    const state = plannedCamp();
    const decision = decideInput(state, MODERATOR, 'session:count-hands', {
      sessionId: SESSION.oss,
      count: 34,
    });
    expect(eventsOf(decision)).toEqual([
      { type: 'hands:counted', sessionId: SESSION.oss, count: 34 },
    ]);
    const next = applyDecision(state, decision);
    expect(sessionOf(next, SESSION.oss).handCount).toBe(34);
    expect(sessionOf(next, SESSION.oss).voteCount).toBe(0);
  });

  it('ROUND-7 null clears a count', () => {
    const counted = run(plannedCamp(), MODERATOR, 'session:count-hands', {
      sessionId: SESSION.oss,
      count: 34,
    });
    const next = run(counted, MODERATOR, 'session:count-hands', {
      sessionId: SESSION.oss,
      count: null,
    });
    expect(sessionOf(next, SESSION.oss).handCount).toBeNull();
  });

  it('ROUND-7 an unknown session is refused with NOT_FOUND on sessionId', () => {
    expectRefused(
      decideInput(plannedCamp(), MODERATOR, 'session:count-hands', {
        sessionId: 'ghost',
        count: 3,
      }),
      'NOT_FOUND',
      'sessionId',
    );
  });
});

describe('ROUND-8 withdrawing ends a pitch in the round', () => {
  it('ROUND-8 a withdrawn pitch leaves the queue', () => {
    const next = run(queuedCamp(), CAROL, 'session:withdraw', { sessionId: SESSION.oss });
    expect(next.queue).toEqual([SESSION.ki, SESSION.data]);
  });

  it('ROUND-8 a withdrawn pitch leaves the spotlight', () => {
    const called = run(queuedCamp(), MODERATOR, 'spotlight:set', { sessionId: SESSION.ki });
    const next = run(called, BOB, 'session:withdraw', { sessionId: SESSION.ki });
    expect(next.spotlight).toBeNull();
    expect(next.queue).toEqual([SESSION.oss, SESSION.data]);
  });
});
