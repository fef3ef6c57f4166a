import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SchedulePage } from '../../../../client/src/features/schedule/SchedulePage.js';
import { at, campFixture, SLUG, sessionFixture } from '../../support/camp-fixture.js';
import { connectWithSnapshot } from '../../support/connect.js';
import { asServer, renderWithAlerts } from '../../support/render.js';
import { VIEWER_ROLE } from '../../support/viewer.js';

const placed = sessionFixture('s-placed', 'Open Source im Amt', {
  placement: at('r2', 'd1s2'),
  hosts: [{ name: 'Grace', participantId: null }],
  tags: ['Open Source'],
});
const later = sessionFixture('s-later', 'Barrierefreiheit', {
  placement: at('r1', 'd1s3'),
  description: 'Über BITV und Fachverfahren',
  hosts: [{ name: 'Ada', participantId: null }],
  tags: ['A11y'],
});
const waiting = sessionFixture('s-waiting', 'Noch ohne Platz');

function published(sessions = [placed, later, waiting]) {
  return campFixture({ sessions, published: true });
}

describe('the schedule', () => {
  beforeEach(() => {
    // 08:00 in Berlin on the camp's day: before the first session slot.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-28T07:00:00Z'));
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new Error('offline in tests'))),
    );
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('lists placed sessions under their slot with room, time and hosts', () => {
    connectWithSnapshot(published(), VIEWER_ROLE);
    renderWithAlerts(<SchedulePage slug={SLUG} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Testcamp' })).toBeInTheDocument();
    const slot = screen.getByRole('region', { name: '10:15–11:00' });
    const item = within(slot).getByRole('listitem');
    expect(item).toHaveTextContent('Open Source im Amt');
    expect(item).toHaveTextContent('Raum 2');
    expect(item).toHaveTextContent('10:15–11:00');
    expect(item).toHaveTextContent('mit Grace');
    expect(within(item).getByRole('link', { name: 'Open Source im Amt' })).toHaveAttribute(
      'href',
      `/c/${SLUG}/s/s-placed`,
    );
    expect(screen.queryByText('Noch ohne Platz')).toBeNull();
    expect(screen.queryByText('Planung läuft')).toBeNull();
  });

  it('shows a placement as soon as it is broadcast', () => {
    const { socket } = connectWithSnapshot(published([waiting]), VIEWER_ROLE);
    renderWithAlerts(<SchedulePage slug={SLUG} />);
    asServer(() =>
      socket.broadcast('session:placed', {
        version: 2,
        at: 1,
        event: {
          type: 'session:placed',
          sessionId: 's-waiting',
          placement: at('r1', 'd1s6'),
          previous: null,
        },
      }),
    );
    const slot = screen.getByRole('region', { name: '14:00–14:45' });
    expect(within(slot).getByRole('listitem')).toHaveTextContent('Noch ohne Platz');
  });

  it('marks the slot that is running in the camp’s time zone', () => {
    // 10:30 in Berlin is 09:30 UTC in November.
    vi.setSystemTime(new Date('2026-11-28T09:30:00Z'));
    connectWithSnapshot(published([placed]), VIEWER_ROLE);
    renderWithAlerts(<SchedulePage slug={SLUG} />);
    const running = screen.getByText('Läuft gerade').closest('section');
    expect(running).toHaveAccessibleName(expect.stringContaining('10:15–11:00'));
    expect(screen.getAllByText('Läuft gerade')).toHaveLength(1);
  });

  it('says what runs now in every room, what is next and how long until it starts', () => {
    // 10:30 in Berlin: slot 10:15 runs, 11:15 is next, 45 minutes away.
    vi.setSystemTime(new Date('2026-11-28T09:30:00Z'));
    connectWithSnapshot(published(), VIEWER_ROLE);
    renderWithAlerts(<SchedulePage slug={SLUG} />);
    const nowNext = screen.getByRole('region', { name: 'Jetzt und gleich' });
    const now = within(nowNext).getByRole('heading', { name: 'Jetzt: 10:15–11:00' });
    expect(now.parentElement).toHaveTextContent('Open Source im Amt');
    const next = within(nowNext).getByRole('heading', { name: /^Als Nächstes: 11:15–12:00/ });
    expect(next).toHaveTextContent('beginnt in 45 Min.');
    expect(next.parentElement).toHaveTextContent('Barrierefreiheit');
  });

  it('counts down in the camp’s zone even when the browser is elsewhere', () => {
    // 11:10 in Berlin (a different zone in the browser does not matter: the test runs in UTC).
    vi.setSystemTime(new Date('2026-11-28T10:10:00Z'));
    connectWithSnapshot(published(), VIEWER_ROLE);
    renderWithAlerts(<SchedulePage slug={SLUG} />);
    expect(
      screen.getByRole('heading', { name: /^Als Nächstes: 11:15–12:00 beginnt in 5 Min\.$/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Gerade läuft nichts.' })).toBeInTheDocument();
  });

  it('leaves now and next out on a day without the camp', () => {
    vi.setSystemTime(new Date('2026-12-05T09:30:00Z'));
    connectWithSnapshot(published(), VIEWER_ROLE);
    renderWithAlerts(<SchedulePage slug={SLUG} />);
    expect(screen.queryByRole('region', { name: 'Jetzt und gleich' })).toBeNull();
  });

  it('shows the schedule by room', async () => {
    const user = userEvent.setup();
    connectWithSnapshot(published(), VIEWER_ROLE);
    renderWithAlerts(<SchedulePage slug={SLUG} />);
    await user.click(screen.getByRole('button', { name: 'Nach Raum' }));
    expect(screen.getByRole('button', { name: 'Nach Raum' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const room1 = screen.getByRole('region', { name: 'Raum 1' });
    expect(within(room1).getByRole('listitem')).toHaveTextContent('Barrierefreiheit');
    const room2 = screen.getByRole('region', { name: 'Raum 2' });
    expect(within(room2).getByRole('listitem')).toHaveTextContent('Open Source im Amt');
  });

  it('searches titles, descriptions and hosts, and filters by tag', async () => {
    const user = userEvent.setup();
    connectWithSnapshot(published(), VIEWER_ROLE);
    renderWithAlerts(<SchedulePage slug={SLUG} />);
    const schedule = screen.getByRole('region', { name: 'Nach Zeit' });
    await user.type(screen.getByRole('searchbox', { name: 'Suchen' }), 'fachverfahren');
    expect(within(schedule).getAllByRole('listitem')).toHaveLength(1);
    expect(within(schedule).getByRole('listitem')).toHaveTextContent('Barrierefreiheit');

    await user.clear(screen.getByRole('searchbox', { name: 'Suchen' }));
    await user.type(screen.getByRole('searchbox', { name: 'Suchen' }), 'grace');
    expect(within(schedule).getByRole('listitem')).toHaveTextContent('Open Source im Amt');

    await user.clear(screen.getByRole('searchbox', { name: 'Suchen' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), 'A11y');
    expect(within(schedule).getAllByRole('listitem')).toHaveLength(1);
    expect(within(schedule).getByRole('listitem')).toHaveTextContent('Barrierefreiheit');

    await user.type(screen.getByRole('searchbox', { name: 'Suchen' }), 'nichts dergleichen');
    expect(within(schedule).getByText('Keine Session passt zur Suche.')).toBeInTheDocument();
  });

  it('shows a cancelled session with its reason', () => {
    const cancelled = { ...placed, cancellation: { reason: 'Host ist krank' } };
    connectWithSnapshot(published([cancelled]), VIEWER_ROLE);
    renderWithAlerts(<SchedulePage slug={SLUG} />);
    const slot = screen.getByRole('region', { name: '10:15–11:00' });
    expect(within(slot).getByRole('listitem')).toHaveTextContent('Abgesagt: Host ist krank');
  });

  it('keeps host names out when the camp hides them', () => {
    const camp = published();
    connectWithSnapshot(
      { ...camp, settings: { ...camp.settings, hideHostNames: true } },
      VIEWER_ROLE,
    );
    renderWithAlerts(<SchedulePage slug={SLUG} />);
    expect(screen.queryByText(/Grace/)).toBeNull();
  });

  it('says that planning is under way and shows the pitches before the schedule is published', async () => {
    const user = userEvent.setup();
    connectWithSnapshot(campFixture({ sessions: [placed, waiting] }), VIEWER_ROLE);
    renderWithAlerts(<SchedulePage slug={SLUG} />);
    const planning = screen.getByRole('region', { name: 'Planung läuft' });
    await user.click(within(planning).getByText('2 vorgeschlagene Sessions'));
    expect(within(planning).getByRole('link', { name: 'Noch ohne Platz' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Vorläufiger Plan' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Jetzt und gleich' })).toBeNull();
  });

  it('turns to the live schedule the moment it is published', () => {
    const { socket } = connectWithSnapshot(campFixture({ sessions: [placed] }), VIEWER_ROLE);
    renderWithAlerts(<SchedulePage slug={SLUG} />);
    expect(screen.getByRole('region', { name: 'Planung läuft' })).toBeInTheDocument();
    asServer(() =>
      socket.broadcast('schedule:published', {
        version: 2,
        at: 1,
        event: { type: 'schedule:published', placedCount: 1 },
      }),
    );
    expect(screen.queryByRole('region', { name: 'Planung läuft' })).toBeNull();
  });

  it('links the calendar, the exports, the big screen and the print view', () => {
    connectWithSnapshot(published(), VIEWER_ROLE);
    renderWithAlerts(<SchedulePage slug={SLUG} />);
    const links = screen.getByRole('navigation', { name: 'Mehr' });
    expect(within(links).getByRole('link', { name: /Kalender/ })).toHaveAttribute(
      'href',
      `/api/camps/${SLUG}/schedule.ics`,
    );
    expect(within(links).getByRole('link', { name: /CSV/ })).toHaveAttribute(
      'href',
      `/api/camps/${SLUG}/schedule.csv`,
    );
    expect(within(links).getByRole('link', { name: /frab/ })).toHaveAttribute(
      'href',
      `/api/camps/${SLUG}/schedule.json`,
    );
    expect(within(links).getByRole('link', { name: 'Großbildschirm' })).toHaveAttribute(
      'href',
      `/c/${SLUG}/screen`,
    );
  });
});
