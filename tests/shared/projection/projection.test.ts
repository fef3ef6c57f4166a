import {
  type Actor,
  type Audience,
  ballotsRecord,
  type CampState,
  type Command,
  changesProjection,
  changesProjectionRules,
  countsHiddenFor,
  type DomainEvent,
  decide,
  EVENT_TYPES,
  type EventType,
  evolve,
  hostNamesHiddenFor,
  PUBLIC_AUDIENCE,
  projectEventFor,
  projectStateFor,
} from '@campgrid/shared';
import { describe, expect, it } from 'vitest';
import {
  ALICE,
  applyDecision,
  BOB,
  CAROL,
  campSetup,
  command,
  DAVE,
  DAY,
  decideInput,
  eventsOf,
  MODERATOR,
  plannedCamp,
  ROOM,
  run,
  SESSION,
  SLOT,
  sessionOf,
  settingsWith,
  withPhases,
} from '../fixtures.js';

/*
 * Who sees what: the projections of events and snapshots (shared/src/projection).
 * PROJ-1 A vote event reaches the voter with their participantId and everyone else without it.
 * PROJ-2 While a camp hides vote counts and voting is open, participants other than the voter and
 *        viewers get vote:recorded instead of a vote event, and snapshots with every count at 0;
 *        moderators see every count. Once voting closes the counts are visible again.
 * PROJ-3 A snapshot holds only the audience's own ballot: none for moderators and viewers.
 * PROJ-4 A camp that hides host names keeps them from viewers in session:pitched, session:updated,
 *        wish:adopted and snapshots; participants and moderators still see them; other changes
 *        in the same event still arrive.
 * PROJ-5 changesProjection is true exactly for a camp:updated that switches hideHostNames or
 *        hideVoteCounts: then a client's state was projected under the old rule and it re-syncs.
 * PROJ-6 Every other event reaches every audience as it is, and projecting never changes the
 *        logged event.
 * PROJ-7 votes:revealed brings a client whose counts were hidden to the final counts.
 * PROJ-8 Moderators given ballot keys get every ballot, and every vote event, under the voter's key
 *        and never under a participant id; without a key, counts only. Nobody else gets keys.
 * PROJ-9 changesProjectionRules covers every event that can change what later events project to.
 *        (That an entry projects alike on the states before and after it: convergence test.)
 */

const alice: Audience = { role: 'participant', participantId: 'alice' };
const bob: Audience = { role: 'participant', participantId: 'bob' };
const moderator: Audience = { role: 'moderator', participantId: null };
const viewer = PUBLIC_AUDIENCE;

const hiddenCounts = () => plannedCamp({ settings: { hideVoteCounts: true } });
const hiddenHosts = () => plannedCamp({ settings: { hideHostNames: true } });

describe('PROJ-1 vote events', () => {
  const cast: DomainEvent = { type: 'vote:cast', sessionId: SESSION.ki, participantId: 'alice' };
  const retracted: DomainEvent = {
    type: 'vote:retracted',
    sessionId: SESSION.ki,
    participantId: 'alice',
  };

  for (const event of [cast, retracted]) {
    it(`PROJ-1 ${event.type} reaches the voter with their participantId`, () => {
      expect(projectEventFor(event, plannedCamp(), alice)).toEqual(event);
    });

    for (const [who, audience] of [
      ['another participant', bob],
      ['a moderator', moderator],
      ['a viewer', viewer],
    ] as const) {
      it(`PROJ-1 ${event.type} reaches ${who} without it`, () => {
        const projected = projectEventFor(event, plannedCamp(), audience);
        expect(projected).toEqual({ type: event.type, sessionId: SESSION.ki });
        expect(projected).not.toHaveProperty('participantId');
      });
    }
  }
});

