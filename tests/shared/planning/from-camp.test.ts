import {
  applyEntry,
  ballotsRecord,
  type CampState,
  COMMAND_TYPES,
  decide,
  interestOf,
  parseCommand,
  plannerInputFrom,
  planPlacementsFor,
  suggestPlan,
} from '@campgrid/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALICE,
  BOB,
  campWithGrid,
  command,
  DAVE,
  eventsOf,
  MODERATOR,
  plannedCamp,
  ROOM,
  run,
  SESSION,
  SLOT,
  sessionOf,
} from '../fixtures.js';
import {
  PROPERTY_TIMEOUT_MS,
  payloadFor,
  type Step,
  startName,
  startNamed,
  stepFrom,
} from '../support/command-steps.js';

/*
 * The adapter between the camp and the planner.
 * FROMCAMP-1 plannerInputFrom passes the rooms with their capacity and features, only the session
 *            slots, and each pitch with its interest, hosts (keyed by participant where linked,
 *            else by lower-cased name), needs, allowed slots, placement and pin.
 * FROMCAMP-2 interestOf is the larger of the votes and the counted hands.
 * FROMCAMP-3 Wishes and cancelled sessions are not planned, and votes for them do not count; one
 *            that still holds a cell goes in as a pinned placeholder, so no plan puts another
 *            session into that cell.
 * FROMCAMP-4 planPlacementsFor lists exactly the planned sessions whose cell the plan changes:
 *            null for a placed session the plan leaves out, never a placeholder.
 * FROMCAMP-5 From any camp the decider can reach, the suggested plan, carried by plan:apply on
 *            the current version, is accepted and leaves the grid as the plan says.
 */

const aulaFirst = { roomId: ROOM.aula, slotId: SLOT.first };

describe('FROMCAMP-1 and FROMCAMP-2 plannerInputFrom', () => {
  it('FROMCAMP-1 passes rooms, session slots only, and every pitch as the planner sees it', () => {
    let state = run(plannedCamp(), MODERATOR, 'room:update', {
      roomId: ROOM.lab,
      features: ['Beamer'],
    });
    state = run(state, ALICE, 'session:configure', { sessionId: SESSION.data, needs: ['Beamer'] });
    state = run(state, MODERATOR, 'session:configure', {
      sessionId: SESSION.data,
      pinned: true,
      allowedSlotIds: [SLOT.third],
    });
    const input = plannerInputFrom(state, { replaceUnpinned: true });
    expect(input.rooms).toEqual([
      { id: ROOM.aula, capacity: 120, features: [] },
      { id: ROOM.lab, capacity: 20, features: ['Beamer'] },
      { id: ROOM.garden, capacity: 15, features: [] },
    ]);
    expect(input.slots.map((slot) => slot.id)).toEqual([SLOT.first, SLOT.second, SLOT.third]);
    expect(input.sessions).toEqual([
      {
        id: SESSION.forms,
        interest: 1,
        hosts: ['p:alice'],
        needs: [],
        allowedSlotIds: null,
        placement: aulaFirst,
        pinned: false,
      },
      {
        id: SESSION.ki,
        interest: 3,
        hosts: ['p:bob'],
        needs: [],
        allowedSlotIds: null,
        placement: { roomId: ROOM.lab, slotId: SLOT.first },
        pinned: false,
      },
      {
        id: SESSION.oss,
        interest: 0,
        hosts: ['p:carol', 'name:dora'],
        needs: [],
        allowedSlotIds: null,
        placement: { roomId: ROOM.aula, slotId: SLOT.second },
        pinned: false,
      },
      {
        id: SESSION.data,
        interest: 0,
        hosts: ['p:alice'],
        needs: ['Beamer'],
        allowedSlotIds: [SLOT.third],
        placement: null,
        pinned: true,
      },
    ]);
    expect(input.ballots).toEqual(ballotsRecord(state.ballots));
    expect(input.options).toEqual({ replaceUnpinned: true });
  });

  it('FROMCAMP-2 interest is the larger of votes and counted hands', () => {
    let state = run(plannedCamp(), MODERATOR, 'session:count-hands', {
      sessionId: SESSION.oss,
      count: 25,
    });
    state = run(state, MODERATOR, 'session:count-hands', { sessionId: SESSION.ki, count: 2 });
    expect(interestOf(sessionOf(state, SESSION.oss))).toBe(25);
    expect(interestOf(sessionOf(state, SESSION.ki))).toBe(3);
    expect(interestOf(sessionOf(state, SESSION.data))).toBe(0);
    const interests = plannerInputFrom(state, { replaceUnpinned: false }).sessions.map(
      (session) => [session.id, session.interest],
    );
    expect(interests).toContainEqual([SESSION.oss, 25]);
    expect(interests).toContainEqual([SESSION.ki, 3]);
  });
});

