import { ballotIn, type DomainEvent, type EventEnvelope } from '@campgrid/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectCamp } from '../../../client/src/net/camp-connection.js';
import { HOLE_GRACE_MS } from '../../../client/src/net/version-holes.js';
import { type CampStoreApi, createCampStore } from '../../../client/src/store/index.js';
import { campFixture, PARTICIPANT, SLUG, sessionFixture } from '../support/camp-fixture.js';
import { connectWithSnapshot } from '../support/connect.js';
import { commandMessage, FakeSocket } from '../support/fake-socket.js';

const alpha = sessionFixture('s-alpha', 'Alpha', { voteCount: 2 });
const beta = sessionFixture('s-beta', 'Beta');
const camp = campFixture({ sessions: [alpha, beta] });

const someoneVotes = (sessionId: string): DomainEvent => ({ type: 'vote:cast', sessionId });
const envelope = (version: number, event: DomainEvent): EventEnvelope => ({
  version,
  at: 2_000 + version,
  event,
});
const myVote = (sessionId: string): DomainEvent => ({
  type: 'vote:cast',
  sessionId,
  participantId: 'p-ada',
});

let store: CampStoreApi;
const board = () => store.getState().board;
const confirmedVotes = (id: string) =>
  board().confirmed?.sessions.find((session) => session.id === id)?.voteCount;
const visibleVotes = (id: string) =>
  board().visible?.sessions.find((session) => session.id === id)?.voteCount;

