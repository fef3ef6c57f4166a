import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ModeratePage } from '../../../../../client/src/features/moderate/ModeratePage.js';
import { campFixture, MODERATOR_VIEWER, SLUG } from '../../../support/camp-fixture.js';
import { connectWithSnapshot } from '../../../support/connect.js';
import { renderWithAlerts } from '../../../support/render.js';
import { moderatorUser, PAGE_TEST } from '../moderator-user.js';
import { CO_TOKEN, fakeModerationServer, MAIN_TOKEN } from './fake-moderation-server.js';
import { moderatorKey, openAccessPanel } from './open-panel.js';

const nord = { id: 'co-nord', label: 'Team Nord', createdAt: Date.UTC(2026, 10, 27, 8) };
const button = (name: string) => screen.getByRole('button', { name });
const section = (name: string) => screen.getByRole('region', { name });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the access panel on the moderator page', PAGE_TEST, () => {
  it('is there, closed, and asks the server nothing until it is opened', async () => {
    const server = fakeModerationServer([nord]);
    window.localStorage.setItem(moderatorKey, MAIN_TOKEN);
    connectWithSnapshot(campFixture(), MODERATOR_VIEWER, { token: MAIN_TOKEN });
    renderWithAlerts(<ModeratePage />);
    const user = moderatorUser();
    const toggle = within(section('Zugang & Daten')).getByRole('button', {
      name: 'Zugang & Daten zeigen',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(server.requests).toEqual([]);

    await user.click(toggle);
    expect(button('Zugang & Daten ausblenden')).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByText(/^Team Nord, seit/)).toBeVisible();
    expect(server.requests).toEqual([
      {
        method: 'GET',
        path: `/api/camps/${SLUG}/co-moderators`,
        authorization: `Bearer ${MAIN_TOKEN}`,
        body: null,
      },
    ]);
  });
});

describe('rotating the moderator link', () => {
  it('confirms first, then shows the new link once and keeps it in place of the old', async () => {
    const server = fakeModerationServer();
    await openAccessPanel(MAIN_TOKEN);
    const user = userEvent.setup();
    const rotate = () => section('Moderationslink erneuern');

    await user.click(within(rotate()).getByRole('button', { name: 'Link erneuern …' }));
    expect(within(rotate()).getByText(/hört sofort auf zu funktionieren/)).toBeVisible();
    expect(server.requests.filter((request) => request.method === 'POST')).toEqual([]);
    await user.click(within(rotate()).getByRole('button', { name: 'Ja, Link jetzt erneuern' }));

    const newLink = `${window.location.origin}/c/${SLUG}/moderate#key=rotated-token`;
    expect(await within(rotate()).findByRole('status')).toHaveTextContent(
      'Neuer Moderationslink erstellt. Der alte Link funktioniert nicht mehr, auch nicht in diesem Tab.',
    );
    expect(within(rotate()).getByLabelText('Neuer Moderationslink')).toHaveValue(newLink);
    expect(within(rotate()).getByRole('button', { name: 'Neuen Link kopieren' })).toBeVisible();
    expect(
      within(rotate()).getByRole('link', { name: 'Mit dem neuen Link weitermachen' }),
    ).toHaveAttribute('href', newLink);
    expect(window.localStorage.getItem(moderatorKey)).toBe('rotated-token');
    expect(server.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: `/api/camps/${SLUG}/moderator-link/rotate`,
      authorization: `Bearer ${MAIN_TOKEN}`,
    });
  });

  it('says why when the server refuses, and keeps the old token', async () => {
    const server = fakeModerationServer();
    await openAccessPanel(MAIN_TOKEN);
    const user = userEvent.setup();
    server.failWith = { status: 401, code: 'UNAUTHORIZED' };
    await user.click(button('Link erneuern …'));
    await user.click(button('Ja, Link jetzt erneuern'));
    expect(
      await within(section('Moderationslink erneuern')).findByRole('status'),
    ).toHaveTextContent(/^Das hat nicht geklappt: Deine Anmeldung für dieses Camp gilt nicht/);
    expect(window.localStorage.getItem(moderatorKey)).toBe(MAIN_TOKEN);
  });
});

describe('co-moderators', () => {
  it('invites one by label, shows the secret link once, lists and revokes it', async () => {
    const server = fakeModerationServer([nord]);
    await openAccessPanel(MAIN_TOKEN);
    const user = userEvent.setup();
    const panel = () => section('Co-Moderation');
    const list = () => within(panel()).getByRole('list', { name: 'Gültige Co-Moderationslinks' });
    await waitFor(() => expect(within(list()).getAllByRole('listitem')).toHaveLength(1));

    await user.click(within(panel()).getByRole('button', { name: 'Link erstellen' }));
    expect(within(panel()).getByText('Bitte ausfüllen.')).toBeVisible();

    await user.type(within(panel()).getByLabelText('Bezeichnung'), '  Team Süd ');
    await user.click(within(panel()).getByRole('button', { name: 'Link erstellen' }));
    expect(await within(panel()).findByRole('status')).toHaveTextContent(
      'Link für „Team Süd“ erstellt.',
    );
    expect(server.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: `/api/camps/${SLUG}/co-moderators`,
      body: { label: 'Team Süd' },
    });
    const secret = within(panel()).getByLabelText('Moderationslink für Team Süd');
    expect(secret).toHaveValue(`${window.location.origin}/c/${SLUG}/moderate#key=secret-1`);
    expect(within(panel()).getByLabelText('Bezeichnung')).toHaveValue('');
    expect(
      within(list())
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringMatching(/^Team Nord, seit/),
      expect.stringMatching(/^Team Süd, seit/),
    ]);

    await user.click(within(panel()).getByRole('button', { name: 'Fertig, Link ist gesichert' }));
    expect(within(panel()).queryByLabelText('Moderationslink für Team Süd')).toBeNull();

    await user.click(button('Link von Team Nord zurückziehen'));
    expect(await within(panel()).findByRole('status')).toHaveTextContent(
      'Der Link von „Team Nord“ funktioniert nicht mehr; offene Seiten damit wurden getrennt.',
    );
    expect(server.requests.at(-1)).toMatchObject({
      method: 'DELETE',
      path: `/api/camps/${SLUG}/co-moderators/co-nord`,
      authorization: `Bearer ${MAIN_TOKEN}`,
    });
    expect(within(list()).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Link von Team Nord zurückziehen' })).toBeNull();
  });

  it('shows a co-moderator only what any moderator link may do', async () => {
    fakeModerationServer([nord]);
    await openAccessPanel(CO_TOKEN);
    expect(
      await screen.findByText(
        'Moderationslinks erneuern, Co-Moderation verwalten und das Camp löschen kann nur der Haupt-Moderationslink.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Moderationslink erneuern' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Co-Moderation' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Camp löschen' })).toBeNull();
    expect(section('Beitrittscode')).toBeVisible();
    expect(section('Daten exportieren')).toBeVisible();
  });
});
