import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ModeratePage } from '../../../../client/src/features/moderate/ModeratePage.js';
import { campFixture, MODERATOR_VIEWER, sessionFixture } from '../../support/camp-fixture.js';
import { connectWithSnapshot } from '../../support/connect.js';
import { commandMessage } from '../../support/fake-socket.js';
import { renderWithAlerts } from '../../support/render.js';
import { moderatorUser, PAGE_TEST } from './moderator-user.js';

const sessions = ['A', 'B', 'C'].map((title) =>
  sessionFixture(`s-${title.toLowerCase()}`, title, { voteCount: 3 }),
);

function openRound() {
  const server = connectWithSnapshot(
    campFixture({ sessions, queue: ['s-a', 's-b', 's-c'] }),
    MODERATOR_VIEWER,
  );
  renderWithAlerts(<ModeratePage />);
  return server;
}

const round = () => screen.getByRole('region', { name: 'Pitch-Runde' });
const queueOrder = () =>
  within(round())
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.pitch-title')?.textContent);

describe('the planning round', PAGE_TEST, () => {
  it('calls the head of the queue into the spotlight', async () => {
    const server = openRound();
    const user = moderatorUser();
    expect(round()).toHaveTextContent('Gerade pitcht niemand.');
    expect(queueOrder()).toEqual(['A', 'B', 'C']);

    await user.click(within(round()).getByRole('button', { name: 'Nächster Pitch' }));

    expect(commandMessage(server.socket.next('spotlight:set')).payload).toEqual({
      sessionId: 's-a',
    });
    expect(round()).toHaveTextContent('Jetzt im PitchA3 würden hingehen');
    expect(queueOrder()).toEqual(['B', 'C']);
  });

  it('reorders and skips', async () => {
    const server = openRound();
    const user = moderatorUser();
    expect(within(round()).getByRole('button', { name: '„A“ nach oben' })).toBeDisabled();
    await user.click(within(round()).getByRole('button', { name: '„A“ nach unten' }));
    expect(commandMessage(server.socket.next('queue:reorder')).payload).toEqual({
      sessionIds: ['s-b', 's-a', 's-c'],
    });
    expect(queueOrder()).toEqual(['B', 'A', 'C']);

    await user.click(within(round()).getByRole('button', { name: '„C“ überspringen' }));
    expect(commandMessage(server.socket.next('queue:leave')).payload).toEqual({
      sessionId: 's-c',
    });
    expect(queueOrder()).toEqual(['B', 'A']);
  });

  it('takes a counted show of hands for the pitch in the spotlight', async () => {
    const server = connectWithSnapshot(
      campFixture({ sessions, spotlight: 's-b' }),
      MODERATOR_VIEWER,
    );
    renderWithAlerts(<ModeratePage />);
    const user = moderatorUser();
    await user.type(within(round()).getByLabelText('Gezählte Hände für „B“'), '17');
    await user.click(within(round()).getByRole('button', { name: 'Hände speichern' }));
    expect(commandMessage(server.socket.next('session:count-hands')).payload).toEqual({
      sessionId: 's-b',
      count: 17,
    });
    expect(screen.getByRole('button', { name: 'B auswählen' }).closest('li')).toHaveTextContent(
      '17 Hände',
    );

    await user.click(within(round()).getByRole('button', { name: 'Pitch beenden' }));
    expect(commandMessage(server.socket.next('spotlight:set')).payload).toEqual({
      sessionId: null,
    });
  });
});
