import { DEFAULT_CAMP_SETTINGS, type EventEnvelope } from '@campgrid/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOLE_GRACE_MS } from '../../../client/src/net/version-holes.js';
import { type CampStoreApi, createCampStore } from '../../../client/src/store/index.js';
import { campFixture, PARTICIPANT, sessionFixture } from '../support/camp-fixture.js';
import { connectWithSnapshot } from '../support/connect.js';

/*
 * The connection and the per-audience broadcasts: votes:tallied is applied like the envelopes it
 * stands for, and a camp:updated that changes what this client may see fetches a snapshot.
 */

const alpha = sessionFixture('s-alpha', 'Alpha', { voteCount: 2 });
const camp = campFixture({ sessions: [alpha] });

let store: CampStoreApi;
const board = () => store.getState().board;
const alphaVotes = () => board().confirmed?.sessions[0]?.voteCount;

beforeEach(() => {
  store = createCampStore();
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('votes:tallied over the connection', () => {
  it('applies a tally and syncs over a hole before it that stays open', () => {
    const { socket } = connectWithSnapshot(camp, PARTICIPANT, { store });
    socket.broadcast('votes:tallied', {
      fromVersion: 2,
      version: 3,
      at: 9,
      sessionIds: ['s-alpha'],
      votes: [
        [0, 1],
        [0, 1],
      ],
    });
    expect(board().confirmed?.version).toBe(3);
    expect(alphaVotes()).toBe(4);
    expect(socket.unanswered('camp:sync')).toHaveLength(0);

    socket.broadcast('votes:tallied', {
      fromVersion: 5,
      version: 5,
      at: 9,
      sessionIds: ['s-alpha'],
      votes: [[0, -1]],
    });
    vi.advanceTimersByTime(HOLE_GRACE_MS - 1);
    expect(socket.unanswered('camp:sync')).toHaveLength(0);
    vi.advanceTimersByTime(1);
    // From the version before the last one built from broadcasts (board-logic's open version).
    expect(socket.next('camp:sync').payload).toEqual({ sinceVersion: 2 });
  });

  it('ignores a malformed tally', () => {
    const { socket } = connectWithSnapshot(camp, PARTICIPANT, { store });
    socket.broadcast('votes:tallied', {
      fromVersion: 2,
      version: 4,
      at: 9,
      sessionIds: [],
      votes: [],
    });
    expect(board().confirmed?.version).toBe(1);
  });

  it('holds a tally that arrives during a sync until the catch-up is in', () => {
    const { socket } = connectWithSnapshot(camp, PARTICIPANT, { store });
    socket.drop();
    socket.accept();
    const sync = socket.next('camp:sync');
    socket.broadcast('votes:tallied', {
      fromVersion: 3,
      version: 3,
      at: 9,
      sessionIds: ['s-alpha'],
      votes: [[0, 1]],
    });
    const vote: EventEnvelope['event'] = { type: 'vote:cast', sessionId: 's-alpha' };
    sync.reply({
      ok: true,
      viewer: PARTICIPANT,
      version: 2,
      catchUp: { kind: 'events', entries: [{ version: 2, at: 5, events: [vote] }] },
    });
    expect(board().confirmed?.version).toBe(3);
    expect(alphaVotes()).toBe(4);
  });
});

describe('a change of what this client may see', () => {
  it('fetches a snapshot instead of applying a camp:updated that hides counts', () => {
    const { socket } = connectWithSnapshot(camp, PARTICIPANT, { store });
    const settings = { ...DEFAULT_CAMP_SETTINGS, hideVoteCounts: true };
    socket.broadcast('camp:updated', {
      version: 2,
      at: 9,
      event: { type: 'camp:updated', settings },
    });
    expect(board().confirmed?.version).toBe(1);
    const sync = socket.next('camp:sync');
    expect(sync.payload).toEqual({ sinceVersion: 1, snapshot: true });
    const hidden = { ...camp, version: 2, settings, sessions: [{ ...alpha, voteCount: 0 }] };
    sync.reply({
      ok: true,
      viewer: PARTICIPANT,
      version: 2,
      catchUp: { kind: 'snapshot', state: hidden },
    });
    expect(board().confirmed).toEqual(hidden);
    // A title change is applied as usual.
    socket.broadcast('camp:updated', {
      version: 3,
      at: 9,
      event: { type: 'camp:updated', title: 'New' },
    });
    expect(board().confirmed?.title).toBe('New');
    expect(socket.unanswered('camp:sync')).toHaveLength(0);
  });
});
