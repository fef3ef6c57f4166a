import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SchedulePage } from '../../../../client/src/features/schedule/SchedulePage.js';
import { at, campFixture, sessionFixture } from '../../support/camp-fixture.js';
import { connectWithSnapshot } from '../../support/connect.js';
import { asServer, renderWithAlerts } from '../../support/render.js';
import { VIEWER_ROLE } from '../../support/viewer.js';

const placed = sessionFixture('s-placed', 'Open Source im Amt', {
  placement: at('r2', 'd1s2'),
  hosts: [{ name: 'Grace', participantId: null }],
});
const waiting = sessionFixture('s-waiting', 'Noch ohne Platz');

describe('the schedule', () => {
  beforeEach(() => {
    // 08:00 in Berlin on the camp's day: before the first session slot.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-28T07:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lists placed sessions under their slot with room, time and hosts', () => {
    connectWithSnapshot(campFixture({ sessions: [placed, waiting] }), VIEWER_ROLE);
    renderWithAlerts(<SchedulePage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Testcamp' })).toBeInTheDocument();
    const slot = screen.getByRole('region', { name: '10:15–11:00' });
    const item = within(slot).getByRole('listitem');
    expect(item).toHaveTextContent('Open Source im Amt');
    expect(item).toHaveTextContent('Raum 2');
    expect(item).toHaveTextContent('10:15–11:00');
    expect(item).toHaveTextContent('mit Grace');
    expect(screen.queryByText('Noch ohne Platz')).toBeNull();
  });

  it('shows a placement as soon as it is broadcast', () => {
    const { socket } = connectWithSnapshot(campFixture({ sessions: [waiting] }), VIEWER_ROLE);
    renderWithAlerts(<SchedulePage />);
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
    connectWithSnapshot(campFixture({ sessions: [placed] }), VIEWER_ROLE);
    renderWithAlerts(<SchedulePage />);
    const running = screen.getByText('Läuft gerade').closest('section');
    expect(running).toHaveAccessibleName(expect.stringContaining('10:15–11:00'));
    expect(screen.getAllByText('Läuft gerade')).toHaveLength(1);
  });
});
