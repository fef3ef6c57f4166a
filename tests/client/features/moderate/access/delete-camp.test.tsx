import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CampDeletedNotice } from '../../../../../client/src/features/moderate/access/CampDeletedNotice.js';
import { SLUG } from '../../../support/camp-fixture.js';
import { fakeModerationServer, MAIN_TOKEN } from './fake-moderation-server.js';
import { openAccessPanel } from './open-panel.js';

const section = (name: string) => screen.getByRole('region', { name });

/** Everything a browser keeps of a camp, as the app names it in localStorage. */
const CAMP_KEYS = ['participant', 'moderator', 'joincode', 'agenda', 'stars', 'seen', 'snapshot'];

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

async function deleteTheCamp(): Promise<void> {
  const user = userEvent.setup();
  await user.type(
    within(section('Camp löschen')).getByLabelText(
      'Tippe zur Bestätigung den Titel des Camps ein: Testcamp',
    ),
    'Testcamp',
  );
  await user.click(
    within(section('Camp löschen')).getByRole('button', { name: 'Camp endgültig löschen' }),
  );
}

describe('after deleting the camp', () => {
  it('forgets everything of the camp and goes to the start page, which says so', async () => {
    window.history.replaceState(null, '', `/c/${SLUG}/moderate`);
    const server = fakeModerationServer();
    await openAccessPanel(MAIN_TOKEN);
    for (const kind of CAMP_KEYS.filter((kind) => kind !== 'moderator')) {
      window.localStorage.setItem(`campgrid.${kind}.${SLUG}`, 'kept');
    }
    window.localStorage.setItem('campgrid.moderator.other-camp', 'other');

    await deleteTheCamp();

    await vi.waitFor(() => expect(window.location.pathname).toBe('/'));
    expect(server.requests.at(-1)).toMatchObject({ method: 'DELETE', path: `/api/camps/${SLUG}` });
    for (const kind of CAMP_KEYS) {
      expect(window.localStorage.getItem(`campgrid.${kind}.${SLUG}`)).toBeNull();
    }
    expect(window.localStorage.getItem('campgrid.moderator.other-camp')).toBe('other');

    render(<CampDeletedNotice />);
    const notice = screen.getByText(
      'Das Camp „Testcamp“ ist gelöscht. Dieser Browser hat alle Links und Daten dazu vergessen.',
    );
    expect(notice).toHaveAttribute('role', 'status');
    expect(notice).toHaveFocus();
  });

  it('says it once only', () => {
    render(<CampDeletedNotice />);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('keeps everything when the server refuses', async () => {
    window.history.replaceState(null, '', `/c/${SLUG}/moderate`);
    const server = fakeModerationServer();
    server.failWith = { status: 500, code: 'INTERNAL' };
    await openAccessPanel(MAIN_TOKEN);
    window.localStorage.setItem(`campgrid.joincode.${SLUG}`, 'sommer-2026');

    await deleteTheCamp();

    expect(await within(section('Camp löschen')).findByRole('status')).toHaveTextContent(
      'Auf dem Server ist etwas schiefgegangen',
    );
    expect(window.location.pathname).toBe(`/c/${SLUG}/moderate`);
    expect(window.localStorage.getItem(`campgrid.moderator.${SLUG}`)).toBe(MAIN_TOKEN);
    expect(window.localStorage.getItem(`campgrid.joincode.${SLUG}`)).toBe('sommer-2026');
  });
});
