import { ballotsRecord, SESSIONS_MAX } from '@campgrid/shared';
import { describe, expect, it } from 'vitest';
import {
  ALICE,
  applyDecision,
  BOB,
  CAROL,
  campWithGrid,
  DAVE,
  decideInput,
  eventsOf,
  expectRefused,
  MODERATOR,
  plannedCamp,
  ROOM,
  run,
  SESSION,
  SLOT,
  sessionOf,
  VIEWER,
  withPhases,
} from '../fixtures.js';

/*
 * Pitch rules: pitching, editing and withdrawing sessions.
 * PITCH-1  A viewer may not pitch (FORBIDDEN).
 * PITCH-2  A participant's pitch emits session:pitched: no votes, unplaced, draft defaults
 *          applied, the first host linked to the pitcher.
 * PITCH-3  While pitching is closed a participant's pitch is PHASE_CLOSED; a moderator may still
 *          pitch, with no host linked.
 * PITCH-4  A taken session id is ALREADY_EXISTS (sessionId).
 * PITCH-5  A pitch names at least one host: INVALID (draft.hosts).
 * PITCH-6  A camp holds at most SESSIONS_MAX sessions: INVALID (sessionId).
 * PITCH-7  session:update by a host or a moderator emits session:updated with exactly the given
 *          changes; fields left out stay, host links survive by name.
 * PITCH-8  Only the session's linked hosts and moderators edit or withdraw it: FORBIDDEN for other
 *          participants and viewers; an unknown session is NOT_FOUND (sessionId) first.
 * PITCH-9  An edit may not leave a session without hosts: INVALID (changes.hosts).
 * PITCH-10 session:withdraw emits session:withdrawn; the session leaves the grid and every ballot.
 * PITCH-11 Editing and withdrawing stay open after pitching closes.
 */

const draft = { title: 'Digitale Souveränität', hosts: ['Dave'] };

describe('PITCH-1 to PITCH-6 session:pitch', () => {
  it('PITCH-1 a viewer pitching is refused with FORBIDDEN', () => {
    expectRefused(
      decideInput(campWithGrid(), VIEWER, 'session:pitch', { sessionId: 'new', draft }),
      'FORBIDDEN',
    );
  });

  it('PITCH-2 a participant pitch emits session:pitched with the pitcher linked as first host', () => {
    const decision = decideInput(campWithGrid(), DAVE, 'session:pitch', {
      sessionId: 'new',
      draft: { ...draft, hosts: ['Dave', 'Erika'], tags: ['cloud'] },
    });
    expect(eventsOf(decision)).toEqual([
      {
        type: 'session:pitched',
        session: {
          id: 'new',
          kind: 'pitch',
          title: 'Digitale Souveränität',
          description: '',
          hosts: [
            { name: 'Dave', participantId: 'dave' },
            { name: 'Erika', participantId: null },
          ],
          tags: ['cloud'],
          format: 'discussion',
          language: 'de',
          voteCount: 0,
          placement: null,
          needs: [],
          capacityLimit: null,
          pinned: false,
          allowedSlotIds: null,
          handCount: null,
          cancellation: null,
        },
      },
    ]);
  });

  it('PITCH-2 the pitched session joins the state unplaced and unvoted', () => {
    const state = campWithGrid();
    const next = run(state, DAVE, 'session:pitch', { sessionId: 'new', draft });
    expect(next.sessions.map((session) => session.id)).toEqual(['new']);
    expect(sessionOf(next, 'new')).toMatchObject({ voteCount: 0, placement: null });
  });

  it('PITCH-3 a participant pitching while pitching is closed is refused with PHASE_CLOSED', () => {
    const closed = withPhases(campWithGrid(), { pitching: false });
    expectRefused(
      decideInput(closed, DAVE, 'session:pitch', { sessionId: 'new', draft }),
      'PHASE_CLOSED',
    );
  });

  it('PITCH-3 a moderator may pitch while pitching is closed, linking no host', () => {
    const closed = withPhases(campWithGrid(), { pitching: false });
    const [event] = eventsOf(
      decideInput(closed, MODERATOR, 'session:pitch', { sessionId: 'new', draft }),
    );
    expect(event).toMatchObject({
      type: 'session:pitched',
      session: { id: 'new', hosts: [{ name: 'Dave', participantId: null }] },
    });
  });

  it('PITCH-4 a taken session id is refused with ALREADY_EXISTS on sessionId', () => {
    for (const actor of [DAVE, MODERATOR]) {
      expectRefused(
        decideInput(plannedCamp(), actor, 'session:pitch', { sessionId: SESSION.ki, draft }),
        'ALREADY_EXISTS',
        'sessionId',
      );
    }
  });

  it('PITCH-5 a pitch without hosts is refused with INVALID on draft.hosts', () => {
    expectRefused(
      decideInput(campWithGrid(), DAVE, 'session:pitch', {
        sessionId: 'new',
        draft: { title: 'Ohne Host' },
      }),
      'INVALID',
      'draft.hosts',
    );
  });

  it(`PITCH-6 a pitch past ${SESSIONS_MAX} sessions is refused with INVALID on sessionId`, () => {
    let state = campWithGrid();
    for (let index = 0; index < SESSIONS_MAX; index += 1) {
      state = run(state, MODERATOR, 'session:pitch', { sessionId: `s-${index}`, draft });
    }
    expect(state.sessions).toHaveLength(SESSIONS_MAX);
    for (const actor of [DAVE, MODERATOR]) {
      expectRefused(
        decideInput(state, actor, 'session:pitch', { sessionId: 'one-too-many', draft }),
        'INVALID',
        'sessionId',
      );
    }
  });
});

