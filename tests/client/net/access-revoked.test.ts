import type { AccessRevoked } from '@campgrid/shared';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { connectCamp, type RevokedOutcome } from '../../../client/src/net/camp-connection.js';
import { type CampStoreApi, createCampStore } from '../../../client/src/store/index.js';
import { campFixture, MODERATOR_VIEWER, SLUG } from '../support/camp-fixture.js';
import { FakeSocket } from '../support/fake-socket.js';
import { VIEWER_ROLE } from '../support/viewer.js';

let store: CampStoreApi;
const connection = () => store.getState().connection;

beforeEach(() => {
  store = createCampStore();
});

/** A page connected and synced; `onRevoked` answers as the page's owner of the credential. */
function connected(
  token: string | undefined,
  outcome: RevokedOutcome = 'unexpected',
): { socket: FakeSocket; onRevoked: ReturnType<typeof vi.fn> } {
  const socket = new FakeSocket();
  const onRevoked = vi.fn((_reason: AccessRevoked['reason']) => outcome);
  connectCamp(SLUG, token, { store, openSocket: () => socket, onRevoked });
  socket.accept();
  socket.next('camp:sync').reply({
    ok: true,
    viewer: token === undefined ? VIEWER_ROLE : MODERATOR_VIEWER,
    version: 1,
    catchUp: { kind: 'snapshot', state: campFixture() },
  });
  expect(connection().status).toBe('online');
  return { socket, onRevoked };
}

describe('access:revoked', () => {
  it('ends the connection for good when a co-moderator link is revoked', () => {
    const { socket, onRevoked } = connected('co-token');
    socket.broadcast('access:revoked', { reason: 'revoked' });

    expect(onRevoked).toHaveBeenCalledWith('revoked');
    expect(connection().failure).toBe('REVOKED');
    expect(connection().status).toBe('offline');
    // Closed from this side: socket.io does not reconnect with the dead link.
    expect(socket.closed).toBe(true);
    // What the server may still say on the way out changes nothing.
    socket.drop();
    expect(connection().failure).toBe('REVOKED');
  });

  it('says the same for a rotated moderator link', () => {
    const { socket } = connected('main-token');
    socket.broadcast('access:revoked', { reason: 'rotated' });
    expect(connection().failure).toBe('REVOKED');
    expect(socket.closed).toBe(true);
  });

  it('asks a viewer for the join code when the camp turns private or its code changes', () => {
    const { socket } = connected(undefined);
    socket.broadcast('access:revoked', { reason: 'revoked' });
    expect(connection().failure).toBe('JOIN_CODE');
    expect(socket.closed).toBe(true);
  });

  it('treats a deleted camp as one that is not there', () => {
    const { socket } = connected('main-token');
    socket.broadcast('access:revoked', { reason: 'camp-deleted' });
    expect(connection().failure).toBe('NOT_FOUND');
  });

  it('only closes, without a failure, when the page ended its access itself', () => {
    const { socket, onRevoked } = connected('main-token', 'expected');
    socket.broadcast('access:revoked', { reason: 'rotated' });
    expect(onRevoked).toHaveBeenCalledWith('rotated');
    expect(connection().failure).toBeNull();
    expect(connection().status).toBe('offline');
    expect(socket.closed).toBe(true);
  });

  it('ignores a notice that breaks the contract', () => {
    const { socket, onRevoked } = connected('main-token');
    socket.broadcast('access:revoked', { reason: 'bored' });
    expect(onRevoked).not.toHaveBeenCalled();
    expect(connection().failure).toBeNull();
    expect(socket.closed).toBe(false);
  });
});

describe('the handshake of a private camp', () => {
  function handshakeOf(token: string | undefined, joinCode: string | undefined): unknown {
    let seen: unknown;
    connectCamp(SLUG, token, {
      store,
      ...(joinCode === undefined ? {} : { joinCode }),
      openSocket: (handshake) => {
        seen = handshake;
        return new FakeSocket();
      },
    });
    return seen;
  }

  it('carries the join code for a viewer, and only the token for a link', () => {
    expect(handshakeOf(undefined, 'sommer-2026')).toEqual({ slug: SLUG, joinCode: 'sommer-2026' });
    expect(handshakeOf('ada-secret', 'sommer-2026')).toEqual({ slug: SLUG, token: 'ada-secret' });
    expect(handshakeOf(undefined, undefined)).toEqual({ slug: SLUG });
  });

  it('tells a refused viewer that the join code is missing or wrong, and a link that it is not', () => {
    const viewerSocket = new FakeSocket();
    connectCamp(SLUG, undefined, { store, openSocket: () => viewerSocket });
    viewerSocket.refuse('UNAUTHORIZED');
    expect(connection().failure).toBe('JOIN_CODE');

    const linkStore = createCampStore();
    const linkSocket = new FakeSocket();
    connectCamp(SLUG, 'stale', { store: linkStore, openSocket: () => linkSocket });
    linkSocket.refuse('UNAUTHORIZED');
    expect(linkStore.getState().connection.failure).toBe('UNAUTHORIZED');
  });
});
