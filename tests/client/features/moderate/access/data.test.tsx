import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SLUG } from '../../../support/camp-fixture.js';
import { commandMessage } from '../../../support/fake-socket.js';
import { fakeModerationServer, MAIN_TOKEN } from './fake-moderation-server.js';
import { openAccessPanel } from './open-panel.js';

const section = (name: string) => screen.getByRole('region', { name });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('visibility and retention', () => {
  it('makes the camp private with camp:update', async () => {
    fakeModerationServer();
    const server = await openAccessPanel(MAIN_TOKEN);
    const user = userEvent.setup();
    const group = screen.getByRole('group', { name: 'Sichtbarkeit' });
    expect(
      within(group).getByRole('radio', { name: /^Öffentlich: Wer die Adresse kennt/ }),
    ).toBeChecked();
    await user.click(within(group).getByRole('radio', { name: /^Privat:/ }));
    expect(commandMessage(server.socket.next('camp:update')).payload).toEqual({
      settings: { visibility: 'private' },
    });
    expect(within(group).getByRole('radio', { name: /^Privat:/ })).toBeChecked();
    expect(within(group).getByText(/Lege einen Beitrittscode fest/)).toBeVisible();
  });

  it('sets the retention in days with camp:update', async () => {
    fakeModerationServer();
    const server = await openAccessPanel(MAIN_TOKEN);
    const user = userEvent.setup();
    const days = within(section('Aufbewahrung')).getByLabelText(
      'Tage nach dem letzten Camptag bis zur Löschung',
    );
    expect(days).toHaveValue(30);
    await user.clear(days);
    await user.type(days, '90');
    await user.click(screen.getByRole('button', { name: 'Aufbewahrung speichern' }));
    expect(commandMessage(server.socket.next('camp:update')).payload).toEqual({
      settings: { retentionDays: 90 },
    });
    expect(within(section('Aufbewahrung')).getByRole('status')).toHaveTextContent(
      'Gespeichert: Das Camp wird 90 Tage nach seinem letzten Tag gelöscht.',
    );
  });
});

describe('the join code', () => {
  it('refuses a short code in the form and sets a good one with PUT', async () => {
    const server = fakeModerationServer();
    await openAccessPanel(MAIN_TOKEN);
    const user = userEvent.setup();
    const panel = () => section('Beitrittscode');
    const field = within(panel()).getByLabelText('Neuer Beitrittscode');
    await user.type(field, 'abc');
    await user.click(within(panel()).getByRole('button', { name: 'Code festlegen' }));
    expect(within(panel()).getByText('Der Code braucht mindestens 6 Zeichen.')).toBeVisible();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(server.requests.some((request) => request.method === 'PUT')).toBe(false);

    await user.type(field, '-def-42');
    await user.click(within(panel()).getByRole('button', { name: 'Code festlegen' }));
    expect(await within(panel()).findByRole('status')).toHaveTextContent(
      /^Beitrittscode festgelegt\. Ein früherer Code gilt nicht mehr/,
    );
    expect(server.requests.at(-1)).toEqual({
      method: 'PUT',
      path: `/api/camps/${SLUG}/join-code`,
      authorization: `Bearer ${MAIN_TOKEN}`,
      body: { code: 'abc-def-42' },
    });
    expect(field).toHaveValue('');
  });
});

describe('export and deletion', () => {
  it('downloads the export as a JSON file', async () => {
    const server = fakeModerationServer();
    await openAccessPanel(MAIN_TOKEN);
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    const downloads: string[] = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        blobs.push(blob);
        return 'blob:export';
      }),
      revokeObjectURL: vi.fn(),
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(`${this.download} ${this.href}`);
    });

    await user.click(screen.getByRole('button', { name: 'Alle Daten als JSON herunterladen' }));
    expect(await within(section('Daten exportieren')).findByRole('status')).toHaveTextContent(
      `Export heruntergeladen: ${SLUG}-export.json`,
    );
    expect(downloads).toEqual([`${SLUG}-export.json blob:export`]);
    expect(JSON.parse(await (blobs[0] as Blob).text())).toMatchObject({
      format: 'campgrid-export',
    });
    expect(server.requests.at(-1)).toMatchObject({
      method: 'GET',
      path: `/api/camps/${SLUG}/export`,
      authorization: `Bearer ${MAIN_TOKEN}`,
    });
  });

  it('deletes the camp only after its title is typed', async () => {
    const server = fakeModerationServer();
    await openAccessPanel(MAIN_TOKEN);
    const user = userEvent.setup();
    const panel = () => section('Camp löschen');
    const confirm = within(panel()).getByLabelText(
      'Tippe zur Bestätigung den Titel des Camps ein: Testcamp',
    );
    await user.type(confirm, 'Testcam');
    await user.click(within(panel()).getByRole('button', { name: 'Camp endgültig löschen' }));
    expect(within(panel()).getByText('Der Titel stimmt nicht überein.')).toBeVisible();
    expect(server.requests.some((request) => request.method === 'DELETE')).toBe(false);

    await user.type(confirm, 'p');
    await user.click(within(panel()).getByRole('button', { name: 'Camp endgültig löschen' }));
    expect(await within(panel()).findByRole('status')).toHaveTextContent(
      'Das Camp ist gelöscht. Keiner seiner Links funktioniert mehr.',
    );
    expect(server.requests.at(-1)).toEqual({
      method: 'DELETE',
      path: `/api/camps/${SLUG}`,
      authorization: `Bearer ${MAIN_TOKEN}`,
      body: null,
    });
    expect(within(panel()).getByRole('link', { name: 'Zur Startseite' })).toHaveAttribute(
      'href',
      '/',
    );
    expect(within(panel()).queryByRole('button', { name: 'Camp endgültig löschen' })).toBeNull();
  });
});