describe('PITCH-7 to PITCH-9 session:update', () => {
  it('PITCH-7 a host edit emits session:updated with exactly the given changes', () => {
    const decision = decideInput(plannedCamp(), ALICE, 'session:update', {
      sessionId: SESSION.forms,
      changes: { title: 'Barrierefreie Formulare bauen' },
    });
    expect(eventsOf(decision)).toEqual([
      {
        type: 'session:updated',
        sessionId: SESSION.forms,
        changes: { title: 'Barrierefreie Formulare bauen' },
      },
    ]);
  });

  it('PITCH-7 fields the edit leaves out keep their values', () => {
    const state = plannedCamp();
    const before = sessionOf(state, SESSION.data);
    const next = run(state, ALICE, 'session:update', {
      sessionId: SESSION.data,
      changes: { language: 'en' },
    });
    expect(sessionOf(next, SESSION.data)).toEqual({ ...before, language: 'en' });
  });

  it('PITCH-7 a moderator may edit any session', () => {
    const decision = decideInput(plannedCamp(), MODERATOR, 'session:update', {
      sessionId: SESSION.ki,
      changes: { tags: ['ki', 'recht'], format: 'talk' },
    });
    expect(eventsOf(decision)).toEqual([
      {
        type: 'session:updated',
        sessionId: SESSION.ki,
        changes: { tags: ['ki', 'recht'], format: 'talk' },
      },
    ]);
  });

  it('PITCH-7 host links survive an edit by name, and new hosts are unlinked', () => {
    const next = run(plannedCamp(), CAROL, 'session:update', {
      sessionId: SESSION.oss,
      changes: { hosts: ['Erik', 'Carol'] },
    });
    expect(sessionOf(next, SESSION.oss).hosts).toEqual([
      { name: 'Erik', participantId: null },
      { name: 'Carol', participantId: 'carol' },
    ]);
    expect(
      decideInput(next, CAROL, 'session:update', {
        sessionId: SESSION.oss,
        changes: { title: 'Open Source zuerst' },
      }).ok,
    ).toBe(true);
  });

  it('PITCH-8 another participant editing is refused with FORBIDDEN', () => {
    expectRefused(
      decideInput(plannedCamp(), BOB, 'session:update', {
        sessionId: SESSION.forms,
        changes: { title: 'Gekapert' },
      }),
      'FORBIDDEN',
    );
  });

  it('PITCH-8 a viewer editing is refused with FORBIDDEN', () => {
    expectRefused(
      decideInput(plannedCamp(), VIEWER, 'session:update', {
        sessionId: SESSION.forms,
        changes: { title: 'Gekapert' },
      }),
      'FORBIDDEN',
    );
  });

  it('PITCH-8 a co-host named but not linked may not edit', () => {
    // Dora is a host of oss by name only; Dave stands in for any participant who is not linked.
    expectRefused(
      decideInput(plannedCamp(), DAVE, 'session:update', {
        sessionId: SESSION.oss,
        changes: { title: 'Gekapert' },
      }),
      'FORBIDDEN',
    );
  });

  it('PITCH-8 an unknown session is refused with NOT_FOUND on sessionId, whoever asks', () => {
    for (const actor of [ALICE, VIEWER, MODERATOR]) {
      expectRefused(
        decideInput(plannedCamp(), actor, 'session:update', {
          sessionId: 'ghost',
          changes: { title: 'Nichts' },
        }),
        'NOT_FOUND',
        'sessionId',
      );
    }
  });

  it('PITCH-9 an edit removing every host is refused with INVALID on changes.hosts', () => {
    for (const actor of [ALICE, MODERATOR]) {
      expectRefused(
        decideInput(plannedCamp(), actor, 'session:update', {
          sessionId: SESSION.forms,
          changes: { hosts: [] },
        }),
        'INVALID',
        'changes.hosts',
      );
    }
  });
});

