import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ModeratePage } from '../../../../client/src/features/moderate/ModeratePage.js';
import { campFixture, MODERATOR_VIEWER } from '../../support/camp-fixture.js';
import { connectWithSnapshot } from '../../support/connect.js';
import { commandMessage } from '../../support/fake-socket.js';
import { renderWithAlerts } from '../../support/render.js';
import { moderatorUser, PAGE_TEST } from './moderator-user.js';

describe('the voting rules', PAGE_TEST, () => {
  it('switches each rule with camp:update', async () => {
    const server = connectWithSnapshot(campFixture(), MODERATOR_VIEWER);
    renderWithAlerts(<ModeratePage />);
    const user = moderatorUser();
    const selfVote = screen.getByLabelText('Für eigene Sessions abstimmen erlaubt');
    expect(selfVote).toBeChecked();
    await user.click(selfVote);
    expect(commandMessage(server.socket.next('camp:update')).payload).toEqual({
      settings: { allowSelfVote: false },
    });
    expect(selfVote).not.toBeChecked();

    await user.click(screen.getByLabelText('Stimmenzahlen bis zum Ende der Abstimmung verbergen'));
    await user.click(
      screen.getByLabelText('Sessions in zufälliger Reihenfolge zeigen, für jede Person anders'),
    );
    const [, hide, shuffle] = server.socket.unanswered('camp:update');
    if (hide === undefined || shuffle === undefined) throw new Error('missing camp:update');
    expect(commandMessage(hide).payload).toEqual({ settings: { hideVoteCounts: true } });
    expect(commandMessage(shuffle).payload).toEqual({ settings: { shuffleVotingList: true } });
  });
});