describe('FROMCAMP-3 wishes and cancelled sessions', () => {
  it('FROMCAMP-3 an unplaced wish and an unplaced cancelled session are left out, with their votes', () => {
    let state = run(plannedCamp(), DAVE, 'wish:post', {
      sessionId: 'wish',
      wish: { title: 'OZG?' },
    });
    state = run(state, DAVE, 'vote:cast', { sessionId: 'wish' });
    state = run(state, DAVE, 'vote:cast', { sessionId: SESSION.data });
    state = run(state, ALICE, 'session:cancel', { sessionId: SESSION.data, reason: 'Krank' });
    const input = plannerInputFrom(state, { replaceUnpinned: false });
    expect(input.sessions.map((session) => session.id)).toEqual([
      SESSION.forms,
      SESSION.ki,
      SESSION.oss,
    ]);
    expect(input.ballots.dave).toEqual([]);
    expect(input.ballots.bob).toEqual([SESSION.forms, SESSION.ki]);
  });

  it('FROMCAMP-3 a cancelled session that keeps its cell is a pinned placeholder', () => {
    const state = run(plannedCamp(), ALICE, 'session:cancel', {
      sessionId: SESSION.forms,
      reason: 'Krank',
    });
    const input = plannerInputFrom(state, { replaceUnpinned: true });
    expect(input.sessions).toContainEqual({
      id: SESSION.forms,
      interest: 0,
      hosts: [],
      needs: [],
      allowedSlotIds: null,
      placement: aulaFirst,
      pinned: true,
    });
    expect(input.ballots.bob).toEqual([SESSION.ki]);
  });

  it('FROMCAMP-3 no plan puts a session into the cell a cancelled session holds', () => {
    // One room and one session slot: the only cell is taken by the cancelled session.
    let state = campWithGrid();
    state = run(state, MODERATOR, 'room:remove', { roomId: ROOM.lab });
    state = run(state, MODERATOR, 'room:remove', { roomId: ROOM.garden });
    state = run(state, MODERATOR, 'slot:remove', { slotId: SLOT.second });
    state = run(state, MODERATOR, 'slot:remove', { slotId: SLOT.third });
    state = run(state, ALICE, 'session:pitch', {
      sessionId: 'old',
      draft: { title: 'A', hosts: ['A'] },
    });
    state = run(state, MODERATOR, 'session:place', { sessionId: 'old', placement: aulaFirst });
    state = run(state, ALICE, 'session:cancel', { sessionId: 'old', reason: 'Abgesagt' });
    state = run(state, BOB, 'session:pitch', {
      sessionId: 'new',
      draft: { title: 'B', hosts: ['B'] },
    });
    for (const replaceUnpinned of [false, true]) {
      const plan = suggestPlan(plannerInputFrom(state, { replaceUnpinned }));
      expect(plan.leftOut).toEqual(['new']);
      expect(planPlacementsFor(state, plan)).toEqual([]);
    }
  });
});

