import { ballotIn, newSession, SESSIONS_MAX } from '@campgrid/shared';
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
  run,
  SESSION,
  sessionOf,
  VIEWER,
  withPhases,
} from '../fixtures.js';

/*
 * Wishes: a topic someone would like another person to host.
 * WISH-1 wish:post by a participant or a moderator emits wish:posted: a session of kind wish with
 *        no hosts, the discussion format, no votes and no cell. A viewer is FORBIDDEN.
 * WISH-2 While pitching is closed a participant's wish is PHASE_CLOSED; a moderator may still post.
 * WISH-3 A taken session id is ALREADY_EXISTS (sessionId); past SESSIONS_MAX sessions, INVALID
 *        (sessionId).
 * WISH-4 wish:adopt by a participant emits wish:adopted with them as the linked host; the wish
 *        becomes a pitch they may edit and queue. A moderator adopting links nobody. A viewer is
 *        FORBIDDEN.
 * WISH-5 Adopting a pitch or a wish someone already took over is CONFLICT (sessionId); an unknown
 *        session is NOT_FOUND (sessionId).
 * WISH-6 A wish's votes stay with it when it is adopted.
 */

const wish = { title: 'Wer erklärt uns das OZG 2.0?', tags: ['ozg'] };

function campWithWish() {
  return run(plannedCamp(), DAVE, 'wish:post', { sessionId: 'wish', wish });
}

describe('WISH-1 to WISH-3 wish:post', () => {
  it('WISH-1 a participant posting emits wish:posted with a hostless wish', () => {
    const decision = decideInput(plannedCamp(), DAVE, 'wish:post', { sessionId: 'wish', wish });
    expect(eventsOf(decision)).toEqual([
      {
        type: 'wish:posted',
        session: newSession({
          id: 'wish',
          kind: 'wish',
          title: wish.title,
          description: '',
          hosts: [],
          tags: ['ozg'],
          format: 'discussion',
          language: 'de',
        }),
      },
    ]);
  });

  it('WISH-1 the wish joins the sessions unplaced and unvoted', () => {
    const next = campWithWish();
    expect(sessionOf(next, 'wish')).toMatchObject({
      kind: 'wish',
      hosts: [],
      voteCount: 0,
      placement: null,
    });
  });

  it('WISH-1 a viewer posting is refused with FORBIDDEN', () => {
    expectRefused(
      decideInput(plannedCamp(), VIEWER, 'wish:post', { sessionId: 'wish', wish }),
      'FORBIDDEN',
    );
  });

  it('WISH-2 a participant posting while pitching is closed is refused with PHASE_CLOSED', () => {
    const closed = withPhases(plannedCamp(), { pitching: false });
    expectRefused(
      decideInput(closed, DAVE, 'wish:post', { sessionId: 'wish', wish }),
      'PHASE_CLOSED',
    );
  });

  it('WISH-2 a moderator may post while pitching is closed', () => {
    const closed = withPhases(plannedCamp(), { pitching: false });
    const [event] = eventsOf(
      decideInput(closed, MODERATOR, 'wish:post', { sessionId: 'wish', wish }),
    );
    expect(event).toMatchObject({ type: 'wish:posted', session: { id: 'wish', kind: 'wish' } });
  });

  it('WISH-3 a taken session id is refused with ALREADY_EXISTS on sessionId', () => {
    expectRefused(
      decideInput(plannedCamp(), DAVE, 'wish:post', { sessionId: SESSION.ki, wish }),
      'ALREADY_EXISTS',
      'sessionId',
    );
  });

  it(`WISH-3 a wish past ${SESSIONS_MAX} sessions is refused with INVALID on sessionId`, () => {
    let state = campWithGrid();
    for (let index = 0; index < SESSIONS_MAX; index += 1) {
      state = run(state, MODERATOR, 'wish:post', { sessionId: `w-${index}`, wish });
    }
    expect(state.sessions).toHaveLength(SESSIONS_MAX);
    for (const actor of [DAVE, MODERATOR]) {
      expectRefused(
        decideInput(state, actor, 'wish:post', { sessionId: 'one-too-many', wish }),
        'INVALID',
        'sessionId',
      );
    }
  });
});

