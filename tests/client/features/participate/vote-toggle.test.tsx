import { ballotsFrom, DEFAULT_CAMP_SETTINGS } from '@campgrid/shared';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SessionList } from '../../../../client/src/features/participate/SessionList.js';
import { actorOf, useCampStore } from '../../../../client/src/store/index.js';
import { campFixture, PARTICIPANT, sessionFixture } from '../../support/camp-fixture.js';
import { type Connected, connectWithSnapshot } from '../../support/connect.js';
import { commandMessage } from '../../support/fake-socket.js';
import { asServer, renderWithAlerts } from '../../support/render.js';

const alpha = sessionFixture('s-alpha', 'Alpha', { voteCount: 2 });

function LiveSessionList() {
  const camp = useCampStore((store) => store.board.visible);
  const viewer = useCampStore((store) => store.connection.viewer);
  return camp ? <SessionList camp={camp} actor={actorOf(viewer)} /> : null;
}

function openList(changes: Parameters<typeof campFixture>[0] = {}): Connected {
  const server = connectWithSnapshot(campFixture({ sessions: [alpha], ...changes }), PARTICIPANT);
  renderWithAlerts(<LiveSessionList />);
  return server;
}

const toggle = () => screen.getByRole('button', { name: 'Interesse: Alpha' });
const card = () => screen.getByRole('article', { name: 'Alpha' });

describe('the vote toggle', () => {
  it('counts the vote at once, before the server has answered', async () => {
    const server = openList();
    const user = userEvent.setup();
    expect(toggle()).toHaveAttribute('aria-pressed', 'false');
    expect(within(card()).getByText('2 Stimmen')).toBeInTheDocument();

    await user.click(toggle());

    expect(toggle()).toHaveAttribute('aria-pressed', 'true');
    expect(within(card()).getByText('3 Stimmen')).toBeInTheDocument();
    const sent = server.socket.next('vote:cast');
    expect(commandMessage(sent).payload).toEqual({ sessionId: 's-alpha' });

    asServer(() =>
      sent.reply({
        ok: true,
        version: 2,
        events: [{ type: 'vote:cast', sessionId: 's-alpha', participantId: 'p-ada' }],
        duplicate: false,
      }),
    );
    expect(toggle()).toHaveAttribute('aria-pressed', 'true');
    expect(within(card()).getByText('3 Stimmen')).toBeInTheDocument();
  });

  it('rolls back and says why when the server refuses the vote', async () => {
    const server = openList();
    const user = userEvent.setup();
    await user.click(toggle());
    asServer(() =>
      server.socket
        .next('vote:cast')
        .reply({ ok: false, code: 'VOTE_LIMIT', message: 'You have used all 3 of your votes.' }),
    );
    expect(toggle()).toHaveAttribute('aria-pressed', 'false');
    expect(within(card()).getByText('2 Stimmen')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Du hast alle deine Stimmen vergeben.');
  });

  it('takes a vote back', async () => {
    const server = openList({
      sessions: [{ ...alpha, voteCount: 3 }],
      ballots: ballotsFrom([['p-ada', ['s-alpha']]]),
    });
    const user = userEvent.setup();
    expect(toggle()).toHaveAttribute('aria-pressed', 'true');
    await user.click(toggle());
    expect(toggle()).toHaveAttribute('aria-pressed', 'false');
    expect(within(card()).getByText('2 Stimmen')).toBeInTheDocument();
    expect(commandMessage(server.socket.next('vote:retract')).payload).toEqual({
      sessionId: 's-alpha',
    });
  });

  it('shows the refusal of a closed vote without sending anything', async () => {
    const server = openList({ phases: { pitching: true, voting: false } });
    const user = userEvent.setup();
    await user.click(toggle());
    expect(toggle()).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('alert')).toHaveTextContent('Diese Phase ist geschlossen.');
    expect(server.socket.unanswered('vote:cast')).toHaveLength(0);
  });

  it('enforces the camp’s vote limit already on the phone', async () => {
    const beta = sessionFixture('s-beta', 'Beta', { voteCount: 1 });
    const server = openList({
      sessions: [alpha, beta],
      settings: { ...DEFAULT_CAMP_SETTINGS, votesPerParticipant: 1 },
      ballots: ballotsFrom([['p-ada', ['s-beta']]]),
    });
    const user = userEvent.setup();
    await user.click(toggle());
    expect(toggle()).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('alert')).toHaveTextContent('Du hast alle deine Stimmen vergeben.');
    expect(server.socket.unanswered('vote:cast')).toHaveLength(0);
  });

  it('shows other people’s votes as they come in', () => {
    const server = openList();
    asServer(() =>
      server.socket.broadcast('vote:cast', {
        version: 2,
        at: 1,
        event: { type: 'vote:cast', sessionId: 's-alpha' },
      }),
    );
    expect(within(card()).getByText('3 Stimmen')).toBeInTheDocument();
    expect(toggle()).toHaveAttribute('aria-pressed', 'false');
  });
});
