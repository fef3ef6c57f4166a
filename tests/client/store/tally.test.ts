import { ballotsRecord, type DomainEvent, tallyEnvelopes, type VoteTally } from '@campgrid/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  type BroadcastResult,
  type CampStoreApi,
  createCampStore,
} from '../../../client/src/store/index.js';
import {
  campFixture,
  MODERATOR_VIEWER,
  PARTICIPANT,
  SLUG,
  sessionFixture,
} from '../support/camp-fixture.js';

/*
 * votes:tallied in the store: the connection turns a tally into one envelope per version
 * (tallyEnvelopes) and hands them to the store in order; versions it has (its own votes, from their
 * acks) are skipped; a hole stops it, and the connection waits for the versions before it.
 */

const alpha = sessionFixture('s-alpha', 'Alpha', { voteCount: 2 });
const beta = sessionFixture('s-beta', 'Beta');

let store: CampStoreApi;
const board = () => store.getState().board;
const votes = () => board().confirmed?.sessions.map((session) => session.voteCount);

function load(viewer = PARTICIPANT) {
  store.getState().openCamp(SLUG, 'token');
  const state = campFixture({ sessions: [alpha, beta] });
  store.getState().receiveSync(viewer, { kind: 'snapshot', state }, state.version);
}

function tally(fromVersion: number, votes: VoteTally['votes'], extra: Partial<VoteTally> = {}) {
  return {
    fromVersion,
    version: fromVersion + votes.length - 1,
    at: 5_000,
    sessionIds: ['s-alpha', 's-beta'],
    votes,
    ...extra,
  };
}

/** What the connection does with a tally (client/src/net/version-holes.ts), up to a hole. */
function receiveTally(payload: VoteTally): BroadcastResult {
  for (const envelope of tallyEnvelopes(payload)) {
    const result = store.getState().receiveEnvelope(envelope);
    if (result.gap || result.snapshotWanted) return result;
  }
  return { gap: false, snapshotWanted: false };
}

beforeEach(() => {
  store = createCampStore();
});

describe('applying a vote tally', () => {
  it('applies every version in order, as votes of unknown voters', () => {
    load();
    const result = receiveTally(
      tally(2, [
        [0, 1],
        [1, 1],
        [0, -1],
      ]),
    );
    expect(result).toEqual({ gap: false, snapshotWanted: false });
    expect(board().confirmed?.version).toBe(4);
    expect(votes()).toEqual([2, 1]);
    expect(board().confirmed?.ballots).toEqual({});
  });

  it('skips the versions it has already, such as its own vote from the ack', () => {
    load();
    store.getState().queueCommand('c-own-vote', { type: 'vote:cast', sessionId: 's-beta' });
    const own: DomainEvent = { type: 'vote:cast', sessionId: 's-beta', participantId: 'p-ada' };
    store.getState().acceptCommand('c-own-vote', 2, [own], 4_000);
    expect(votes()).toEqual([2, 1]);

    receiveTally(
      tally(2, [
        [1, 1],
        [0, 1],
      ]),
    );
    expect(board().confirmed?.version).toBe(3);
    // Version 2 was not counted twice, and the own ballot kept its vote.
    expect(votes()).toEqual([3, 1]);
    expect(ballotsRecord(board().confirmed?.ballots ?? {})).toEqual({ 'p-ada': ['s-beta'] });
  });

  it('reports a hole before the tally as a gap and applies nothing', () => {
    load();
    expect(receiveTally(tally(3, [[0, 1]]))).toEqual({
      gap: true,
      snapshotWanted: false,
    });
    expect(board().confirmed?.version).toBe(1);
    expect(votes()).toEqual([2, 0]);
  });

  it('only advances the version for a hidden tally', () => {
    load();
    const hidden = {
      fromVersion: 2,
      version: 3,
      at: 5_000,
      hidden: true as const,
      sessionIds: [],
      votes: [],
    };
    expect(receiveTally(hidden).gap).toBe(false);
    expect(board().confirmed?.version).toBe(3);
    expect(votes()).toEqual([2, 0]);
  });

  it('gives a moderator the voters’ keys, so it sees which sessions share voters', () => {
    load(MODERATOR_VIEWER);
    receiveTally(
      tally(
        2,
        [
          [0, 1],
          [1, 1],
        ],
        { voters: ['key-1', 'key-1'] },
      ),
    );
    expect(ballotsRecord(board().confirmed?.ballots ?? {})).toEqual({
      'key-1': ['s-alpha', 's-beta'],
    });
  });
});