describe('PROJ-2 hidden vote counts', () => {
  const cast: DomainEvent = { type: 'vote:cast', sessionId: SESSION.ki, participantId: 'alice' };

  it('PROJ-2 countsHiddenFor: only non-moderators, only with the setting, only while voting is open', () => {
    const closed = withPhases(hiddenCounts(), { voting: false });
    expect([alice, viewer, moderator].map((who) => countsHiddenFor(hiddenCounts(), who))).toEqual([
      true,
      true,
      false,
    ]);
    expect(countsHiddenFor(plannedCamp(), alice)).toBe(false);
    expect(countsHiddenFor(closed, alice)).toBe(false);
  });

  it('PROJ-2 other participants and viewers get vote:recorded', () => {
    for (const audience of [bob, viewer]) {
      expect(projectEventFor(cast, hiddenCounts(), audience)).toEqual({
        type: 'vote:recorded',
        hidden: true,
      });
    }
  });

  it('PROJ-2 the voter still gets their own vote, and moderators get it without the voter', () => {
    expect(projectEventFor(cast, hiddenCounts(), alice)).toEqual(cast);
    expect(projectEventFor(cast, hiddenCounts(), moderator)).toEqual({
      type: 'vote:cast',
      sessionId: SESSION.ki,
    });
  });

  it('PROJ-2 a snapshot shows non-moderators every count as 0, moderators the real ones', () => {
    const state = hiddenCounts();
    for (const audience of [alice, bob, viewer]) {
      expect(projectStateFor(state, audience).sessions.map((session) => session.voteCount)).toEqual(
        [0, 0, 0, 0],
      );
    }
    expect(projectStateFor(state, moderator).sessions).toEqual(state.sessions);
  });

  it('PROJ-2 once voting closes, votes for the spotlighted pitch are counted in the open', () => {
    const closed = withPhases(hiddenCounts(), { voting: false });
    expect(projectEventFor(cast, closed, bob)).toEqual({
      type: 'vote:cast',
      sessionId: SESSION.ki,
    });
    expect(projectStateFor(closed, bob).sessions).toEqual(closed.sessions);
  });
});

describe('PROJ-3 ballots in snapshots', () => {
  it('PROJ-3 a participant gets only their own ballot', () => {
    expect(ballotsRecord(projectStateFor(plannedCamp(), bob).ballots)).toEqual({
      bob: [SESSION.forms, SESSION.ki],
    });
  });

  it('PROJ-3 a participant who never voted, a moderator and a viewer get no ballot', () => {
    const dave: Audience = { role: 'participant', participantId: 'dave' };
    for (const audience of [dave, moderator, viewer]) {
      expect(projectStateFor(plannedCamp(), audience).ballots).toEqual({});
    }
  });

  it('PROJ-3 everything but the ballots is the camp as it is', () => {
    const state = plannedCamp();
    expect(projectStateFor(state, viewer)).toEqual({ ...state, ballots: {} });
  });
});

describe('PROJ-4 hidden host names', () => {
  it('PROJ-4 hostNamesHiddenFor: only viewers, only with the setting', () => {
    expect([viewer, alice, moderator].map((who) => hostNamesHiddenFor(hiddenHosts(), who))).toEqual(
      [true, false, false],
    );
    expect(hostNamesHiddenFor(plannedCamp(), viewer)).toBe(false);
  });

  it('PROJ-4 session:pitched reaches viewers without hosts, the rest with them', () => {
    const state = hiddenHosts();
    const [pitched] = eventsOf(
      decideInput(state, DAVE, 'session:pitch', {
        sessionId: 'new',
        draft: { title: 'Neu', hosts: ['Dave', 'Erika'] },
      }),
    );
    if (pitched?.type !== 'session:pitched') throw new Error('expected session:pitched');
    expect(projectEventFor(pitched, state, viewer)).toEqual({
      ...pitched,
      session: { ...pitched.session, hosts: [] },
    });
    for (const audience of [alice, moderator]) {
      expect(projectEventFor(pitched, state, audience)).toEqual(pitched);
    }
  });

  it('PROJ-4 session:updated reaches viewers without the hosts but with the other changes', () => {
    const event: DomainEvent = {
      type: 'session:updated',
      sessionId: SESSION.oss,
      changes: { title: 'OSS zuerst', hosts: ['Carol', 'Erik'] },
    };
    expect(projectEventFor(event, hiddenHosts(), viewer)).toEqual({
      type: 'session:updated',
      sessionId: SESSION.oss,
      changes: { title: 'OSS zuerst' },
    });
    expect(projectEventFor(event, hiddenHosts(), alice)).toEqual(event);
    const titleOnly: DomainEvent = {
      type: 'session:updated',
      sessionId: SESSION.oss,
      changes: { title: 'OSS' },
    };
    expect(projectEventFor(titleOnly, hiddenHosts(), viewer)).toBe(titleOnly);
  });

  it('PROJ-4 wish:posted and wish:adopted reach viewers without a host', () => {
    let state = run(hiddenHosts(), DAVE, 'wish:post', {
      sessionId: 'wish',
      wish: { title: 'OZG?' },
    });
    const [adopted] = eventsOf(
      decideInput(state, BOB, 'wish:adopt', { sessionId: 'wish', hostName: 'Bob' }),
    );
    if (adopted === undefined) throw new Error('expected wish:adopted');
    expect(projectEventFor(adopted, state, viewer)).toEqual({
      type: 'wish:adopted',
      sessionId: 'wish',
      host: null,
    });
    expect(projectEventFor(adopted, state, moderator)).toEqual(adopted);
    state = run(state, BOB, 'wish:adopt', { sessionId: 'wish', hostName: 'Bob' });
    expect(sessionOf(projectStateFor(state, viewer), 'wish').hosts).toEqual([]);
  });

  it('PROJ-4 a snapshot shows viewers no host names, participants and moderators all of them', () => {
    const state = hiddenHosts();
    expect(projectStateFor(state, viewer).sessions.map((session) => session.hosts)).toEqual([
      [],
      [],
      [],
      [],
    ]);
    for (const audience of [alice, moderator]) {
      expect(projectStateFor(state, audience).sessions).toEqual(state.sessions);
    }
  });

  it('PROJ-4 hidden host names and hidden counts combine for a viewer', () => {
    const state = plannedCamp({ settings: { hideHostNames: true, hideVoteCounts: true } });
    for (const session of projectStateFor(state, viewer).sessions) {
      expect(session).toMatchObject({ hosts: [], voteCount: 0 });
    }
  });
});

