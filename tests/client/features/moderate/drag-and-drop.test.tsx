import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ModeratePage } from '../../../../client/src/features/moderate/ModeratePage.js';
import { at, campFixture, MODERATOR_VIEWER, sessionFixture } from '../../support/camp-fixture.js';
import { type Connected, connectWithSnapshot } from '../../support/connect.js';
import { commandMessage } from '../../support/fake-socket.js';
import { asServer, renderWithAlerts } from '../../support/render.js';
import { moderatorUser, PAGE_TEST } from './moderator-user.js';

const alpha = sessionFixture('s-alpha', 'Alpha', { voteCount: 3 });
const gamma = sessionFixture('s-gamma', 'Gamma', { placement: at('r1', 'd1s2') });

function openGrid(): Connected {
  const server = connectWithSnapshot(campFixture({ sessions: [alpha, gamma] }), MODERATOR_VIEWER);
  renderWithAlerts(<ModeratePage />);
  return server;
}

const button = (name: string) => screen.getByRole('button', { name });

describe('keyboard drag and drop', PAGE_TEST, () => {
  it('lifts a pitch with Space, moves it with the arrow keys and drops it with Space', async () => {
    const server = openGrid();
    const user = moderatorUser();
    button('Alpha auswählen').focus();

    await user.keyboard(' ');
    expect(await screen.findByText(/Alpha aufgenommen/)).toBeInTheDocument();
    // From the list, the first arrow goes to the grid's first cell, then cell by cell.
    await user.keyboard('{ArrowRight}');
    await user.keyboard('{ArrowRight}');
    await user.keyboard('{ArrowDown}');
    expect(await screen.findByText('Alpha über Raum 2, 11:15–12:00.')).toBeInTheDocument();
    await user.keyboard(' ');

    expect(commandMessage(server.socket.next('session:place')).payload).toEqual({
      sessionId: 's-alpha',
      placement: { roomId: 'r2', slotId: 'd1s3' },
      expected: null,
    });
    expect(button('Alpha, Raum 2, 11:15')).toBeInTheDocument();
    expect(await screen.findByText('Alpha abgelegt auf Raum 2, 11:15–12:00.')).toBeInTheDocument();
  });

  it('moves a placed session from its own cell, expecting the placement the moderator saw', async () => {
    const server = openGrid();
    const user = moderatorUser();
    button('Gamma, Raum 1, 10:15').focus();

    await user.keyboard(' ');
    await user.keyboard('{ArrowDown}');
    await user.keyboard('{ArrowDown}');
    await user.keyboard(' ');

    expect(commandMessage(server.socket.next('session:place')).payload).toEqual({
      sessionId: 's-gamma',
      placement: { roomId: 'r1', slotId: 'd1s4' },
      expected: { roomId: 'r1', slotId: 'd1s2' },
    });
    expect(button('Gamma, Raum 1, 12:15')).toBeInTheDocument();
  });

  it('skips breaks and stops at the grid’s edge', async () => {
    const server = openGrid();
    const user = moderatorUser();
    button('Gamma, Raum 1, 10:15').focus();

    await user.keyboard(' ');
    await user.keyboard('{ArrowLeft}');
    // 10:15 -> 11:15 -> 12:15 -> (lunch) 14:00
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    await user.keyboard(' ');

    expect(commandMessage(server.socket.next('session:place')).payload).toMatchObject({
      placement: { roomId: 'r1', slotId: 'd1s6' },
    });
  });

  it('sends nothing when the drag is cancelled with Escape', async () => {
    const server = openGrid();
    const user = moderatorUser();
    button('Alpha auswählen').focus();
    await user.keyboard(' ');
    await user.keyboard('{ArrowRight}');
    await user.keyboard('{Escape}');
    expect(await screen.findByText('Verschieben von Alpha abgebrochen.')).toBeInTheDocument();
    expect(server.socket.unanswered('session:place')).toHaveLength(0);
    expect(button('Alpha auswählen')).toBeInTheDocument();
  });

  it('refuses a pitch dropped on an occupied cell and says why in the alert region', async () => {
    const server = openGrid();
    const user = moderatorUser();
    button('Alpha auswählen').focus();
    await user.keyboard(' ');
    await user.keyboard('{ArrowRight}');
    await user.keyboard(' ');
    expect(screen.getByRole('alert')).toHaveTextContent('In diesem Feld liegt schon eine Session.');
    expect(server.socket.unanswered('session:place')).toHaveLength(0);
  });

  it('shows the current state when the server refuses a move someone else overtook', async () => {
    const server = openGrid();
    const user = moderatorUser();
    button('Gamma, Raum 1, 10:15').focus();
    await user.keyboard(' ');
    await user.keyboard('{ArrowRight}');
    await user.keyboard(' ');
    const sent = server.socket.next('session:place');
    asServer(() => {
      server.socket.broadcast('session:placed', {
        version: 2,
        at: 1,
        event: {
          type: 'session:placed',
          sessionId: 's-gamma',
          placement: at('r1', 'd1s7'),
          previous: at('r1', 'd1s2'),
        },
      });
      sent.reply({ ok: false, code: 'CONFLICT', message: 'Someone else has moved this session.' });
    });
    expect(button('Gamma, Raum 1, 15:00')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Jemand anderes hat das gerade geändert.');
  });
});
