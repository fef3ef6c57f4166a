import type { Actor, CommandInput } from '@campgrid/shared';
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
  SLOT,
  sessionOf,
  VIEWER,
} from '../fixtures.js';

/*
 * Per-session settings (session:configure).
 * CONFIG-1 A linked host or a moderator may set the needs and a capacity limit: the command emits
 *          session:configured with exactly the given fields; fields left out keep their values;
 *          null lifts a capacity limit.
 * CONFIG-2 Only a moderator pins a session or limits its slots: a host sending pinned or
 *          allowedSlotIds is FORBIDDEN; null lifts the slot limit.
 * CONFIG-3 Other participants and viewers are FORBIDDEN; an unknown session is NOT_FOUND
 *          (sessionId), whoever asks.
 * CONFIG-4 A need that is not on the camp's list is INVALID (needs).
 * CONFIG-5 An allowed slot that does not exist is NOT_FOUND (allowedSlotIds).
 */

describe('CONFIG-1 needs and capacity limit', () => {
  it('CONFIG-1 a host setting needs and a limit emits exactly those fields', () => {
    const decision = decideInput(plannedCamp(), ALICE, 'session:configure', {
      sessionId: SESSION.forms,
      needs: ['Beamer', 'Barrierefreier Zugang'],
      capacityLimit: 12,
    });
    expect(eventsOf(decision)).toEqual([
      {
        type: 'session:configured',
        sessionId: SESSION.forms,
        needs: ['Beamer', 'Barrierefreier Zugang'],
        capacityLimit: 12,
      },
    ]);
  });

  it('CONFIG-1 the session takes the fields given and keeps the others', () => {
    const state = plannedCamp();
    const before = sessionOf(state, SESSION.forms);
    const next = run(state, ALICE, 'session:configure', {
      sessionId: SESSION.forms,
      capacityLimit: 12,
    });
    expect(sessionOf(next, SESSION.forms)).toEqual({ ...before, capacityLimit: 12 });
    const needed = run(next, ALICE, 'session:configure', {
      sessionId: SESSION.forms,
      needs: ['Beamer'],
    });
    expect(sessionOf(needed, SESSION.forms)).toEqual({
      ...before,
      capacityLimit: 12,
      needs: ['Beamer'],
    });
  });

  it('CONFIG-1 null lifts a capacity limit', () => {
    const limited = run(plannedCamp(), ALICE, 'session:configure', {
      sessionId: SESSION.forms,
      capacityLimit: 12,
    });
    const next = run(limited, ALICE, 'session:configure', {
      sessionId: SESSION.forms,
      capacityLimit: null,
    });
    expect(sessionOf(next, SESSION.forms).capacityLimit).toBeNull();
  });

  it('CONFIG-1 a moderator may set them for any session', () => {
    const decision = decideInput(plannedCamp(), MODERATOR, 'session:configure', {
      sessionId: SESSION.ki,
      needs: [],
    });
    expect(eventsOf(decision)).toEqual([
      { type: 'session:configured', sessionId: SESSION.ki, needs: [] },
    ]);
  });
});

describe('CONFIG-2 pins and allowed slots', () => {
  it('CONFIG-2 a moderator pinning and limiting slots emits both', () => {
    const state = plannedCamp();
    const decision = decideInput(state, MODERATOR, 'session:configure', {
      sessionId: SESSION.data,
      pinned: true,
      allowedSlotIds: [SLOT.second, SLOT.third],
    });
    expect(eventsOf(decision)).toEqual([
      {
        type: 'session:configured',
        sessionId: SESSION.data,
        pinned: true,
        allowedSlotIds: [SLOT.second, SLOT.third],
      },
    ]);
    expect(sessionOf(applyDecision(state, decision), SESSION.data)).toMatchObject({
      pinned: true,
      allowedSlotIds: [SLOT.second, SLOT.third],
    });
  });

  it('CONFIG-2 null lifts the slot limit', () => {
    const limited = run(plannedCamp(), MODERATOR, 'session:configure', {
      sessionId: SESSION.data,
      allowedSlotIds: [SLOT.third],
    });
    const next = run(limited, MODERATOR, 'session:configure', {
      sessionId: SESSION.data,
      allowedSlotIds: null,
    });
    expect(sessionOf(next, SESSION.data).allowedSlotIds).toBeNull();
  });

  const moderatorFields: [string, Partial<CommandInput<'session:configure'>>][] = [
    ['pinned', { pinned: true }],
    ['pinned false', { pinned: false }],
    ['allowedSlotIds', { allowedSlotIds: [SLOT.third] }],
    ['allowedSlotIds null', { allowedSlotIds: null }],
  ];
  for (const [what, fields] of moderatorFields) {
    it(`CONFIG-2 a host sending ${what} is refused with FORBIDDEN`, () => {
      expectRefused(
        decideInput(plannedCamp(), ALICE, 'session:configure', {
          sessionId: SESSION.data,
          needs: ['Beamer'],
          ...fields,
        }),
        'FORBIDDEN',
      );
    });
  }
});

describe('CONFIG-3 to CONFIG-5 refusals', () => {
  const others: [string, Actor][] = [
    ['participant who does not host it', BOB],
    ['participant', DAVE],
    ['viewer', VIEWER],
  ];
  for (const [role, actor] of others) {
    it(`CONFIG-3 session:configure from a ${role} is refused with FORBIDDEN`, () => {
      expectRefused(
        decideInput(plannedCamp(), actor, 'session:configure', {
          sessionId: SESSION.forms,
          capacityLimit: 5,
        }),
        'FORBIDDEN',
      );
    });
  }

  it('CONFIG-3 an unknown session is refused with NOT_FOUND on sessionId, whoever asks', () => {
    for (const actor of [ALICE, VIEWER, MODERATOR]) {
      expectRefused(
        decideInput(plannedCamp(), actor, 'session:configure', {
          sessionId: 'ghost',
          capacityLimit: 5,
        }),
        'NOT_FOUND',
        'sessionId',
      );
    }
  });

  it("CONFIG-4 a need not on the camp's list is refused with INVALID on needs", () => {
    for (const actor of [ALICE, MODERATOR]) {
      expectRefused(
        decideInput(plannedCamp(), actor, 'session:configure', {
          sessionId: SESSION.forms,
          needs: ['Beamer', 'Sauna'],
        }),
        'INVALID',
        'needs',
      );
    }
  });

  it("CONFIG-4 the camp's own list decides which needs exist", () => {
    const state = plannedCamp({ settings: { needs: ['Sauna'] } });
    expect(
      decideInput(state, ALICE, 'session:configure', { sessionId: SESSION.forms, needs: ['Sauna'] })
        .ok,
    ).toBe(true);
    expectRefused(
      decideInput(state, ALICE, 'session:configure', {
        sessionId: SESSION.forms,
        needs: ['Beamer'],
      }),
      'INVALID',
      'needs',
    );
  });

  it('CONFIG-5 an allowed slot that does not exist is refused with NOT_FOUND on allowedSlotIds', () => {
    expectRefused(
      decideInput(plannedCamp(), MODERATOR, 'session:configure', {
        sessionId: SESSION.data,
        allowedSlotIds: [SLOT.third, 'late'],
      }),
      'NOT_FOUND',
      'allowedSlotIds',
    );
  });
});