describe('FROMCAMP-4 planPlacementsFor', () => {
  it('FROMCAMP-4 lists only the sessions whose cell changes, null for one left out', () => {
    const state = plannedCamp();
    const suggestion = {
      placements: {
        [SESSION.forms]: aulaFirst,
        [SESSION.ki]: { roomId: ROOM.garden, slotId: SLOT.third },
        [SESSION.data]: { roomId: ROOM.lab, slotId: SLOT.second },
      },
      leftOut: [SESSION.oss],
      score: { before: { clashes: 0, warnings: 0 }, after: { clashes: 0, warnings: 0 } },
    };
    expect(planPlacementsFor(state, suggestion)).toEqual([
      { sessionId: SESSION.ki, placement: { roomId: ROOM.garden, slotId: SLOT.third } },
      { sessionId: SESSION.oss, placement: null },
      { sessionId: SESSION.data, placement: { roomId: ROOM.lab, slotId: SLOT.second } },
    ]);
  });

  it('FROMCAMP-4 never lists a placeholder, though the plan keeps it', () => {
    const state = run(plannedCamp(), ALICE, 'session:cancel', {
      sessionId: SESSION.forms,
      reason: 'Krank',
    });
    const plan = suggestPlan(plannerInputFrom(state, { replaceUnpinned: true }));
    expect(plan.placements[SESSION.forms]).toEqual(aulaFirst);
    const listed = planPlacementsFor(state, plan).map((entry) => entry.sessionId);
    expect(listed).not.toContain(SESSION.forms);
  });
});

/** Runs the steps the decider accepts, as the server would; refused ones change nothing. */
function reach(start: CampState, steps: readonly Step[]): CampState {
  let state = start;
  for (const step of steps) {
    const parsed = parseCommand(step.type, payloadFor(step, state));
    if (!parsed.ok) continue;
    const decision = decide(state, parsed.command, step.actor);
    if (!decision.ok) continue;
    state = applyEntry(state, { version: state.version + 1, at: 0, events: decision.events });
  }
  return state;
}

describe('FROMCAMP-5 a suggested plan is one the decider accepts', () => {
  it('FROMCAMP-5 the planned camp with every session re-placed', () => {
    const state = plannedCamp();
    const plan = suggestPlan(plannerInputFrom(state, { replaceUnpinned: true }));
    const placements = planPlacementsFor(state, plan);
    const decision = decide(
      state,
      command('plan:apply', { basedOnVersion: state.version, placements }),
      MODERATOR,
    );
    const next = applyEntry(state, {
      version: state.version + 1,
      at: 0,
      events: eventsOf(decision),
    });
    for (const session of next.sessions) {
      expect(session.placement).toEqual(plan.placements[session.id] ?? null);
    }
  });

  it('FROMCAMP-5 a pinned session without a placement is placed, a placed pinned one stays', () => {
    let state = run(plannedCamp(), MODERATOR, 'session:configure', {
      sessionId: SESSION.data,
      pinned: true,
    });
    state = run(state, MODERATOR, 'session:configure', { sessionId: SESSION.forms, pinned: true });
    for (const replaceUnpinned of [false, true]) {
      const plan = suggestPlan(plannerInputFrom(state, { replaceUnpinned }));
      expect(plan.placements[SESSION.data]).toEqual(
        expect.objectContaining({ roomId: expect.any(String) }),
      );
      expect(plan.placements[SESSION.forms]).toEqual(aulaFirst);
      const placements = planPlacementsFor(state, plan);
      const decision = decide(
        state,
        command('plan:apply', { basedOnVersion: state.version, placements }),
        MODERATOR,
      );
      expect(eventsOf(decision)).toEqual([{ type: 'plan:applied', placements }]);
    }
  });

  it(
    'FROMCAMP-5 from random camps, with and without re-placing',
    () => {
      const steps = fc.array(stepFrom(COMMAND_TYPES), { maxLength: 40 });
      fc.assert(
        fc.property(startName, steps, fc.boolean(), (name, reachedBy, replaceUnpinned) => {
          const state = reach(startNamed(name), reachedBy);
          const plan = suggestPlan(plannerInputFrom(state, { replaceUnpinned }));
          const placements = planPlacementsFor(state, plan);
          const decision = decide(
            state,
            command('plan:apply', { basedOnVersion: state.version, placements }),
            MODERATOR,
          );
          expect(decision).toMatchObject({ ok: true });
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
