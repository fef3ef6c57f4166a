import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ScreenShell from '../../../../client/src/features/screen/ScreenShell.js';
import { at, campFixture, SLUG, sessionFixture } from '../../support/camp-fixture.js';
import { connectWithSnapshot } from '../../support/connect.js';
import { asServer } from '../../support/render.js';
import { VIEWER_ROLE } from '../../support/viewer.js';

const now = sessionFixture('s-now', 'Open Source im Amt', { placement: at('r1', 'd1s2') });
const next = sessionFixture('s-next', 'Barrierefreiheit', { placement: at('r2', 'd1s3') });
const pitch = sessionFixture('s-pitch', 'KI im Bürgerservice', { voteCount: 12 });

describe('the big screen', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // 10:30 in Berlin.
    vi.setSystemTime(new Date('2026-11-28T09:30:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows now and next for every room, a countdown and a QR code to join', async () => {
    connectWithSnapshot(campFixture({ sessions: [now, next], published: true }), VIEWER_ROLE);
    render(<ScreenShell slug={SLUG} view="screen" roomId={undefined} />);
    const grid = screen.getByRole('table');
    const room1 = within(grid).getByRole('row', { name: /^Raum 1/ });
    expect(room1).toHaveTextContent('Open Source im Amt');
    const room2 = within(grid).getByRole('row', { name: /^Raum 2/ });
    expect(within(room2).getAllByRole('cell')[1]).toHaveTextContent('Barrierefreiheit');
    expect(
      within(grid).getByRole('columnheader', { name: /Als Nächstes 11:15–12:00/ }),
    ).toHaveTextContent('beginnt in 45 Min.');
    expect(
      await screen.findByRole('img', { name: `QR-Code: ${window.location.origin}/c/${SLUG}` }),
    ).toBeInTheDocument();
    expect(document.documentElement).toHaveClass('screen-mode');
    expect(screen.getByRole('status')).toBeInTheDocument();
  });

  it('shows the spotlighted pitch with its live count during the planning round', () => {
    const { socket } = connectWithSnapshot(
      campFixture({ sessions: [pitch], spotlight: 's-pitch' }),
      VIEWER_ROLE,
    );
    render(<ScreenShell slug={SLUG} view="screen" roomId={undefined} />);
    const spotlight = screen.getByRole('region', { name: 'KI im Bürgerservice' });
    expect(spotlight).toHaveTextContent('Gerade vorgestellt');
    expect(spotlight).toHaveTextContent('12 möchten hin');
    asServer(() =>
      socket.broadcast('hands:counted', {
        version: 2,
        at: 1,
        event: { type: 'hands:counted', sessionId: 's-pitch', count: 30 },
      }),
    );
    expect(spotlight).toHaveTextContent('30 Hände gehoben');
  });

  it('leaves the screen mode when it closes', () => {
    connectWithSnapshot(campFixture({ published: true }), VIEWER_ROLE);
    const { unmount } = render(<ScreenShell slug={SLUG} view="screen" roomId={undefined} />);
    act(() => unmount());
    expect(document.documentElement).not.toHaveClass('screen-mode');
  });
});

describe('the door screen', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-28T09:30:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the room’s current and next session, and “Raum voll” when it is marked', () => {
    const later = sessionFixture('s-later', 'Verwaltungsdigitalisierung', {
      placement: at('r1', 'd1s6'),
    });
    const { socket } = connectWithSnapshot(
      campFixture({ sessions: [now, next, later], published: true }),
      VIEWER_ROLE,
    );
    render(<ScreenShell slug={SLUG} view="door" roomId="r1" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Raum 1' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Jetzt · 10:15–11:00' })).toHaveTextContent(
      'Open Source im Amt',
    );
    expect(screen.getByRole('region', { name: 'Als Nächstes · 14:00–14:45' })).toHaveTextContent(
      'Verwaltungsdigitalisierung',
    );
    expect(screen.queryByText('Raum voll')).toBeNull();
    asServer(() =>
      socket.broadcast('room:full-marked', {
        version: 2,
        at: 1,
        event: { type: 'room:full-marked', roomId: 'r1', full: true },
      }),
    );
    expect(screen.getByText('Raum voll')).toBeInTheDocument();
  });

  it('says when the room does not exist', () => {
    connectWithSnapshot(campFixture({ published: true }), VIEWER_ROLE);
    render(<ScreenShell slug={SLUG} view="door" roomId="nowhere" />);
    expect(screen.getByRole('heading', { name: 'Diesen Raum gibt es nicht.' })).toBeInTheDocument();
  });
});