describe('PROJ-5 changesProjection', () => {
  const state = plannedCamp();
  for (const setting of ['hideHostNames', 'hideVoteCounts'] as const) {
    it(`PROJ-5 switching ${setting} on changes the projection, and so does switching it off`, () => {
      const on: DomainEvent = {
        type: 'camp:updated',
        settings: settingsWith({ [setting]: true }),
      };
      expect(changesProjection(state, on)).toBe(true);
      const switchedOn = evolve(state, on);
      expect(
        changesProjection(switchedOn, { type: 'camp:updated', settings: settingsWith() }),
      ).toBe(true);
    });
  }

  it('PROJ-5 other settings, a camp:updated without settings and other events do not', () => {
    const others: DomainEvent[] = [
      { type: 'camp:updated', settings: settingsWith({ votesPerParticipant: 3, needs: [] }) },
      { type: 'camp:updated', settings: settingsWith() },
      { type: 'camp:updated', title: 'Neu' },
      { type: 'phase:changed', phase: 'voting', open: false },
      { type: 'vote:cast', sessionId: SESSION.ki },
    ];
    for (const event of others) expect(changesProjection(state, event)).toBe(false);
  });

  it('PROJ-5 the command that switches a setting yields an event that changes the projection', () => {
    const decision = decideInput(state, MODERATOR, 'camp:update', {
      settings: { hideHostNames: true },
    });
    const [event] = eventsOf(decision);
    if (event === undefined) throw new Error('expected camp:updated');
    expect(changesProjection(state, event)).toBe(true);
  });
});

