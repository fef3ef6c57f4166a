import type { CampState, DomainEvent, EventEnvelope, LogEntry } from '@campgrid/shared';
import { ballotIn } from '@campgrid/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { type CampStoreApi, createCampStore } from '../../../client/src/store/index.js';
import {
  campFixture,
  MODERATOR_VIEWER,
  PARTICIPANT,
  SLUG,
  sessionFixture,
} from '../support/camp-fixture.js';

const alpha = sessionFixture('s-alpha', 'Alpha', { voteCount: 2 });
const beta = sessionFixture('s-beta', 'Beta');

function entry(version: number, ...events: DomainEvent[]): LogEntry {
  return { version, at: 1_000 + version, events };
}

function envelope(version: number, event: DomainEvent): EventEnvelope {
  return { version, at: 1_000 + version, event };
}

const someoneVotes = (sessionId: string): DomainEvent => ({ type: 'vote:cast', sessionId });

let store: CampStoreApi;

function load(state: CampState = campFixture({ sessions: [alpha, beta] }), viewer = PARTICIPANT) {
  store.getState().openCamp(SLUG, 'token');
  return store.getState().receiveSync(viewer, { kind: 'snapshot', state }, state.version);
}

const board = () => store.getState().board;
const visibleSession = (id: string) =>
  board().visible?.sessions.find((session) => session.id === id);
const confirmedSession = (id: string) =>
  board().confirmed?.sessions.find((session) => session.id === id);

beforeEach(() => {
  store = createCampStore();
});

describe('confirmed state and version order', () => {
  it('takes a snapshot as the confirmed state and shows it', () => {
    expect(load()).toEqual({ gap: false });
    expect(board().confirmed?.version).toBe(1);
    expect(board().visible).toEqual(board().confirmed);
    expect(store.getState().connection.viewer).toEqual(PARTICIPANT);
  });

  it('builds the camp from its log when there is no snapshot, whatever order entries arrive in', () => {
    const camp = campFixture();
    const { version: _version, sessions: _sessions, ballots: _ballots, ...setup } = camp;
    store.getState().openCamp(SLUG, 'token');
    const result = store.getState().receiveSync(
      PARTICIPANT,
      {
        kind: 'events',
        entries: [
          entry(3, someoneVotes('s-alpha')),
          entry(1, { type: 'camp:created', setup }),
          entry(2, { type: 'session:pitched', session: { ...alpha, voteCount: 0 } }),
        ],
      },
      3,
    );
    expect(result.gap).toBe(false);
    expect(board().confirmed?.version).toBe(3);
    expect(board().confirmed?.title).toBe('Testcamp');
    expect(confirmedSession('s-alpha')?.voteCount).toBe(1);
  });

  it('skips versions it has applied already', () => {
    load();
    const catchUp = (...entries: LogEntry[]) =>
      store.getState().receiveSync(PARTICIPANT, { kind: 'events', entries }, 3);
    catchUp(entry(2, someoneVotes('s-alpha')));
    expect(catchUp(entry(2, someoneVotes('s-alpha')), entry(3, someoneVotes('s-beta')))).toEqual({
      gap: false,
    });
    store.getState().receiveEnvelope(envelope(3, someoneVotes('s-beta')));
    expect(board().confirmed?.version).toBe(3);
    expect(confirmedSession('s-alpha')?.voteCount).toBe(3);
    expect(confirmedSession('s-beta')?.voteCount).toBe(1);
  });

  it('reports a gap and changes nothing when a version is missing', () => {
    load();
    const result = store.getState().receiveEnvelope(envelope(3, someoneVotes('s-alpha')));
    expect(result.gap).toBe(true);
    expect(board().confirmed?.version).toBe(1);
    expect(confirmedSession('s-alpha')?.voteCount).toBe(2);
  });

  it('reports a gap when a catch-up stops short of the version the server named', () => {
    load();
    const result = store
      .getState()
      .receiveSync(
        PARTICIPANT,
        { kind: 'events', entries: [entry(2, someoneVotes('s-alpha'))] },
        3,
      );
    expect(result.gap).toBe(true);
    expect(board().confirmed?.version).toBe(2);
  });

  it('applies every event of a version that arrives as several broadcasts', () => {
    load();
    store.getState().receiveEnvelope(envelope(2, someoneVotes('s-alpha')));
    store.getState().receiveEnvelope(envelope(2, someoneVotes('s-beta')));
    expect(board().confirmed?.version).toBe(2);
    expect(confirmedSession('s-alpha')?.voteCount).toBe(3);
    expect(confirmedSession('s-beta')?.voteCount).toBe(1);
  });

  it('asks again for a version built from broadcasts, and replaces it with the full entry', () => {
    load();
    store.getState().receiveEnvelope(envelope(2, someoneVotes('s-alpha')));
    // The second event of version 2 was lost with the connection.
    expect(store.getState().syncBase()).toBe(1);
    store
      .getState()
      .receiveSync(
        PARTICIPANT,
        { kind: 'events', entries: [entry(2, someoneVotes('s-alpha'), someoneVotes('s-beta'))] },
        2,
      );
    expect(confirmedSession('s-alpha')?.voteCount).toBe(3);
    expect(confirmedSession('s-beta')?.voteCount).toBe(1);
    expect(store.getState().syncBase()).toBe(2);
  });
});

