import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ModeratePage } from '../../../../client/src/features/moderate/ModeratePage.js';
import { at, campFixture, MODERATOR_VIEWER, sessionFixture } from '../../support/camp-fixture.js';
import { type Connected, connectWithSnapshot } from '../../support/connect.js';
import { commandMessage } from '../../support/fake-socket.js';
import { asServer, renderWithAlerts } from '../../support/render.js';
import { moderatorUser, PAGE_TEST } from './moderator-user.js';

const alpha = sessionFixture('s-alpha', 'Alpha', { voteCount: 1 });
const beta = sessionFixture('s-beta', 'Beta', { voteCount: 5 });
const gamma = sessionFixture('s-gamma', 'Gamma', { placement: at('r1', 'd1s2') });
const delta = sessionFixture('s-delta', 'Delta', { placement: at('r2', 'd1s3') });

function openGrid(): Connected {
  const server = connectWithSnapshot(
    campFixture({ sessions: [alpha, beta, gamma, delta] }),
    MODERATOR_VIEWER,
  );
  renderWithAlerts(<ModeratePage />);
  return server;
}

const button = (name: string) => screen.getByRole('button', { name });

describe('the grid', PAGE_TEST, () => {
  it('has a column per room and a row per slot', () => {
    openGrid();
    const grid = screen.getByRole('table');
    const headers = within(grid)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual(['Zeit', 'Raum 1', 'Raum 2']);
    const rows = within(grid)
      .getAllByRole('rowheader')
      .map((header) => header.textContent);
    expect(rows).toEqual([
      '09:00–10:00',
      '10:15–11:00',
      '11:15–12:00',
      '12:15–13:00',
      '13:00–14:00',
      '14:00–14:45',
      '15:00–15:45',
      '16:00–16:45',
    ]);
    expect(button('Raum 2, 10:15')).toBeInTheDocument();
    expect(button('Raum 2, 15:00')).toBeInTheDocument();
    expect(button('Gamma, Raum 1, 10:15')).toBeInTheDocument();
    expect(within(grid).getAllByRole('button')).toHaveLength(5 * 2);
  });

  it('shows breaks and plenaries across the row, without buttons', () => {
    openGrid();
    for (const label of ['Begrüßung & Sessionplanung', 'Mittagspause', 'Abschluss']) {
      const row = screen.getByRole('cell', { name: label }).closest('tr');
      if (!row) throw new Error(`no row for ${label}`);
      expect(within(row).queryAllByRole('button')).toHaveLength(0);
    }
  });

  it('lists the unplaced pitches by votes', () => {
    openGrid();
    const pitches = screen
      .getAllByRole('button', { name: / auswählen$/ })
      .map((pitch) => pitch.getAttribute('aria-label'));
    expect(pitches).toEqual(['Beta auswählen', 'Alpha auswählen']);
  });

  it('places a picked pitch with the placement it expects the session to have', async () => {
    const server = openGrid();
    const user = moderatorUser();
    await user.click(button('Alpha auswählen'));
    expect(button('Alpha auswählen')).toHaveAttribute('aria-pressed', 'true');

    await user.click(button('Raum 1, 11:15'));

    expect(commandMessage(server.socket.next('session:place')).payload).toEqual({
      sessionId: 's-alpha',
      placement: { roomId: 'r1', slotId: 'd1s3' },
      expected: null,
    });
    expect(button('Alpha, Raum 1, 11:15')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Alpha auswählen' })).not.toBeInTheDocument();
  });

  it('moves a placed session to an empty cell', async () => {
    const server = openGrid();
    const user = moderatorUser();
    await user.click(button('Gamma, Raum 1, 10:15'));
    expect(button('Gamma, Raum 1, 10:15')).toHaveAttribute('aria-pressed', 'true');
    await user.click(button('Raum 1, 14:00'));
    expect(commandMessage(server.socket.next('session:place')).payload).toEqual({
      sessionId: 's-gamma',
      placement: { roomId: 'r1', slotId: 'd1s6' },
      expected: { roomId: 'r1', slotId: 'd1s2' },
    });
    expect(button('Raum 1, 10:15')).toBeInTheDocument();
  });

  it('swaps a held session with the one in the occupied cell it is dropped on', async () => {
    const server = openGrid();
    const user = moderatorUser();
    await user.click(button('Gamma, Raum 1, 10:15'));
    await user.click(button('Delta, Raum 2, 11:15'));
    expect(commandMessage(server.socket.next('session:swap')).payload).toEqual({
      sessionId: 's-gamma',
      otherSessionId: 's-delta',
    });
    expect(button('Delta, Raum 1, 10:15')).toBeInTheDocument();
    expect(button('Gamma, Raum 2, 11:15')).toBeInTheDocument();
  });

  it('refuses a pitch dropped on an occupied cell, and says why', async () => {
    const server = openGrid();
    const user = moderatorUser();
    await user.click(button('Beta auswählen'));
    await user.click(button('Gamma, Raum 1, 10:15'));
    expect(screen.getByRole('alert')).toHaveTextContent('In diesem Feld liegt schon eine Session.');
    expect(server.socket.unanswered('session:place')).toHaveLength(0);
    expect(button('Gamma, Raum 1, 10:15')).toBeInTheDocument();
    expect(button('Beta auswählen')).toHaveAttribute('aria-pressed', 'true');
  });

  it('puts a picked session back in the list', async () => {
    const server = openGrid();
    const user = moderatorUser();
    expect(button('Zurück in die Liste')).toBeDisabled();
    await user.click(button('Delta, Raum 2, 11:15'));
    await user.click(button('Zurück in die Liste'));
    expect(commandMessage(server.socket.next('session:unplace')).payload).toEqual({
      sessionId: 's-delta',
      expected: { roomId: 'r2', slotId: 'd1s3' },
    });
    expect(button('Delta auswählen')).toBeInTheDocument();
    expect(button('Raum 2, 11:15')).toBeInTheDocument();
  });

  it('moves a placement back when the server refuses it', async () => {
    const server = openGrid();
    const user = moderatorUser();
    await user.click(button('Alpha auswählen'));
    await user.click(button('Raum 2, 12:15'));
    asServer(() =>
      server.socket.next('session:place').reply({
        ok: false,
        code: 'CONFLICT',
        message: 'Someone else has moved this session in the meantime.',
      }),
    );
    expect(button('Raum 2, 12:15')).toBeInTheDocument();
    expect(button('Alpha auswählen')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Jemand anderes hat das gerade geändert.');
  });

  it('shows another moderator’s placement live', () => {
    const server = openGrid();
    asServer(() =>
      server.socket.broadcast('session:placed', {
        version: 2,
        at: 1,
        event: {
          type: 'session:placed',
          sessionId: 's-beta',
          placement: at('r1', 'd1s7'),
          previous: null,
        },
      }),
    );
    expect(button('Beta, Raum 1, 15:00')).toBeInTheDocument();
  });

  it('switches the phases', async () => {
    const server = openGrid();
    const user = moderatorUser();
    expect(screen.getByLabelText('Abstimmung offen')).toBeChecked();
    await user.click(screen.getByLabelText('Abstimmung offen'));
    expect(commandMessage(server.socket.next('phase:set')).payload).toEqual({
      phase: 'voting',
      open: false,
    });
    expect(screen.getByLabelText('Abstimmung offen')).not.toBeChecked();
  });
});
