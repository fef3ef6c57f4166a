import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ModeratePage } from '../../../../client/src/features/moderate/ModeratePage.js';
import { at, campFixture, MODERATOR_VIEWER, sessionFixture } from '../../support/camp-fixture.js';
import { connectWithSnapshot } from '../../support/connect.js';
import { commandMessage } from '../../support/fake-socket.js';
import { renderWithAlerts } from '../../support/render.js';
import { moderatorUser, PAGE_TEST } from './moderator-user.js';

const gamma = sessionFixture('s-gamma', 'Gamma', { placement: at('r1', 'd1s3') });

function openDay() {
  const server = connectWithSnapshot(campFixture({ sessions: [gamma] }), MODERATOR_VIEWER);
  renderWithAlerts(<ModeratePage />);
  return server;
}

const day = () => screen.getByRole('region', { name: 'Änderungen am Tag' });

describe('changes during the day', PAGE_TEST, () => {
  it('shifts a slot and every later one by 15 minutes', async () => {
    const server = openDay();
    const user = moderatorUser();
    await user.click(within(day()).getByRole('button', { name: '14:00–14:45 15 Minuten später' }));
    expect(commandMessage(server.socket.next('slot:shift')).payload).toEqual({
      slotId: 'd1s6',
      minutes: 15,
    });
    expect(screen.getByRole('button', { name: 'Raum 1, 14:15' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Raum 1, 15:15' })).toBeInTheDocument();
    // Earlier slots stay.
    expect(screen.getByRole('button', { name: 'Gamma, Raum 1, 11:15' })).toBeInTheDocument();
  });

  it('marks a room full', async () => {
    const server = openDay();
    const user = moderatorUser();
    await user.click(within(day()).getByLabelText('Raum 2 ist voll'));
    expect(commandMessage(server.socket.next('room:mark-full')).payload).toEqual({
      roomId: 'r2',
      full: true,
    });
    expect(within(day()).getByLabelText('Raum 2 ist voll')).toBeChecked();
  });

  it('publishes the schedule once', async () => {
    const server = openDay();
    const user = moderatorUser();
    expect(day()).toHaveTextContent('Planung läuft');
    await user.click(within(day()).getByRole('button', { name: 'Programm veröffentlichen' }));
    expect(commandMessage(server.socket.next('schedule:publish')).payload).toEqual({});
    expect(day()).toHaveTextContent('Veröffentlicht');
    expect(within(day()).queryByRole('button', { name: 'Programm veröffentlichen' })).toBeNull();
  });

  it('cancels the held session with a reason, and restores it', async () => {
    const server = openDay();
    const user = moderatorUser();
    await user.click(screen.getByRole('button', { name: 'Gamma, Raum 1, 11:15' }));
    const panel = screen.getByRole('region', { name: 'Einstellungen für „Gamma“' });
    await user.type(within(panel).getByLabelText('Grund der Absage'), 'Host ist krank');
    await user.click(within(panel).getByRole('button', { name: 'Session absagen' }));
    expect(commandMessage(server.socket.next('session:cancel')).payload).toEqual({
      sessionId: 's-gamma',
      reason: 'Host ist krank',
    });
    expect(panel).toHaveTextContent('Abgesagt: Host ist krank');
    expect(
      screen.getByRole('button', { name: 'Gamma, Raum 1, 11:15' }).closest('td'),
    ).toHaveTextContent('abgesagt');
    await user.click(within(panel).getByRole('button', { name: 'Absage zurücknehmen' }));
    expect(commandMessage(server.socket.next('session:restore')).payload).toEqual({
      sessionId: 's-gamma',
    });
  });

  it('pins the held session and limits its times', async () => {
    const server = openDay();
    const user = moderatorUser();
    await user.click(screen.getByRole('button', { name: 'Gamma, Raum 1, 11:15' }));
    const panel = screen.getByRole('region', { name: 'Einstellungen für „Gamma“' });
    await user.click(within(panel).getByLabelText(/Angepinnt/));
    expect(commandMessage(server.socket.next('session:configure')).payload).toEqual({
      sessionId: 's-gamma',
      pinned: true,
    });
    await user.click(within(panel).getByLabelText('10:15–11:00'));
    const [, limited] = server.socket.unanswered('session:configure');
    if (limited === undefined) throw new Error('no second session:configure');
    expect(commandMessage(limited).payload).toEqual({
      sessionId: 's-gamma',
      allowedSlotIds: ['d1s2'],
    });
    // Now outside its allowed time: a warning, not a block.
    expect(screen.getByRole('region', { name: '1 Hinweis zum Raster' })).toHaveTextContent(
      '„Gamma“ liegt außerhalb der erlaubten Zeiten (10:15–11:00).',
    );
  });
});
