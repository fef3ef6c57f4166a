import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ModeratePage } from '../../../../client/src/features/moderate/ModeratePage.js';
import { at, campFixture, MODERATOR_VIEWER, sessionFixture } from '../../support/camp-fixture.js';
import { connectWithSnapshot } from '../../support/connect.js';
import { commandMessage } from '../../support/fake-socket.js';
import { asServer, renderWithAlerts } from '../../support/render.js';
import { moderatorUser, PAGE_TEST } from './moderator-user.js';

const placed = sessionFixture('s-placed', 'Placed', { placement: at('r1', 'd1s2'), voteCount: 2 });
const popular = sessionFixture('s-popular', 'Popular', { voteCount: 9 });
const quiet = sessionFixture('s-quiet', 'Quiet', { voteCount: 1 });

function openPlanner(version = 7) {
  const server = connectWithSnapshot(
    campFixture({ version, sessions: [placed, popular, quiet] }),
    MODERATOR_VIEWER,
  );
  renderWithAlerts(<ModeratePage />);
  return server;
}

const button = (name: string) => screen.getByRole('button', { name });

describe('suggesting a plan', PAGE_TEST, () => {
  it('previews the plan with its score and sends plan:apply on the version it was made on', async () => {
    const server = openPlanner();
    const user = moderatorUser();
    await user.click(button('Plan vorschlagen'));

    const preview = screen.getByRole('region', { name: 'Vorschlag' });
    expect(within(preview).getByRole('row', { name: /Überschneidungen/ })).toHaveTextContent(
      'Überschneidungen für Teilnehmende00',
    );
    expect(within(preview).getByText('Alle Sessions finden Platz.')).toBeInTheDocument();
    expect(within(preview).getAllByText('neu')).toHaveLength(2);
    expect(screen.getByText('2 Sessions bekommen einen neuen Platz.')).toBeInTheDocument();
    // Nothing is sent, and the grid is unchanged, until the moderator accepts.
    expect(server.socket.unanswered('plan:apply')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Popular auswählen' })).toBeInTheDocument();

    await user.click(button('Vorschlag übernehmen'));

    const { payload } = commandMessage(server.socket.next('plan:apply'));
    expect(payload).toMatchObject({ basedOnVersion: 7 });
    const placements = (payload as { placements: { sessionId: string }[] }).placements;
    expect(placements.map((entry) => entry.sessionId).sort()).toEqual(['s-popular', 's-quiet']);
    expect(screen.queryByRole('button', { name: 'Popular auswählen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Vorschlag' })).not.toBeInTheDocument();
  });

  it('keeps the placed sessions unless asked to re-place them', async () => {
    openPlanner();
    const user = moderatorUser();
    await user.click(button('Plan vorschlagen'));
    const preview = screen.getByRole('region', { name: 'Vorschlag' });
    const placedCell = within(preview).getByText('Placed').closest('td');
    expect(placedCell).not.toHaveClass('preview-placed');
    expect(within(preview).getByText('Popular').closest('td')).toHaveClass('preview-placed');
  });

  it('drops the suggestion on discard', async () => {
    const server = openPlanner();
    const user = moderatorUser();
    await user.click(button('Plan vorschlagen'));
    await user.click(button('Verwerfen'));
    expect(screen.queryByRole('region', { name: 'Vorschlag' })).not.toBeInTheDocument();
    expect(server.socket.unanswered('plan:apply')).toHaveLength(0);
  });

  it('says which sessions were left out when there are more than cells', async () => {
    const many = Array.from({ length: 11 }, (_, index) =>
      sessionFixture(`s-${index}`, `Session ${index}`, {
        voteCount: 20 - index,
        hosts: [{ name: `Host ${index}`, participantId: null }],
      }),
    );
    connectWithSnapshot(campFixture({ sessions: many }), MODERATOR_VIEWER);
    renderWithAlerts(<ModeratePage />);
    const user = moderatorUser();
    await user.click(button('Plan vorschlagen'));
    // Two rooms x five session slots: the least wanted one stays out.
    expect(screen.getByText('Kein Platz für: Session 10')).toBeInTheDocument();
  });

  it('asks for a new plan when the grid changed since it was made', async () => {
    const server = openPlanner();
    const user = moderatorUser();
    await user.click(button('Plan vorschlagen'));
    asServer(() =>
      server.socket.broadcast('session:placed', {
        version: 8,
        at: 1,
        event: {
          type: 'session:placed',
          sessionId: 's-quiet',
          placement: at('r2', 'd1s7'),
          previous: null,
        },
      }),
    );
    expect(screen.getByText(/Bitte lass den Plan neu vorschlagen/)).toBeInTheDocument();
    expect(button('Vorschlag übernehmen')).toBeDisabled();
    await user.click(button('Neu vorschlagen'));
    expect(button('Vorschlag übernehmen')).toBeEnabled();
  });

  it('asks for a new plan when the server refuses it as stale', async () => {
    const server = openPlanner();
    const user = moderatorUser();
    await user.click(button('Plan vorschlagen'));
    await user.click(button('Vorschlag übernehmen'));
    asServer(() =>
      server.socket.next('plan:apply').reply({
        ok: false,
        code: 'CONFLICT',
        message: 'The grid has changed since this plan was made.',
      }),
    );
    expect(screen.getByText(/Bitte lass den Plan neu vorschlagen/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Popular auswählen' })).toBeInTheDocument();
  });
});
