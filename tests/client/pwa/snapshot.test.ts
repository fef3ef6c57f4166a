import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectCamp } from '../../../client/src/net/camp-connection.js';
import { persistSnapshots } from '../../../client/src/pwa/snapshot.js';
import { createCampStore } from '../../../client/src/store/index.js';
import { at, campFixture, PARTICIPANT, SLUG, sessionFixture } from '../support/camp-fixture.js';
import { connectWithSnapshot } from '../support/connect.js';
import { FakeSocket } from '../support/fake-socket.js';

const session = sessionFixture('s-1', 'Open Data', { placement: at('r1', 'd1s2') });

describe('the stored schedule', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the last confirmed state, with its time, when the camp opens without a connection', () => {
    vi.useFakeTimers();
    const online = createCampStore();
    const stopOnline = persistSnapshots(online);
    const camp = campFixture({ sessions: [session], published: true, version: 7 });
    const first = connectWithSnapshot(camp, PARTICIPANT, { store: online, token: 'p-token' });
    const syncedAt = online.getState().connection.lastSyncAt;
    vi.advanceTimersByTime(2_000);
    first.connection.close();
    stopOnline();

    // A new page load: another store, and a server that does not answer.
    const offline = createCampStore();
    const stopOffline = persistSnapshots(offline);
    const socket = new FakeSocket();
    const connection = connectCamp(SLUG, 'p-token', { store: offline, openSocket: () => socket });
    socket.refuse('xhr poll error');
    const state = offline.getState();
    expect(state.connection.status).toBe('offline');
    expect(state.connection.lastSyncAt).toBe(syncedAt);
    expect(state.board.visible?.sessions.map((item) => item.title)).toEqual(['Open Data']);

    // Back online it asks only for what it missed since the stored version.
    socket.accept();
    expect(socket.next('camp:sync').payload).toEqual({ sinceVersion: 7 });
    connection.close();
    stopOffline();
  });

  it('keeps a vote made offline and sends it, with the same id, after a reload', () => {
    vi.useFakeTimers();
    const before = createCampStore();
    const stopBefore = persistSnapshots(before);
    const camp = campFixture({ sessions: [session], version: 3 });
    const first = connectWithSnapshot(camp, PARTICIPANT, { store: before, token: 'p-token' });
    first.socket.drop();
    const sent = first.connection.sendCommand('vote:cast', { sessionId: 's-1' });
    expect(sent.ok).toBe(true);
    vi.advanceTimersByTime(2_000);
    first.connection.close();
    stopBefore();

    const after = createCampStore();
    const stopAfter = persistSnapshots(after);
    const socket = new FakeSocket();
    const connection = connectCamp(SLUG, 'p-token', { store: after, openSocket: () => socket });
    socket.accept();
    socket.next('camp:sync').reply({
      ok: true,
      viewer: PARTICIPANT,
      version: 3,
      catchUp: { kind: 'events', entries: [] },
    });
    const vote = socket.next('vote:cast');
    expect(vote.payload).toMatchObject({
      commandId: sent.ok ? sent.commandId : '',
      payload: { sessionId: 's-1' },
    });
    connection.close();
    stopAfter();
  });

  it('does not hand one identity’s stored state to another', () => {
    vi.useFakeTimers();
    const store = createCampStore();
    const stop = persistSnapshots(store);
    const first = connectWithSnapshot(campFixture({ version: 5 }), PARTICIPANT, {
      store,
      token: 'p-token',
    });
    vi.advanceTimersByTime(2_000);
    first.connection.close();
    const socket = new FakeSocket();
    const connection = connectCamp(SLUG, 'another-token', { store, openSocket: () => socket });
    expect(store.getState().board.visible).toBeNull();
    connection.close();
    stop();
  });
});
