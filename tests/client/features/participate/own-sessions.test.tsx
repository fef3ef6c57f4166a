import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ParticipatePage } from '../../../../client/src/features/participate/ParticipatePage.js';
import { campFixture, PARTICIPANT, SLUG, sessionFixture } from '../../support/camp-fixture.js';
import { type Connected, connectWithSnapshot } from '../../support/connect.js';
import { commandMessage } from '../../support/fake-socket.js';
import { renderWithAlerts } from '../../support/render.js';

const mine = sessionFixture('s-mine', 'Meine Session', {
  hosts: [{ name: 'Ada', participantId: 'p-ada' }],
  tags: ['daten'],
});
const theirs = sessionFixture('s-theirs', 'Fremde Session');

function openPage(): Connected {
  window.localStorage.setItem(`campgrid.participant.${SLUG}`, 'secret-token');
  const server = connectWithSnapshot(campFixture({ sessions: [mine, theirs] }), PARTICIPANT);
  renderWithAlerts(<ParticipatePage slug={SLUG} />);
  return server;
}

const article = (title: string) => screen.getByRole('article', { name: title });

describe('own sessions', () => {
  it('offers editing and withdrawing only for the sessions one hosts', () => {
    openPage();
    expect(
      within(article('Meine Session')).getByRole('button', { name: 'Bearbeiten' }),
    ).toBeVisible();
    expect(
      within(article('Meine Session')).getByRole('button', { name: 'Zurückziehen' }),
    ).toBeVisible();
    expect(
      within(article('Fremde Session')).queryByRole('button', { name: 'Bearbeiten' }),
    ).toBeNull();
    expect(
      within(article('Fremde Session')).queryByRole('button', { name: 'Zurückziehen' }),
    ).toBeNull();
  });

  it('edits a session with session:update', async () => {
    const server = openPage();
    const user = userEvent.setup();
    await user.click(within(article('Meine Session')).getByRole('button', { name: 'Bearbeiten' }));
    const form = article('Meine Session');
    const title = within(form).getByLabelText('Titel');
    expect(title).toHaveValue('Meine Session');
    await user.clear(title);
    await user.type(title, 'Meine bessere Session');
    await user.click(within(form).getByRole('button', { name: 'Änderungen speichern' }));
    expect(commandMessage(server.socket.next('session:update')).payload).toEqual({
      sessionId: 's-mine',
      changes: {
        title: 'Meine bessere Session',
        description: '',
        hosts: ['Ada'],
        tags: ['daten'],
        format: 'discussion',
        language: 'de',
      },
    });
    expect(article('Meine bessere Session')).toBeInTheDocument();
  });

  it('withdraws a session after asking once more', async () => {
    const server = openPage();
    const user = userEvent.setup();
    await user.click(
      within(article('Meine Session')).getByRole('button', { name: 'Zurückziehen' }),
    );
    expect(server.socket.unanswered('session:withdraw')).toHaveLength(0);
    await user.click(
      within(article('Meine Session')).getByRole('button', { name: 'Ja, zurückziehen' }),
    );
    expect(commandMessage(server.socket.next('session:withdraw')).payload).toEqual({
      sessionId: 's-mine',
    });
    expect(screen.queryByRole('article', { name: 'Meine Session' })).toBeNull();
  });
});
