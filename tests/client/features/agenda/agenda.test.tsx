import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SchedulePage } from '../../../../client/src/features/schedule/SchedulePage.js';
import { at, campFixture, SLUG, sessionFixture } from '../../support/camp-fixture.js';
import { connectWithSnapshot } from '../../support/connect.js';
import { asServer, renderWithAlerts } from '../../support/render.js';
import { VIEWER_ROLE } from '../../support/viewer.js';
import { fakeStarsServer } from './fake-stars-server.js';

const first = sessionFixture('s-first', 'Open Data', { placement: at('r1', 'd1s2') });
const second = sessionFixture('s-second', 'Open Source', { placement: at('r2', 'd1s2') });
const third = sessionFixture('s-third', 'Barrierefreiheit', { placement: at('r1', 'd1s3') });

function camp() {
  return campFixture({ sessions: [first, second, third], published: true });
}

const starsKey = `campgrid.stars.${SLUG}`;
const tokenKey = `campgrid.agenda.${SLUG}`;
const seenKey = `campgrid.seen.${SLUG}`;

function stored(key: string): unknown {
  const raw = window.localStorage.getItem(key);
  return raw === null ? null : JSON.parse(raw);
}

function starButton(title: string) {
  return screen.getAllByRole('button', { name: `Merken: ${title}` })[0] as HTMLElement;
}