describe('pending commands', () => {
  it('shows a queued command at once and keeps the confirmed state as it was', () => {
    load();
    const queued = store
      .getState()
      .queueCommand('c-1', { type: 'vote:cast', sessionId: 's-alpha' });
    expect(queued).toEqual({ ok: true });
    expect(visibleSession('s-alpha')?.voteCount).toBe(3);
    expect(ballotIn(board().visible?.ballots ?? {}, PARTICIPANT.participantId ?? '')).toEqual([
      's-alpha',
    ]);
    expect(confirmedSession('s-alpha')?.voteCount).toBe(2);
    expect(board().pending).toHaveLength(1);
  });

  it('refuses at once what the rules refuse, and queues nothing', () => {
    load(campFixture({ sessions: [alpha], phases: { pitching: true, voting: false } }));
    const queued = store
      .getState()
      .queueCommand('c-1', { type: 'vote:cast', sessionId: 's-alpha' });
    expect(queued).toMatchObject({ ok: false, code: 'PHASE_CLOSED' });
    expect(board().pending).toHaveLength(0);
  });

  it('re-decides pending commands on top of what others changed', () => {
    load();
    store.getState().queueCommand('c-1', { type: 'vote:cast', sessionId: 's-alpha' });
    store.getState().receiveEnvelope(envelope(2, someoneVotes('s-alpha')));
    expect(confirmedSession('s-alpha')?.voteCount).toBe(3);
    expect(visibleSession('s-alpha')?.voteCount).toBe(4);
    expect(board().pending).toHaveLength(1);
  });

  it('drops an unsent command that no longer fits, and says so', () => {
    load();
    store.getState().queueCommand('c-1', { type: 'vote:cast', sessionId: 's-alpha' });
    store
      .getState()
      .receiveEnvelope(envelope(2, { type: 'phase:changed', phase: 'voting', open: false }));
    expect(board().pending).toHaveLength(0);
    expect(visibleSession('s-alpha')?.voteCount).toBe(2);
    expect(store.getState().ui.notices).toMatchObject([{ kind: 'dropped', code: 'PHASE_CLOSED' }]);
  });

  it('keeps a sent command that no longer fits hidden until the server answers', () => {
    load();
    store.getState().queueCommand('c-1', { type: 'vote:cast', sessionId: 's-alpha' });
    store.getState().markSent('c-1');
    store
      .getState()
      .receiveEnvelope(envelope(2, { type: 'phase:changed', phase: 'voting', open: false }));
    expect(board().pending).toHaveLength(1);
    expect(visibleSession('s-alpha')?.voteCount).toBe(2);
    expect(store.getState().ui.notices).toEqual([]);
  });

  it('moves an accepted command into the confirmed state at its version', () => {
    load();
    store.getState().queueCommand('c-1', { type: 'vote:cast', sessionId: 's-alpha' });
    const events: DomainEvent[] = [
      { type: 'vote:cast', sessionId: 's-alpha', participantId: 'p-ada' },
    ];
    expect(store.getState().acceptCommand('c-1', 2, events, 5_000)).toEqual({ gap: false });
    expect(board().pending).toHaveLength(0);
    expect(board().confirmed?.version).toBe(2);
    expect(confirmedSession('s-alpha')?.voteCount).toBe(3);
    expect(board().visible).toEqual(board().confirmed);
  });

  it('does not apply an accepted command twice when the catch-up brought it first', () => {
    load();
    store.getState().queueCommand('c-1', { type: 'vote:cast', sessionId: 's-alpha' });
    store.getState().markSent('c-1');
    const events: DomainEvent[] = [
      { type: 'vote:cast', sessionId: 's-alpha', participantId: 'p-ada' },
    ];
    store
      .getState()
      .receiveSync(PARTICIPANT, { kind: 'events', entries: [entry(2, ...events)] }, 2);
    store.getState().acceptCommand('c-1', 2, events, 5_000);
    expect(board().pending).toHaveLength(0);
    expect(confirmedSession('s-alpha')?.voteCount).toBe(3);
    expect(visibleSession('s-alpha')?.voteCount).toBe(3);
  });

  it('holds an accepted command that lies beyond a gap until the gap is filled', () => {
    load();
    store.getState().queueCommand('c-1', { type: 'vote:cast', sessionId: 's-beta' });
    const mine: DomainEvent[] = [
      { type: 'vote:cast', sessionId: 's-beta', participantId: 'p-ada' },
    ];
    expect(store.getState().acceptCommand('c-1', 3, mine, 5_000)).toEqual({ gap: true });
    expect(board().confirmed?.version).toBe(1);
    expect(visibleSession('s-beta')?.voteCount).toBe(1);

    store.getState().receiveEnvelope(envelope(2, someoneVotes('s-alpha')));
    expect(board().confirmed?.version).toBe(3);
    expect(confirmedSession('s-alpha')?.voteCount).toBe(3);
    expect(confirmedSession('s-beta')?.voteCount).toBe(1);
    expect(board().pending).toHaveLength(0);
  });

  it('rolls a refused command back and tells the user why', () => {
    load(campFixture({ sessions: [alpha, beta] }), MODERATOR_VIEWER);
    store.getState().queueCommand('c-1', {
      type: 'session:place',
      sessionId: 's-alpha',
      placement: { roomId: 'r1', slotId: 'd1s2' },
      expected: null,
    });
    expect(visibleSession('s-alpha')?.placement).toEqual({ roomId: 'r1', slotId: 'd1s2' });
    store.getState().refuseCommand('c-1', {
      ok: false,
      code: 'CELL_OCCUPIED',
      message: 'This cell already holds “Gamma”.',
    });
    expect(visibleSession('s-alpha')?.placement).toBeNull();
    expect(board().pending).toHaveLength(0);
    expect(store.getState().ui.notices).toMatchObject([{ kind: 'refused', code: 'CELL_OCCUPIED' }]);
  });

  it('starts over for another identity: its ballots and commands are not this one’s', () => {
    load();
    store.getState().queueCommand('c-1', { type: 'vote:cast', sessionId: 's-alpha' });
    store.getState().openCamp(SLUG, 'another-token');
    expect(board().confirmed).toBeNull();
    expect(board().pending).toEqual([]);
    expect(store.getState().syncBase()).toBe(0);
  });
});
