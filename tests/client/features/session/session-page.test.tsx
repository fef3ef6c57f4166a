import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionPage } from '../../../../client/src/features/session/SessionPage.js';
import { at, campFixture, SLUG, sessionFixture } from '../../support/camp-fixture.js';
import { connectWithSnapshot } from '../../support/connect.js';
import { renderWithAlerts } from '../../support/render.js';
import { VIEWER_ROLE } from '../../support/viewer.js';

const session = sessionFixture('s-1', 'Open Source im Amt', {
  placement: at('r2', 'd1s2'),
  description: 'Wie Behörden Open Source einsetzen.',
  hosts: [
    { name: 'Grace', participantId: null },
    { name: 'Ada', participantId: null },
  ],
  tags: ['Open Source', 'Beschaffung'],
  format: 'workshop',
});

function campWith(settings: Partial<ReturnType<typeof campFixture>['settings']> = {}) {
  const camp = campFixture({ sessions: [session], published: true });
  return { ...camp, settings: { ...camp.settings, ...settings } };
}

describe('the session page', () => {
  beforeEach(() => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new Error('offline in tests'))),
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows description, hosts, room and time', () => {
    connectWithSnapshot(campWith(), VIEWER_ROLE);
    renderWithAlerts(<SessionPage slug={SLUG} sessionId="s-1" />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Open Source im Amt' }),
    ).toBeInTheDocument();
    const facts = screen.getAllByRole('definition')[0]?.closest('dl');
    expect(facts).toHaveTextContent('WannSamstag, 28. November, 10:15–11:00');
    expect(facts).toHaveTextContent('WoRaum 2');
    expect(facts).toHaveTextContent('HostsGrace, Ada');
    expect(facts).toHaveTextContent('FormatWorkshop');
    expect(facts).toHaveTextContent('TagsOpen Source, Beschaffung');
    expect(screen.getByText('Wie Behörden Open Source einsetzen.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Merken: Open Source im Amt' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zurück zum Programm' })).toHaveAttribute(
      'href',
      `/c/${SLUG}`,
    );
    expect(screen.queryByRole('region', { name: 'Gemeinsame Notizen' })).toBeNull();
  });

  it('links the session’s notes page from the camp’s template, with the Chatham House Rule', () => {
    connectWithSnapshot(
      campWith({ notesUrlTemplate: 'https://pad.example.org/p/{camp}-{session}' }),
      VIEWER_ROLE,
    );
    renderWithAlerts(<SessionPage slug={SLUG} sessionId="s-1" />);
    const notes = screen.getByRole('region', { name: 'Gemeinsame Notizen' });
    expect(
      within(notes).getByRole('link', { name: 'Notizen zu dieser Session öffnen' }),
    ).toHaveAttribute('href', `https://pad.example.org/p/${SLUG}-s-1`);
    expect(notes).toHaveTextContent('Chatham House Rule');
  });

  it('hides the hosts when the camp keeps their names out', () => {
    connectWithSnapshot(campWith({ hideHostNames: true }), VIEWER_ROLE);
    renderWithAlerts(<SessionPage slug={SLUG} sessionId="s-1" />);
    expect(screen.queryByText(/Grace/)).toBeNull();
    expect(screen.queryByText('Hosts')).toBeNull();
  });

  it('shows why a session was cancelled', () => {
    const camp = campWith();
    connectWithSnapshot(
      { ...camp, sessions: [{ ...session, cancellation: { reason: 'Raum gesperrt' } }] },
      VIEWER_ROLE,
    );
    renderWithAlerts(<SessionPage slug={SLUG} sessionId="s-1" />);
    expect(screen.getByText('Abgesagt: Raum gesperrt')).toBeInTheDocument();
  });

  it('says so when the session does not exist', () => {
    connectWithSnapshot(campWith(), VIEWER_ROLE);
    renderWithAlerts(<SessionPage slug={SLUG} sessionId="s-gone" />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Diese Session gibt es nicht (mehr).' }),
    ).toBeInTheDocument();
  });
});