describe('PROJ-6 everything else passes as it is', () => {
  const projected = new Set<EventType>([
    'vote:cast',
    'vote:retracted',
    'session:pitched',
    'session:updated',
    'wish:posted',
    'wish:adopted',
  ]);
  const garden = { roomId: ROOM.garden, slotId: SLOT.third };

  /** A busy day in a camp hiding counts and names: every other kind of event, in order. */
  const script: [Actor, (state: CampState) => Command][] = [
    [MODERATOR, () => command('camp:update', { title: 'NExTcamp Live' })],
    [MODERATOR, () => command('room:add', { room: { id: 'annex', name: 'Anbau', capacity: 8 } })],
    [MODERATOR, () => command('room:update', { roomId: 'annex', capacity: 9 })],
    [MODERATOR, () => command('room:remove', { roomId: 'annex' })],
    [
      MODERATOR,
      () =>
        command('slot:add', {
          slot: { id: 'late', day: DAY, start: '16:00', end: '16:45', kind: 'session' },
        }),
    ],
    [MODERATOR, () => command('slot:update', { slotId: 'late', label: 'Spät' })],
    [MODERATOR, () => command('slot:remove', { slotId: 'late' })],
    [MODERATOR, () => command('session:place', { sessionId: SESSION.data, placement: garden })],
    [MODERATOR, () => command('session:unplace', { sessionId: SESSION.data })],
    [
      MODERATOR,
      () => command('session:swap', { sessionId: SESSION.forms, otherSessionId: SESSION.data }),
    ],
    [MODERATOR, () => command('phase:set', { phase: 'pitching', open: false })],
    [ALICE, () => command('session:configure', { sessionId: SESSION.forms, capacityLimit: 9 })],
    [ALICE, () => command('session:cancel', { sessionId: SESSION.forms, reason: 'Krank' })],
    [ALICE, () => command('session:restore', { sessionId: SESSION.forms })],
    [MODERATOR, () => command('session:count-hands', { sessionId: SESSION.ki, count: 9 })],
    [BOB, () => command('queue:join', { sessionId: SESSION.ki })],
    [CAROL, () => command('queue:join', { sessionId: SESSION.oss })],
    [MODERATOR, () => command('queue:reorder', { sessionIds: [SESSION.oss, SESSION.ki] })],
    [CAROL, () => command('queue:leave', { sessionId: SESSION.oss })],
    [MODERATOR, () => command('spotlight:set', { sessionId: SESSION.ki })],
    [
      MODERATOR,
      (state) =>
        command('plan:apply', {
          basedOnVersion: state.version,
          placements: [{ sessionId: SESSION.forms, placement: garden }],
        }),
    ],
    [MODERATOR, () => command('slot:shift', { slotId: SLOT.third, minutes: 15 })],
    [MODERATOR, () => command('room:mark-full', { roomId: ROOM.aula, full: true })],
    [MODERATOR, () => command('schedule:publish', {})],
    [DAVE, () => command('participant:leave', {})],
    [MODERATOR, () => command('phase:set', { phase: 'voting', open: false })],
    [MODERATOR, () => command('session:withdraw', { sessionId: SESSION.oss })],
  ];

  /** Each event of the script with the state it was applied to, plus the two no command yields. */
  function scriptedEvents(): [DomainEvent, CampState][] {
    let state = plannedCamp({ settings: { hideHostNames: true, hideVoteCounts: true } });
    const seen: [DomainEvent, CampState][] = [
      [{ type: 'camp:created', setup: campSetup() }, state],
      [{ type: 'vote:recorded', hidden: true }, state],
    ];
    for (const [actor, make] of script) {
      for (const event of eventsOf(decide(state, make(state), actor))) {
        seen.push([event, state]);
        state = evolve(state, event);
      }
      state = { ...state, version: state.version + 1 };
    }
    return seen;
  }

  it('PROJ-6 the script yields every event that is not projected', () => {
    const types = new Set(scriptedEvents().map(([event]) => event.type));
    expect([...types].sort()).toEqual(EVENT_TYPES.filter((type) => !projected.has(type)).sort());
  });

  it('PROJ-6 each of them reaches every audience as it is', () => {
    for (const [event, state] of scriptedEvents()) {
      for (const audience of [alice, bob, viewer, moderator]) {
        expect(projectEventFor(event, state, audience)).toBe(event);
      }
    }
  });

  it('PROJ-6 projecting leaves the logged event intact', () => {
    const logged: DomainEvent[] = [
      {
        type: 'session:updated',
        sessionId: SESSION.oss,
        changes: { title: 'x', hosts: ['Carol'] },
      },
      { type: 'vote:cast', sessionId: SESSION.ki, participantId: 'alice' },
    ];
    const copy = structuredClone(logged);
    for (const event of logged) {
      for (const audience of [alice, bob, viewer, moderator]) {
        projectEventFor(event, hiddenHosts(), audience);
        projectEventFor(event, hiddenCounts(), audience);
      }
    }
    expect(logged).toEqual(copy);
  });
});

describe('PROJ-7 votes:revealed', () => {
  it('PROJ-7 a participant whose counts were hidden sees the final counts once voting closes', () => {
    const state = hiddenCounts();
    let client = projectStateFor(state, bob);
    expect(client.sessions.every((session) => session.voteCount === 0)).toBe(true);
    const decision = decideInput(state, MODERATOR, 'phase:set', { phase: 'voting', open: false });
    for (const event of eventsOf(decision))
      client = evolve(client, projectEventFor(event, state, bob));
    const server = applyDecision(state, decision);
    expect(client.sessions).toEqual(server.sessions);
  });
});

