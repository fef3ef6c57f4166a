import { type Actor, PHASES } from '@campgrid/shared';
import { describe, expect, it } from 'vitest';
import {
  ALICE,
  applyDecision,
  decideInput,
  eventsOf,
  expectRefused,
  MODERATOR,
  plannedCamp,
  VIEWER,
  withPhases,
} from '../fixtures.js';

/*
 * Phase rules: pitching and voting open and close independently.
 * PHASE-1 Only a moderator opens or closes a phase: FORBIDDEN for participants and viewers.
 * PHASE-2 phase:set emits phase:changed; only the named phase changes; setting a phase to the
 *         state it is already in is accepted, so a retry or a second moderator does no harm.
 */

describe('PHASE-1 only a moderator sets phases', () => {
  const others: [string, Actor][] = [
    ['participant', ALICE],
    ['viewer', VIEWER],
  ];
  for (const [role, actor] of others) {
    it(`PHASE-1 phase:set from a ${role} is refused with FORBIDDEN`, () => {
      expectRefused(
        decideInput(plannedCamp(), actor, 'phase:set', { phase: 'voting', open: false }),
        'FORBIDDEN',
      );
    });
  }
});

describe('PHASE-2 phase:set', () => {
  for (const phase of PHASES) {
    it(`PHASE-2 closing ${phase} emits phase:changed and leaves the other phase open`, () => {
      const state = plannedCamp();
      const decision = decideInput(state, MODERATOR, 'phase:set', { phase, open: false });
      expect(eventsOf(decision)).toEqual([{ type: 'phase:changed', phase, open: false }]);
      const next = applyDecision(state, decision);
      expect(next.phases).toEqual({ pitching: true, voting: true, [phase]: false });
    });

    it(`PHASE-2 reopening ${phase} emits phase:changed with open true`, () => {
      const state = withPhases(plannedCamp(), { [phase]: false });
      const decision = decideInput(state, MODERATOR, 'phase:set', { phase, open: true });
      expect(eventsOf(decision)).toEqual([{ type: 'phase:changed', phase, open: true }]);
      expect(applyDecision(state, decision).phases[phase]).toBe(true);
    });
  }

  it('PHASE-2 opening an open phase is accepted and changes nothing but the version', () => {
    const state = plannedCamp();
    const decision = decideInput(state, MODERATOR, 'phase:set', { phase: 'voting', open: true });
    expect(eventsOf(decision)).toEqual([{ type: 'phase:changed', phase: 'voting', open: true }]);
    expect(applyDecision(state, decision)).toEqual({ ...state, version: state.version + 1 });
  });
});
