import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearLinkRevoked } from '../../../../client/src/features/camp/revoked-links.js';
import { AppRoutes } from '../../../../client/src/routes.js';
import { campFixture, MODERATOR_VIEWER, PARTICIPANT, SLUG } from '../../support/camp-fixture.js';
import { lastSocket, sockets } from '../../support/fake-socket-port.js';

vi.mock(
  '../../../../client/src/net/socket-port.js',
  () => import('../../support/fake-socket-port.js'),
);

const moderatorKey = `campgrid.moderator.${SLUG}`;
const participantKey = `campgrid.participant.${SLUG}`;

function openAt(path: string) {
  window.history.replaceState(null, '', path);
  return render(<AppRoutes />);
}

function syncAs(viewer: typeof MODERATOR_VIEWER) {
  act(() => {
    lastSocket().accept();
    lastSocket()
      .next('camp:sync')
      .reply({ ok: true, viewer, version: 1, catchUp: { kind: 'snapshot', state: campFixture() } });
  });
}

beforeEach(() => {
  sockets.opened.length = 0;
  // The tab's memory of ended links outlives a test, as it outlives a page change.
  clearLinkRevoked(SLUG);
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify({ status: 'ok' }), { status: 200 })),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('a link the server ends while it is open', () => {
  it('tells the moderator at once, forgets the link and does not try it again', async () => {
    window.localStorage.setItem(moderatorKey, 'co-token');
    window.localStorage.setItem(participantKey, 'ada-secret');
    openAt(`/c/${SLUG}/moderate`);
    expect(sockets.opened[0]?.handshake).toEqual({ slug: SLUG, token: 'co-token' });
    syncAs(MODERATOR_VIEWER);
    const first = lastSocket();

    act(() => first.broadcast('access:revoked', { reason: 'revoked' }));

    const heading = await screen.findByRole(
      'heading',
      { level: 1, name: 'Dieser Link gilt nicht mehr' },
      { timeout: 5_000 },
    );
    await vi.waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(/Die Moderation hat ihn ersetzt oder zurückgezogen/)).toBeVisible();
    expect(first.closed).toBe(true);
    expect(window.localStorage.getItem(moderatorKey)).toBeNull();
    // Only the dead link goes: the same browser's participant token still works.
    expect(window.localStorage.getItem(participantKey)).toBe('ada-secret');
    // No new connection: not with the dead link, nor as a visitor in the moderator's tab.
    expect(sockets.opened).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent('Offline');
  });

  it('lets a new moderator link in again', async () => {
    window.localStorage.setItem(moderatorKey, 'old-token');
    openAt(`/c/${SLUG}/moderate`);
    syncAs(MODERATOR_VIEWER);
    act(() => lastSocket().broadcast('access:revoked', { reason: 'rotated' }));
    await screen.findByRole('heading', { level: 1, name: 'Dieser Link gilt nicht mehr' });

    act(() => {
      window.history.replaceState(null, '', `/c/${SLUG}/moderate#key=new-token`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await vi.waitFor(() =>
      expect(sockets.opened.at(-1)?.handshake).toEqual({ slug: SLUG, token: 'new-token' }),
    );
    expect(screen.queryByRole('heading', { name: 'Dieser Link gilt nicht mehr' })).toBeNull();
  });

  it('lets a participant who left in another tab go on as a visitor', async () => {
    window.localStorage.setItem(participantKey, 'ada-secret');
    openAt(`/c/${SLUG}`);
    syncAs(PARTICIPANT);
    act(() => lastSocket().broadcast('access:revoked', { reason: 'left' }));
    expect(window.localStorage.getItem(participantKey)).toBeNull();
    await vi.waitFor(() => expect(sockets.opened.at(-1)?.handshake).toEqual({ slug: SLUG }));
  });
});