beforeEach(() => {
  store = createCampStore();
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('syncing', () => {
  it('asks for everything on the first connect and goes online with the answer', () => {
    const socket = new FakeSocket();
    connectCamp(SLUG, 'secret', { store, openSocket: () => socket });
    expect(store.getState().connection.status).toBe('connecting');
    socket.accept();
    const sync = socket.next('camp:sync');
    expect(sync.payload).toEqual({ sinceVersion: 0 });
    sync.reply({
      ok: true,
      viewer: PARTICIPANT,
      version: 1,
      catchUp: { kind: 'snapshot', state: camp },
    });
    expect(store.getState().connection.status).toBe('online');
    expect(store.getState().connection.viewer).toEqual(PARTICIPANT);
    expect(board().confirmed?.version).toBe(1);
  });

  it('hands the handshake the camp and the token', () => {
    const handshakes: unknown[] = [];
    connectCamp(SLUG, 'secret', {
      store,
      openSocket: (handshake) => {
        handshakes.push(handshake);
        return new FakeSocket();
      },
    });
    connectCamp(SLUG, undefined, {
      store,
      openSocket: (handshake) => {
        handshakes.push(handshake);
        return new FakeSocket();
      },
    });
    expect(handshakes).toEqual([{ slug: SLUG, token: 'secret' }, { slug: SLUG }]);
  });

  it('holds broadcasts back during a sync and applies them after its catch-up, once each', () => {
    const socket = new FakeSocket();
    connectCamp(SLUG, 'secret', { store, openSocket: () => socket });
    socket.accept();
    socket.broadcast('vote:cast', envelope(3, someoneVotes('s-beta')));
    socket.broadcast('vote:cast', envelope(2, someoneVotes('s-alpha')));
    expect(board().confirmed).toBeNull();
    // The snapshot was taken after version 2 was stored, but before version 3.
    socket.next('camp:sync').reply({
      ok: true,
      viewer: PARTICIPANT,
      version: 2,
      catchUp: {
        kind: 'snapshot',
        state: { ...camp, version: 2, sessions: [{ ...alpha, voteCount: 3 }, beta] },
      },
    });
    expect(board().confirmed?.version).toBe(3);
    expect(confirmedVotes('s-alpha')).toBe(3);
    expect(confirmedVotes('s-beta')).toBe(1);
  });

  it('catches up from its last version after a reconnect', () => {
    const { socket } = connectWithSnapshot(camp, PARTICIPANT, { store });
    socket.drop();
    expect(store.getState().connection.status).toBe('offline');
    socket.accept();
    expect(store.getState().connection.status).toBe('connecting');
    const sync = socket.next('camp:sync');
    expect(sync.payload).toEqual({ sinceVersion: 1 });
    sync.reply({
      ok: true,
      viewer: PARTICIPANT,
      version: 3,
      catchUp: {
        kind: 'events',
        entries: [
          { version: 2, at: 1, events: [someoneVotes('s-alpha')] },
          { version: 3, at: 2, events: [someoneVotes('s-beta')] },
        ],
      },
    });
    expect(store.getState().connection.status).toBe('online');
    expect(board().confirmed?.version).toBe(3);
    expect(confirmedVotes('s-alpha')).toBe(3);
  });

  it('syncs when the version before a broadcast has not come within the grace time', () => {
    const { socket } = connectWithSnapshot(camp, PARTICIPANT, { store });
    socket.broadcast('vote:cast', envelope(3, someoneVotes('s-beta')));
    expect(board().confirmed?.version).toBe(1);
    vi.advanceTimersByTime(HOLE_GRACE_MS - 1);
    expect(socket.unanswered('camp:sync')).toHaveLength(0);
    vi.advanceTimersByTime(1);
    const sync = socket.next('camp:sync');
    expect(sync.payload).toEqual({ sinceVersion: 1 });
    sync.reply({
      ok: true,
      viewer: PARTICIPANT,
      version: 3,
      catchUp: {
        kind: 'events',
        entries: [
          { version: 2, at: 1, events: [someoneVotes('s-alpha')] },
          { version: 3, at: 2, events: [someoneVotes('s-beta')] },
        ],
      },
    });
    expect(board().confirmed?.version).toBe(3);
    expect(confirmedVotes('s-beta')).toBe(1);
  });

  it('applies a broadcast that came early once the one before it arrives, without a sync', () => {
    const { socket } = connectWithSnapshot(camp, PARTICIPANT, { store });
    socket.broadcast('vote:cast', envelope(3, someoneVotes('s-beta')));
    socket.broadcast('vote:cast', envelope(4, someoneVotes('s-beta')));
    expect(board().confirmed?.version).toBe(1);
    socket.broadcast('vote:cast', envelope(2, someoneVotes('s-alpha')));
    expect(board().confirmed?.version).toBe(4);
    expect(confirmedVotes('s-alpha')).toBe(3);
    expect(confirmedVotes('s-beta')).toBe(2);
    vi.advanceTimersByTime(HOLE_GRACE_MS * 4);
    expect(socket.unanswered('camp:sync')).toHaveLength(0);
  });

  it('gives a hole that opens later in a stream its own grace time', () => {
    const { socket } = connectWithSnapshot(camp, PARTICIPANT, { store });
    socket.broadcast('vote:cast', envelope(3, someoneVotes('s-beta')));
    vi.advanceTimersByTime(HOLE_GRACE_MS - 100);
    socket.broadcast('vote:cast', envelope(2, someoneVotes('s-alpha')));
    socket.broadcast('vote:cast', envelope(5, someoneVotes('s-beta')));
    // The first hole closed in time; the second (version 4) is 100 ms old when the first timer ends.
    vi.advanceTimersByTime(100);
    expect(socket.unanswered('camp:sync')).toHaveLength(0);
    socket.broadcast('vote:cast', envelope(4, someoneVotes('s-alpha')));
    vi.advanceTimersByTime(HOLE_GRACE_MS * 4);
    expect(socket.unanswered('camp:sync')).toHaveLength(0);
    expect(board().confirmed?.version).toBe(5);
  });

  it('ignores broadcasts that do not match the event catalog', () => {
    const { socket } = connectWithSnapshot(camp, PARTICIPANT, { store });
    socket.broadcast('vote:cast', { version: 2, at: 1, event: { type: 'vote:cast' } });
    socket.broadcast('something:else', envelope(2, someoneVotes('s-alpha')));
    socket.broadcast('session:placed', envelope(2, someoneVotes('s-alpha')));
    expect(board().confirmed?.version).toBe(1);
    expect(socket.unanswered('camp:sync')).toHaveLength(0);
  });

  it('stops and says so when the server does not know the camp', () => {
    const socket = new FakeSocket();
    connectCamp(SLUG, undefined, { store, openSocket: () => socket });
    socket.refuse('NOT_FOUND');
    expect(store.getState().connection.failure).toBe('NOT_FOUND');
    expect(store.getState().connection.status).toBe('offline');
  });
});

describe('commands', () => {
  it('applies a command at once, sends it with an id, and confirms it with the ack', () => {
    const { socket, connection } = connectWithSnapshot(camp, PARTICIPANT, { store });
    const result = connection.sendCommand('vote:cast', { sessionId: 's-alpha' });
    expect(result.ok).toBe(true);
    expect(visibleVotes('s-alpha')).toBe(3);
    const sent = socket.next('vote:cast');
    const { commandId, payload } = commandMessage(sent);
    expect(result).toEqual({ ok: true, commandId });
    expect(payload).toEqual({ sessionId: 's-alpha' });
    sent.reply({ ok: true, version: 2, events: [myVote('s-alpha')], duplicate: false });
    expect(board().pending).toEqual([]);
    expect(board().confirmed?.version).toBe(2);
    expect(confirmedVotes('s-alpha')).toBe(3);
  });

  it('rolls back what the server refuses and keeps the reason for the user', () => {
    const { socket, connection } = connectWithSnapshot(camp, PARTICIPANT, { store });
    connection.sendCommand('vote:cast', { sessionId: 's-alpha' });
    socket
      .next('vote:cast')
      .reply({ ok: false, code: 'VOTE_LIMIT', message: 'You have used all 3 of your votes.' });
    expect(visibleVotes('s-alpha')).toBe(2);
    expect(store.getState().ui.notices).toMatchObject([{ kind: 'refused', code: 'VOTE_LIMIT' }]);
  });

  it('refuses a payload that fails the catalog schema without sending anything', () => {
    const { socket, connection } = connectWithSnapshot(camp, PARTICIPANT, { store });
    const result = connection.sendCommand('session:pitch', {
      sessionId: 's-new',
      draft: { title: '   ' },
    });
    expect(result).toMatchObject({ ok: false, code: 'INVALID', field: 'draft.title' });
    expect(socket.unanswered('session:pitch')).toHaveLength(0);
  });

  it('sends again with the same id after a reconnect when no ack came', () => {
    const { socket, connection } = connectWithSnapshot(camp, PARTICIPANT, { store });
    connection.sendCommand('vote:cast', { sessionId: 's-alpha' });
    const first = commandMessage(socket.next('vote:cast'));
    socket.drop();
    expect(visibleVotes('s-alpha')).toBe(3);

    socket.accept();
    // Nothing goes out before the catch-up is in: the command is decided on the newest state.
    expect(socket.unanswered('vote:cast')).toHaveLength(1);
    socket.next('camp:sync').reply({
      ok: true,
      viewer: PARTICIPANT,
      version: 2,
      catchUp: { kind: 'events', entries: [{ version: 2, at: 1, events: [myVote('s-alpha')] }] },
    });
    const retried = socket.unanswered('vote:cast').at(-1);
    if (!retried) throw new Error('not sent again');
    expect(commandMessage(retried)).toEqual(first);
    // The server had stored it before the connection dropped, and says so.
    retried.reply({ ok: true, version: 2, events: [myVote('s-alpha')], duplicate: true });
    expect(board().pending).toEqual([]);
    expect(confirmedVotes('s-alpha')).toBe(3);
    expect(visibleVotes('s-alpha')).toBe(3);
    expect(store.getState().ui.notices).toEqual([]);
  });

  it('sends again with the same id when the ack times out', () => {
    const { socket, connection } = connectWithSnapshot(camp, PARTICIPANT, { store });
    connection.sendCommand('vote:cast', { sessionId: 's-alpha' });
    const first = socket.next('vote:cast');
    first.timeOut();
    const second = socket.next('vote:cast');
    expect(commandMessage(second)).toEqual(commandMessage(first));
  });

  it('keeps commands made while offline and sends them in order after the sync', () => {
    const { socket, connection } = connectWithSnapshot(camp, PARTICIPANT, { store });
    socket.drop();
    connection.sendCommand('vote:cast', { sessionId: 's-alpha' });
    connection.sendCommand('vote:cast', { sessionId: 's-beta' });
    expect(socket.unanswered('vote:cast')).toHaveLength(0);
    expect(visibleVotes('s-beta')).toBe(1);
    socket.accept();
    socket.next('camp:sync').reply({
      ok: true,
      viewer: PARTICIPANT,
      version: 1,
      catchUp: { kind: 'events', entries: [] },
    });
    const sent = socket.unanswered('vote:cast').map((message) => commandMessage(message).payload);
    expect(sent).toEqual([{ sessionId: 's-alpha' }, { sessionId: 's-beta' }]);
  });

  it('syncs when an ack lands beyond a version that does not come within the grace time', () => {
    const { socket, connection } = connectWithSnapshot(camp, PARTICIPANT, { store });
    connection.sendCommand('vote:cast', { sessionId: 's-beta' });
    socket
      .next('vote:cast')
      .reply({ ok: true, version: 3, events: [myVote('s-beta')], duplicate: false });
    expect(visibleVotes('s-beta')).toBe(1);
    expect(socket.unanswered('camp:sync')).toHaveLength(0);
    vi.advanceTimersByTime(HOLE_GRACE_MS);
    expect(socket.next('camp:sync').payload).toEqual({ sinceVersion: 1 });
  });

  it('takes the votes before its own from the tally that follows the ack, without a sync', () => {
    const { socket, connection } = connectWithSnapshot(camp, PARTICIPANT, { store });
    connection.sendCommand('vote:cast', { sessionId: 's-beta' });
    socket
      .next('vote:cast')
      .reply({ ok: true, version: 3, events: [myVote('s-beta')], duplicate: false });
    // The tally of the next tick holds version 2 (someone else's vote) and this client's own.
    socket.broadcast('votes:tallied', {
      fromVersion: 2,
      version: 3,
      at: 9,
      sessionIds: ['s-alpha', 's-beta'],
      votes: [
        [0, 1],
        [1, 1],
      ],
    });
    expect(board().confirmed?.version).toBe(3);
    expect(confirmedVotes('s-alpha')).toBe(3);
    expect(confirmedVotes('s-beta')).toBe(1);
    // Version 3 came from the ack, which names the voter; the tally's copy does not.
    const confirmed = board().confirmed;
    expect(confirmed && ballotIn(confirmed.ballots, 'p-ada')).toEqual(['s-beta']);
    expect(board().pending).toEqual([]);
    vi.advanceTimersByTime(HOLE_GRACE_MS * 4);
    expect(socket.unanswered('camp:sync')).toHaveLength(0);
  });

  it('ignores late answers after it was closed', () => {
    const { socket, connection } = connectWithSnapshot(camp, PARTICIPANT, { store });
    connection.sendCommand('vote:cast', { sessionId: 's-alpha' });
    connection.close();
    expect(socket.closed).toBe(true);
    socket.next('vote:cast').reply({ ok: false, code: 'VOTE_LIMIT', message: 'limit' });
    expect(store.getState().ui.notices).toEqual([]);
  });
});

describe('refused handshakes', () => {
  it('tries again after the time a busy server names, and goes online then', () => {
    const socket = new FakeSocket();
    connectCamp(SLUG, 'secret', { store, openSocket: () => socket });
    socket.refuse('RATE_LIMITED', {
      ok: false,
      code: 'RATE_LIMITED',
      message: 'Too many connections.',
      retryAfterMs: 2_000,
    });
    expect(store.getState().connection.status).toBe('offline');
    vi.advanceTimersByTime(1_999);
    expect(socket.reconnects).toBe(0);
    // Up to half again at random, so that refused phones do not all return at once.
    vi.advanceTimersByTime(1_001);
    expect(socket.reconnects).toBe(1);
    socket.accept();
    expect(socket.next('camp:sync').payload).toEqual({ sinceVersion: 0 });
  });

  it('backs off, doubling, while the server keeps failing the handshake', () => {
    const socket = new FakeSocket();
    connectCamp(SLUG, 'secret', { store, openSocket: () => socket });
    socket.refuse('INTERNAL');
    vi.advanceTimersByTime(1_500);
    expect(socket.reconnects).toBe(1);
    socket.refuse('INTERNAL');
    vi.advanceTimersByTime(1_999);
    expect(socket.reconnects).toBe(1);
    vi.advanceTimersByTime(1_001);
    expect(socket.reconnects).toBe(2);
    // A handshake that gets through starts the backoff over.
    socket.accept();
    socket.drop();
    socket.refuse('INTERNAL');
    vi.advanceTimersByTime(1_500);
    expect(socket.reconnects).toBe(3);
  });

  it('leaves an unreachable server to socket.io-client, which keeps trying by itself', () => {
    const socket = new FakeSocket();
    connectCamp(SLUG, 'secret', { store, openSocket: () => socket });
    socket.unreachable();
    expect(store.getState().connection.status).toBe('offline');
    vi.advanceTimersByTime(60_000);
    expect(socket.reconnects).toBe(0);
  });

  it('does not try again for a camp that is gone or a link that is not valid', () => {
    const gone = new FakeSocket();
    connectCamp(SLUG, 'secret', { store, openSocket: () => gone });
    gone.refuse('NOT_FOUND');
    const refused = new FakeSocket();
    connectCamp(SLUG, 'secret', { store: createCampStore(), openSocket: () => refused });
    refused.refuse('UNAUTHORIZED');
    vi.advanceTimersByTime(60_000);
    expect(gone.reconnects + refused.reconnects).toBe(0);
  });

  it('stops trying once the page closes the connection', () => {
    const socket = new FakeSocket();
    const connection = connectCamp(SLUG, 'secret', { store, openSocket: () => socket });
    socket.refuse('INTERNAL');
    connection.close();
    vi.advanceTimersByTime(60_000);
    expect(socket.reconnects).toBe(0);
  });
});
