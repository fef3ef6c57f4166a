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
 * Cancelling a session on the day, with a reason shown to attendees, and taking it back.
 * CANCEL-1 A linked host or a moderator cancelling emits session:cancelled with the reason; the
 *          session keeps its cell, its votes and its place in the schedule, marked cancelled.
 * CANCEL-2 session:restore emits session:restored and the mark goes.
 * CANCEL-3 Cancelling a cancelled session, or restoring one that is not, is CONFLICT.
 * CANCEL-4 Other participants and viewers are FORBIDDEN; an unknown session is NOT_FOUND
 *          (sessionId), whoever asks.
 */

function cancelledForms() {
  return run(plannedCamp(), ALICE, 'session:cancel', {
    sessionId: SESSION.forms,
    reason: 'Die Referentin ist krank.',
  });
}

describe('CANCEL-1 and CANCEL-2', () => {
  it('CANCEL-1 a host cancelling emits session:cancelled with the reason', () => {
    const decision = decideInput(plannedCamp(), ALICE, 'session:cancel', {
      sessionId: SESSION.forms,
      reason: 'Die Referentin ist krank.',
    });
    expect(eventsOf(decision)).toEqual([
      { type: 'session:cancelled', sessionId: SESSION.forms, reason: 'Die Referentin ist krank.' },
    ]);
  });

  it('CANCEL-1 the session stays in its cell with its votes, marked cancelled', () => {
    const before = sessionOf(plannedCamp(), SESSION.forms);
    expect(sessionOf(cancelledForms(), SESSION.forms)).toEqual({
      ...before,
      cancellation: { reason: 'Die Referentin ist krank.' },
    });
  });

  it('CANCEL-1 a moderator may cancel any session, with an empty reason, also after phases close', () => {
    const closed = withPhases(plannedCamp(), { pitching: false, voting: false });
    const decision = decideInput(closed, MODERATOR, 'session:cancel', {
      sessionId: SESSION.ki,
      reason: '',
    });
    expect(sessionOf(applyDecision(closed, decision), SESSION.ki).cancellation).toEqual({
      reason: '',
    });
  });

  it('CANCEL-2 restoring emits session:restored and the mark goes', () => {
    const state = cancelledForms();
    const decision = decideInput(state, ALICE, 'session:restore', { sessionId: SESSION.forms });
    expect(eventsOf(decision)).toEqual([{ type: 'session:restored', sessionId: SESSION.forms }]);
    expect(sessionOf(applyDecision(state, decision), SESSION.forms)).toEqual(
      sessionOf(plannedCamp(), SESSION.forms),
    );
  });
});

describe('CANCEL-3 and CANCEL-4 refusals', () => {
  it('CANCEL-3 cancelling a cancelled session is refused with CONFLICT', () => {
    expectRefused(
      decideInput(cancelledForms(), MODERATOR, 'session:cancel', {
        sessionId: SESSION.forms,
        reason: 'Nochmal',
      }),
      'CONFLICT',
    );
  });

  it('CANCEL-3 restoring a session that is not cancelled is refused with CONFLICT', () => {
    expectRefused(
      decideInput(plannedCamp(), ALICE, 'session:restore', { sessionId: SESSION.forms }),
      'CONFLICT',
    );
  });

  const others: [string, Actor][] = [
    ['participant who does not host it', BOB],
    ['participant', DAVE],
    ['viewer', VIEWER],
  ];
  for (const [role, actor] of others) {
    it(`CANCEL-4 session:cancel from a ${role} is refused with FORBIDDEN`, () => {
      expectRefused(
        decideInput(plannedCamp(), actor, 'session:cancel', {
          sessionId: SESSION.forms,
          reason: 'Weg',
        }),
        'FORBIDDEN',
      );
    });
    it(`CANCEL-4 session:restore from a ${role} is refused with FORBIDDEN`, () => {
      expectRefused(
        decideInput(cancelledForms(), actor, 'session:restore', { sessionId: SESSION.forms }),
        'FORBIDDEN',
      );
    });
  }

  it('CANCEL-4 an unknown session is refused with NOT_FOUND on sessionId, whoever asks', () => {
    for (const actor of [ALICE, VIEWER, MODERATOR]) {
      expectRefused(
        decideInput(plannedCamp(), actor, 'session:cancel', { sessionId: 'ghost', reason: 'x' }),
        'NOT_FOUND',
        'sessionId',
      );
      expectRefused(
        decideInput(plannedCamp(), actor, 'session:restore', { sessionId: 'ghost' }),
        'NOT_FOUND',
        'sessionId',
      );
    }
  });
});
