import { type Actor, type CampState, type CommandInput, PHASES } from '@campgrid/shared';
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

type PhaseSet = CommandInput<'phase:set'>;

/*
 * Phase rules: pitching and voting open and close independently.
 * PHASE-1 Only a moderator opens or closes a phase: FORBIDDEN for participants and viewers.
 * PHASE-2 phase:set emits phase:changed; only the named phase changes; setting a phase to the
 *         state it is already in is accepted, so a retry or a second moderator does no harm.
 * PHASE-3 Closing voting in a camp that hides vote counts emits phase:changed, then votes:revealed
 *         with every session's count, so every screen learns the final counts.
 * PHASE-4 No votes:revealed otherwise: counts not hidden, voting already closed, voting opened,
 *         or pitching closed.
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

describe('PHASE-3 and PHASE-4 votes:revealed', () => {
  const hidden = () => plannedCamp({ settings: { hideVoteCounts: true } });

  it('PHASE-3 closing voting with hidden counts reveals every count', () => {
    const state = hidden();
    const decision = decideInput(state, MODERATOR, 'phase:set', { phase: 'voting', open: false });
    expect(eventsOf(decision)).toEqual([
      { type: 'phase:changed', phase: 'voting', open: false },
      { type: 'votes:revealed', counts: { forms: 1, ki: 3, oss: 0, data: 0 } },
    ]);
    const next = applyDecision(state, decision);
    expect(next.phases.voting).toBe(false);
    expect(next.sessions).toEqual(state.sessions);
  });

  const noReveal: [string, () => CampState, PhaseSet][] = [
    ['counts are not hidden', () => plannedCamp(), { phase: 'voting', open: false }],
    [
      'voting is already closed',
      () => withPhases(hidden(), { voting: false }),
      { phase: 'voting', open: false },
    ],
    [
      'voting opens',
      () => withPhases(hidden(), { voting: false }),
      { phase: 'voting', open: true },
    ],
    ['pitching closes', hidden, { phase: 'pitching', open: false }],
  ];
  for (const [when, start, payload] of noReveal) {
    it(`PHASE-4 no votes:revealed when ${when}`, () => {
      expect(eventsOf(decideInput(start(), MODERATOR, 'phase:set', payload))).toEqual([
        { type: 'phase:changed', ...payload },
      ]);
    });
  }
});
