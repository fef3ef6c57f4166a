import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followLanguage } from '../../client/src/i18n/index.js';
import { AppRoutes } from '../../client/src/routes.js';
import { useCampStore } from '../../client/src/store/index.js';
import { campFixture, PARTICIPANT, SLUG } from './support/camp-fixture.js';
import { lastSocket, sockets } from './support/fake-socket-port.js';

vi.mock('../../client/src/net/socket-port.js', () => import('./support/fake-socket-port.js'));

function serveJson(status: number, body: unknown) {
  const fetch = vi.fn(
    async (_input: RequestInfo | URL, _init?: RequestInit) =>
      new Response(JSON.stringify(body), { status }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function openAt(path: string) {
  window.history.replaceState(null, '', path);
  return render(<AppRoutes />);
}

beforeEach(() => {
  sockets.opened.length = 0;
  serveJson(200, { status: 'ok' });
});

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('the start page', () => {
  it('links to the demo and creates a camp, showing both links once', async () => {
    openAt('/');
    const user = userEvent.setup();
    // The start page loads as a chunk of its own.
    expect(await screen.findByRole('heading', { level: 1, name: 'campgrid' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Demo ansehen' })).toHaveAttribute(
      'href',
      '/c/nextcamp-demo',
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Verbunden');

    const fetch = serveJson(201, {
      ok: true,
      slug: 'barcamp-x',
      moderatorToken: 'mod-secret',
      links: {
        schedule: '/c/barcamp-x',
        participant: '/c/barcamp-x/join',
        moderator: '/c/barcamp-x/moderate#key=mod-secret',
      },
    });
    await user.type(screen.getByLabelText('Titel des Camps'), 'Barcamp X');
    await user.click(screen.getByRole('button', { name: 'Camp anlegen' }));

    expect(await screen.findByLabelText('Moderationslink')).toHaveValue(
      `${window.location.origin}/c/barcamp-x/moderate#key=mod-secret`,
    );
    expect(screen.getByLabelText('Moderationslink')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('Teilnahmelink')).toHaveValue(
      `${window.location.origin}/c/barcamp-x/join`,
    );
    expect(screen.getByRole('button', { name: 'Moderationslink kopieren' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Teilnahmelink kopieren' })).toBeInTheDocument();
    expect(window.localStorage.getItem('campgrid.moderator.barcamp-x')).toBe('mod-secret');
    const body = JSON.parse(String(fetch.mock.calls.at(0)?.[1]?.body));
    expect(body).toMatchObject({ title: 'Barcamp X', timezone: 'Europe/Berlin' });
  });

  it('says why a camp without a title is not created', async () => {
    const fetch = serveJson(200, { status: 'ok' });
    openAt('/');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Camp anlegen' }));
    expect(screen.getByLabelText('Titel des Camps')).toHaveAccessibleDescription(
      'Bitte ausfüllen.',
    );
    expect(fetch).not.toHaveBeenCalledWith('/api/camps', expect.anything());
  });
});

describe('joining a camp', () => {
  it('stores the token and moves on to the participant view without a reload', async () => {
    openAt(`/c/${SLUG}/join`);
    const user = userEvent.setup();
    act(() => {
      lastSocket().accept();
      lastSocket()
        .next('camp:sync')
        .reply({
          ok: true,
          viewer: { role: 'viewer', participantId: null, displayName: null },
          version: 1,
          catchUp: { kind: 'snapshot', state: campFixture() },
        });
    });
    expect(screen.getByRole('status')).toHaveTextContent('Verbunden');
    serveJson(201, { ok: true, participantId: 'p-ada', displayName: 'Ada', token: 'ada-secret' });

    await user.type(await screen.findByLabelText('Anzeigename'), 'Ada');
    await user.click(screen.getByRole('button', { name: 'Teilnehmen' }));

    await vi.waitFor(() => expect(window.location.pathname).toBe(`/c/${SLUG}/participate`));
    expect(window.localStorage.getItem(`campgrid.participant.${SLUG}`)).toBe('ada-secret');
    expect(sockets.opened.at(-1)?.handshake).toEqual({ slug: SLUG, token: 'ada-secret' });
    act(() => {
      lastSocket().accept();
      lastSocket()
        .next('camp:sync')
        .reply({
          ok: true,
          viewer: PARTICIPANT,
          version: 1,
          catchUp: { kind: 'snapshot', state: campFixture() },
        });
    });
    // The participant view loads as a chunk of its own.
    expect(await screen.findByLabelText('Hosts')).toHaveValue('Ada');
    expect(screen.getByRole('link', { name: 'Programm' })).toHaveAttribute('href', `/c/${SLUG}`);
  });

  it('sends the schedule’s visitors to join, and joined ones to their view', () => {
    const { unmount } = openAt(`/c/${SLUG}`);
    expect(screen.getByRole('link', { name: 'Mitmachen' })).toHaveAttribute(
      'href',
      `/c/${SLUG}/join`,
    );
    unmount();
    window.localStorage.setItem(`campgrid.participant.${SLUG}`, 'ada-secret');
    openAt(`/c/${SLUG}`);
    expect(screen.getByRole('link', { name: 'Mitmachen' })).toHaveAttribute(
      'href',
      `/c/${SLUG}/participate`,
    );
  });
});

describe('every page', () => {
  it('shows the connection state', () => {
    openAt(`/c/${SLUG}`);
    expect(screen.getByRole('status')).toHaveTextContent('Verbindung wird hergestellt…');
    act(() => {
      lastSocket().accept();
      lastSocket()
        .next('camp:sync')
        .reply({
          ok: true,
          viewer: { role: 'viewer', participantId: null, displayName: null },
          version: 1,
          catchUp: { kind: 'snapshot', state: campFixture() },
        });
    });
    expect(screen.getByRole('status')).toHaveTextContent('Verbunden');
    act(() => lastSocket().drop());
    expect(screen.getByRole('status')).toHaveTextContent('Offline');
  });

  it('switches the language and remembers the choice', async () => {
    const stopFollowing = followLanguage(useCampStore);
    openAt('/');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'English' }));
    expect(screen.getByRole('button', { name: 'Deutsch' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the demo' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('campgrid.language')).toBe('en');
    await user.click(screen.getByRole('button', { name: 'Deutsch' }));
    expect(screen.getByRole('link', { name: 'Demo ansehen' })).toBeInTheDocument();
    stopFollowing();
  });
});