describe('PROJ-8 anonymised ballots for moderators', () => {
  const keyOf = (participantId: string) =>
    participantId === 'ghost' ? undefined : `key-${participantId}`;
  const keyed: Audience = { role: 'moderator', participantId: null, ballotKeyOf: keyOf };
  const cast: DomainEvent = { type: 'vote:cast', sessionId: SESSION.ki, participantId: 'alice' };

  it('PROJ-8 a moderator gets every ballot under its key, never under the participant id', () => {
    const state = plannedCamp();
    const real = ballotsRecord(state.ballots);
    const projected = ballotsRecord(projectStateFor(state, keyed).ballots);
    expect(projected).toEqual(
      Object.fromEntries(Object.entries(real).map(([id, sessionIds]) => [`key-${id}`, sessionIds])),
    );
    expect(Object.keys(projected).some((key) => key in real)).toBe(false);
  });

  it('PROJ-8 vote events reach a moderator under the voter’s key, also while counts are hidden', () => {
    for (const state of [plannedCamp(), hiddenCounts()]) {
      expect(projectEventFor(cast, state, keyed)).toEqual({ ...cast, participantId: 'key-alice' });
    }
  });

  it('PROJ-8 a voter without a key, or a moderator without keys, gets counts only', () => {
    const unknown: DomainEvent = {
      type: 'vote:cast',
      sessionId: SESSION.ki,
      participantId: 'ghost',
    };
    expect(projectEventFor(unknown, plannedCamp(), keyed)).toEqual({
      type: 'vote:cast',
      sessionId: SESSION.ki,
    });
    expect(projectEventFor(cast, plannedCamp(), moderator)).toEqual({
      type: 'vote:cast',
      sessionId: SESSION.ki,
    });
    expect(projectStateFor(plannedCamp(), moderator).ballots).toEqual({});
  });

  it('PROJ-8 keys are for moderators only: participants keep their own ballot, viewers none', () => {
    const keyedBob: Audience = { ...bob, ballotKeyOf: keyOf };
    const keyedViewer: Audience = { ...viewer, ballotKeyOf: keyOf };
    expect(ballotsRecord(projectStateFor(plannedCamp(), keyedBob).ballots)).toEqual({
      bob: [SESSION.forms, SESSION.ki],
    });
    expect(projectStateFor(plannedCamp(), keyedViewer).ballots).toEqual({});
    expect(projectEventFor(cast, plannedCamp(), keyedBob)).toEqual({
      type: 'vote:cast',
      sessionId: SESSION.ki,
    });
  });

  it('PROJ-8 a moderator client applying keyed events keeps the planner’s shared voters', () => {
    const state = plannedCamp();
    let client = projectStateFor(state, keyed);
    let server = state;
    for (const [actor, sessionId] of [
      [DAVE, SESSION.ki],
      [DAVE, SESSION.forms],
    ] as const) {
      const decision = decideInput(server, actor, 'vote:cast', { sessionId });
      for (const event of eventsOf(decision)) {
        client = evolve(client, projectEventFor(event, server, keyed));
      }
      server = applyDecision(server, decision);
    }
    expect(ballotsRecord(client.ballots)).toEqual(
      ballotsRecord(projectStateFor(server, keyed).ballots),
    );
  });
});

describe('PROJ-9 changesProjectionRules', () => {
  it('PROJ-9 is true for every event changesProjection names, and for voting opening or closing', () => {
    const state = plannedCamp();
    const switches: DomainEvent[] = [
      { type: 'camp:updated', settings: settingsWith({ hideHostNames: true }) },
      { type: 'camp:updated', settings: settingsWith({ hideVoteCounts: true }) },
    ];
    for (const event of switches) {
      expect(changesProjection(state, event)).toBe(true);
      expect(changesProjectionRules(event)).toBe(true);
    }
    expect(changesProjectionRules({ type: 'phase:changed', phase: 'voting', open: false })).toBe(
      true,
    );
    expect(changesProjectionRules({ type: 'phase:changed', phase: 'pitching', open: false })).toBe(
      false,
    );
    expect(changesProjectionRules({ type: 'camp:updated', title: 'Renamed' })).toBe(false);
  });
});