describe('PITCH-8 and PITCH-10 session:withdraw', () => {
  it('PITCH-10 a host withdrawing emits session:withdrawn', () => {
    const decision = decideInput(plannedCamp(), BOB, 'session:withdraw', {
      sessionId: SESSION.ki,
    });
    expect(eventsOf(decision)).toEqual([{ type: 'session:withdrawn', sessionId: SESSION.ki }]);
  });

  it('PITCH-10 a withdrawn session leaves the grid and every ballot', () => {
    const state = plannedCamp();
    const next = applyDecision(
      state,
      decideInput(state, MODERATOR, 'session:withdraw', { sessionId: SESSION.ki }),
    );
    expect(next.sessions.map((session) => session.id)).toEqual([
      SESSION.forms,
      SESSION.oss,
      SESSION.data,
    ]);
    expect(ballotsRecord(next.ballots)).toEqual({ alice: [], bob: [SESSION.forms], carol: [] });
    expect(
      decideInput(next, MODERATOR, 'session:place', {
        sessionId: SESSION.forms,
        placement: { roomId: ROOM.lab, slotId: SLOT.first },
      }).ok,
    ).toBe(true);
  });

  it('PITCH-8 another participant withdrawing is refused with FORBIDDEN', () => {
    expectRefused(
      decideInput(plannedCamp(), ALICE, 'session:withdraw', { sessionId: SESSION.ki }),
      'FORBIDDEN',
    );
  });

  it('PITCH-8 a viewer withdrawing is refused with FORBIDDEN', () => {
    expectRefused(
      decideInput(plannedCamp(), VIEWER, 'session:withdraw', { sessionId: SESSION.ki }),
      'FORBIDDEN',
    );
  });

  it('PITCH-8 withdrawing an unknown session is refused with NOT_FOUND on sessionId', () => {
    expectRefused(
      decideInput(plannedCamp(), MODERATOR, 'session:withdraw', { sessionId: 'ghost' }),
      'NOT_FOUND',
      'sessionId',
    );
  });
});

describe('PITCH-11 hosts keep their sessions after pitching closes', () => {
  const closed = () => withPhases(plannedCamp(), { pitching: false });

  it('PITCH-11 a host may still edit', () => {
    const decision = decideInput(closed(), ALICE, 'session:update', {
      sessionId: SESSION.data,
      changes: { description: 'Neu' },
    });
    expect(eventsOf(decision)).toEqual([
      { type: 'session:updated', sessionId: SESSION.data, changes: { description: 'Neu' } },
    ]);
  });

  it('PITCH-11 a host may still withdraw', () => {
    const decision = decideInput(closed(), ALICE, 'session:withdraw', { sessionId: SESSION.data });
    expect(eventsOf(decision)).toEqual([{ type: 'session:withdrawn', sessionId: SESSION.data }]);
  });
});