describe('WISH-4 to WISH-6 wish:adopt', () => {
  it('WISH-4 a participant adopting emits wish:adopted with them as the linked host', () => {
    const decision = decideInput(campWithWish(), CAROL, 'wish:adopt', {
      sessionId: 'wish',
      hostName: 'Carol',
    });
    expect(eventsOf(decision)).toEqual([
      { type: 'wish:adopted', sessionId: 'wish', host: { name: 'Carol', participantId: 'carol' } },
    ]);
  });

  it('WISH-4 the adopted wish is a pitch its new host may edit and queue', () => {
    const next = run(campWithWish(), CAROL, 'wish:adopt', { sessionId: 'wish', hostName: 'Carol' });
    expect(sessionOf(next, 'wish')).toMatchObject({
      kind: 'pitch',
      title: wish.title,
      hosts: [{ name: 'Carol', participantId: 'carol' }],
    });
    expect(
      decideInput(next, CAROL, 'session:update', {
        sessionId: 'wish',
        changes: { title: 'OZG 2.0 erklärt' },
      }).ok,
    ).toBe(true);
    expect(decideInput(next, CAROL, 'queue:join', { sessionId: 'wish' }).ok).toBe(true);
    expectRefused(
      decideInput(next, DAVE, 'session:update', { sessionId: 'wish', changes: { title: 'x' } }),
      'FORBIDDEN',
    );
  });

  it('WISH-4 the one who posted the wish may adopt it too', () => {
    const decision = decideInput(campWithWish(), DAVE, 'wish:adopt', {
      sessionId: 'wish',
      hostName: 'Dave',
    });
    expect(eventsOf(decision)).toEqual([
      { type: 'wish:adopted', sessionId: 'wish', host: { name: 'Dave', participantId: 'dave' } },
    ]);
  });

  it('WISH-4 a moderator adopting names a host linked to nobody', () => {
    const decision = decideInput(campWithWish(), MODERATOR, 'wish:adopt', {
      sessionId: 'wish',
      hostName: 'Erika',
    });
    expect(eventsOf(decision)).toEqual([
      { type: 'wish:adopted', sessionId: 'wish', host: { name: 'Erika', participantId: null } },
    ]);
  });

  it('WISH-4 a viewer adopting is refused with FORBIDDEN', () => {
    expectRefused(
      decideInput(campWithWish(), VIEWER, 'wish:adopt', { sessionId: 'wish', hostName: 'Gast' }),
      'FORBIDDEN',
    );
  });

  it('WISH-5 adopting a pitch is refused with CONFLICT on sessionId', () => {
    expectRefused(
      decideInput(plannedCamp(), CAROL, 'wish:adopt', { sessionId: SESSION.ki, hostName: 'Carol' }),
      'CONFLICT',
      'sessionId',
    );
  });

  it('WISH-5 a wish someone already took over is refused with CONFLICT on sessionId', () => {
    const adopted = run(campWithWish(), CAROL, 'wish:adopt', {
      sessionId: 'wish',
      hostName: 'Carol',
    });
    expectRefused(
      decideInput(adopted, BOB, 'wish:adopt', { sessionId: 'wish', hostName: 'Bob' }),
      'CONFLICT',
      'sessionId',
    );
  });

  it('WISH-5 an unknown session is refused with NOT_FOUND on sessionId', () => {
    expectRefused(
      decideInput(campWithWish(), CAROL, 'wish:adopt', { sessionId: 'ghost', hostName: 'Carol' }),
      'NOT_FOUND',
      'sessionId',
    );
  });

  it('WISH-6 votes for the wish stay with it when it is adopted', () => {
    let state = run(campWithWish(), ALICE, 'vote:cast', { sessionId: 'wish' });
    state = run(state, BOB, 'vote:cast', { sessionId: 'wish' });
    const next = applyDecision(
      state,
      decideInput(state, CAROL, 'wish:adopt', { sessionId: 'wish', hostName: 'Carol' }),
    );
    expect(sessionOf(next, 'wish').voteCount).toBe(2);
    expect(ballotIn(next.ballots, 'alice')).toContain('wish');
  });
});