describe('my agenda', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-28T07:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    window.history.replaceState(null, '', '/');
  });

  it('stars a session at once, keeps it in the browser and on the server under a guest token', async () => {
    const server = fakeStarsServer(SLUG);
    const user = userEvent.setup();
    connectWithSnapshot(camp(), VIEWER_ROLE);
    renderWithAlerts(<SchedulePage slug={SLUG} />);
    await user.click(starButton('Open Data'));
    expect(starButton('Open Data')).toHaveAttribute('aria-pressed', 'true');
    expect(stored(starsKey)).toMatchObject({ starred: ['s-first'] });

    await waitFor(() => expect(stored(starsKey)).toEqual({ starred: ['s-first'], dirty: false }));
    expect(server.requests.map((request) => request.method)).toEqual(['POST', 'PUT']);
    expect(server.stars.get('guest-token-1')).toEqual(['s-first']);
    expect(window.localStorage.getItem(tokenKey)).toBe('guest-token-1');
    // The agenda's token is its own, never the participant's.
    expect(window.localStorage.getItem(`campgrid.participant.${SLUG}`)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Meine Agenda' }));
    const agenda = screen.getByRole('region', { name: 'Meine Agenda' });
    expect(within(agenda).getAllByRole('listitem')[0]).toHaveTextContent('Open Data');
    expect(within(agenda).getByText('Gespeichert, auch auf dem Server.')).toBeInTheDocument();
    expect(within(agenda).getByLabelText('Adresse deines Kalenders')).toHaveValue(
      `${window.location.origin}/api/camps/${SLUG}/agenda/feed-of-guest-token-1.ics`,
    );
    expect(within(agenda).getByLabelText('Link zu deiner Agenda')).toHaveValue(
      `${window.location.origin}/c/${SLUG}#agenda=guest-token-1`,
    );
  });

  it('keeps stars made offline and sends them when the connection returns', async () => {
    const server = fakeStarsServer(SLUG, ['known-token']);
    window.localStorage.setItem(tokenKey, 'known-token');
    server.offline = true;
    const user = userEvent.setup();
    connectWithSnapshot(camp(), VIEWER_ROLE);
    renderWithAlerts(<SchedulePage slug={SLUG} />);
    await user.click(starButton('Open Source'));
    await user.click(screen.getByRole('button', { name: 'Meine Agenda' }));
    await screen.findByText(/Wird übertragen, sobald die Verbindung wieder da ist/);
    expect(stored(starsKey)).toEqual({ starred: ['s-second'], dirty: true });

    server.offline = false;
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(server.stars.get('known-token')).toEqual(['s-second']));
    await screen.findByText('Gespeichert, auch auf dem Server.');
  });

  it('takes the server’s stars on a device without changes of its own', async () => {
    const server = fakeStarsServer(SLUG, ['known-token']);
    server.stars.set('known-token', ['s-third']);
    window.localStorage.setItem(tokenKey, 'known-token');
    connectWithSnapshot(camp(), VIEWER_ROLE);
    renderWithAlerts(<SchedulePage slug={SLUG} />);
    await waitFor(() =>
      expect(starButton('Barrierefreiheit')).toHaveAttribute('aria-pressed', 'true'),
    );
  });

  it('joins the stars of a transfer link with the ones already here, and clears the link', async () => {
    const server = fakeStarsServer(SLUG, ['other-device']);
    server.stars.set('other-device', ['s-third']);
    window.localStorage.setItem(starsKey, JSON.stringify({ starred: ['s-first'], dirty: false }));
    window.history.replaceState(null, '', `/c/${SLUG}#agenda=other-device`);
    connectWithSnapshot(camp(), VIEWER_ROLE);
    renderWithAlerts(<SchedulePage slug={SLUG} />);
    await waitFor(() =>
      expect(server.stars.get('other-device')?.sort()).toEqual(['s-first', 's-third']),
    );
    expect(window.location.hash).toBe('');
    expect(window.localStorage.getItem(tokenKey)).toBe('other-device');
    expect(starButton('Barrierefreiheit')).toHaveAttribute('aria-pressed', 'true');
    expect(starButton('Open Data')).toHaveAttribute('aria-pressed', 'true');
  });

  it('says when two starred sessions fall in the same slot', async () => {
    fakeStarsServer(SLUG);
    const user = userEvent.setup();
    connectWithSnapshot(camp(), VIEWER_ROLE);
    renderWithAlerts(<SchedulePage slug={SLUG} />);
    await user.click(starButton('Open Data'));
    expect(screen.queryByText(/Überschneidung/)).toBeNull();
    await user.click(starButton('Open Source'));
    expect(
      screen.getByText('Überschneidung um 10:15–11:00: Open Data und Open Source'),
    ).toBeInTheDocument();
  });

  it('tells what happened to starred sessions since they were last shown, until acknowledged', async () => {
    fakeStarsServer(SLUG);
    window.localStorage.setItem(
      starsKey,
      JSON.stringify({ starred: ['s-first', 's-second', 's-third'], dirty: true }),
    );
    window.localStorage.setItem(
      seenKey,
      JSON.stringify({
        's-first': { slotId: 'd1s6', roomId: 'r1', cancelled: false },
        's-second': { slotId: 'd1s2', roomId: 'r1', cancelled: false },
        's-third': { slotId: 'd1s3', roomId: 'r1', cancelled: false },
      }),
    );
    const user = userEvent.setup();
    const { socket } = connectWithSnapshot(camp(), VIEWER_ROLE);
    renderWithAlerts(<SchedulePage slug={SLUG} />);
    const changes = screen.getByRole('region', { name: 'Änderungen in deiner Agenda' });
    expect(changes).toHaveTextContent('Open Data wurde verschoben: jetzt Raum 1, 10:15–11:00.');
    expect(changes).toHaveTextContent(
      'Open Source findet jetzt in einem anderen Raum statt: Raum 2, 10:15–11:00.',
    );
    expect(changes).not.toHaveTextContent('Barrierefreiheit');

    asServer(() =>
      socket.broadcast('session:cancelled', {
        version: 2,
        at: 1,
        event: { type: 'session:cancelled', sessionId: 's-third', reason: 'Zug fällt aus' },
      }),
    );
    expect(changes).toHaveTextContent('Barrierefreiheit wurde abgesagt: Zug fällt aus');

    await user.click(within(changes).getByRole('button', { name: 'Verstanden' }));
    expect(screen.queryByRole('region', { name: 'Änderungen in deiner Agenda' })).toBeNull();
    expect(stored(seenKey)).toMatchObject({
      's-first': { slotId: 'd1s2', roomId: 'r1', cancelled: false },
      's-third': { cancelled: true },
    });
  });
});
