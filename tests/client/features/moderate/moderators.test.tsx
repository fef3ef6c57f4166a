import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ModeratePage } from '../../../../client/src/features/moderate/ModeratePage.js';
import { at, campFixture, MODERATOR_VIEWER, sessionFixture } from '../../support/camp-fixture.js';
import { type Connected, connectWithSnapshot } from '../../support/connect.js';
import { commandMessage } from '../../support/fake-socket.js';
import { asServer, renderWithAlerts } from '../../support/render.js';
import { moderatorUser, PAGE_TEST } from './moderator-user.js';

const alpha = sessionFixture('s-alpha', 'Alpha', { voteCount: 1 });
const gamma = sessionFixture('s-gamma', 'Gamma', { placement: at('r1', 'd1s2') });

function openGrid(): Connected {
  const server = connectWithSnapshot(
    campFixture({ version: 5, sessions: [alpha, gamma] }),
    MODERATOR_VIEWER,
  );
  renderWithAlerts(<ModeratePage />);
  return server;
}

const button = (name: string) => screen.getByRole('button', { name });
const presenceUpdates = (server: Connected) =>
  server.socket.sent
    .filter((message) => message.eventName === 'presence:update')
    .map((message) => message.payload);

describe('presence', PAGE_TEST, () => {
  it('tells the server what this moderator holds', async () => {
    const server = openGrid();
    const user = moderatorUser();
    expect(presenceUpdates(server)).toEqual([{ pickedSessionId: null }]);
    await user.click(button('Alpha auswählen'));
    await user.click(button('Alpha auswählen'));
    expect(presenceUpdates(server)).toEqual([
      { pickedSessionId: null },
      { pickedSessionId: 's-alpha' },
      { pickedSessionId: null },
    ]);
  });

  it('shows who else is moderating and what each holds', () => {
    const server = openGrid();
    const presence = () => screen.getByRole('region', { name: 'Gerade in der Moderation' });
    expect(presence()).toHaveTextContent('Du moderierst gerade allein.');
    asServer(() =>
      server.socket.broadcast('presence:changed', {
        moderators: [
          { connectionId: 'fake-connection', label: 'Moderation', pickedSessionId: null },
          { connectionId: 'other', label: 'Team Nord', pickedSessionId: 's-gamma' },
        ],
      }),
    );
    const lines = within(presence())
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(lines).toEqual(['Moderation (du): hält nichts', 'Team Nord: hält „Gamma“']);
    const cell = button('Gamma, Raum 1, 10:15').closest('td');
    expect(cell).toHaveTextContent('Gerade bei Team Nord');
  });

  it('forgets the others when the connection drops', () => {
    const server = openGrid();
    asServer(() =>
      server.socket.broadcast('presence:changed', {
        moderators: [
          { connectionId: 'fake-connection', label: 'Moderation', pickedSessionId: null },
          { connectionId: 'other', label: 'Moderation', pickedSessionId: null },
        ],
      }),
    );
    asServer(() => server.socket.drop());
    expect(screen.getByRole('region', { name: 'Gerade in der Moderation' })).toHaveTextContent(
      'Du moderierst gerade allein.',
    );
  });
});

describe('undo and redo', PAGE_TEST, () => {
  it('undoes a placement with a new command that expects the placement it made', async () => {
    const server = openGrid();
    const user = moderatorUser();
    expect(button('Rückgängig')).toBeDisabled();
    await user.click(button('Alpha auswählen'));
    await user.click(button('Raum 2, 11:15'));

    await user.click(button('Rückgängig'));
    const [, undo] = server.socket.sent.filter((message) =>
      message.eventName.startsWith('session:'),
    );
    if (undo === undefined) throw new Error('no undo sent');
    expect(undo.eventName).toBe('session:unplace');
    expect(commandMessage(undo).payload).toEqual({
      sessionId: 's-alpha',
      expected: { roomId: 'r2', slotId: 'd1s3' },
    });
    expect(button('Alpha auswählen')).toBeInTheDocument();

    await user.click(button('Wiederholen'));
    const redo = server.socket.sent.at(-1);
    if (redo === undefined) throw new Error('no redo sent');
    expect(redo.eventName).toBe('session:place');
    expect(commandMessage(redo).payload).toEqual({
      sessionId: 's-alpha',
      placement: { roomId: 'r2', slotId: 'd1s3' },
      expected: null,
    });
    expect(button('Alpha, Raum 2, 11:15')).toBeInTheDocument();
  });

  it('moves a moved session back with Ctrl+Z', async () => {
    const server = openGrid();
    const user = moderatorUser();
    await user.click(button('Gamma, Raum 1, 10:15'));
    await user.click(button('Raum 2, 14:00'));
    await user.keyboard('{Control>}z{/Control}');
    const undo = server.socket.sent.at(-1);
    if (undo === undefined) throw new Error('no undo sent');
    expect(commandMessage(undo).payload).toEqual({
      sessionId: 's-gamma',
      placement: { roomId: 'r1', slotId: 'd1s2' },
      expected: { roomId: 'r2', slotId: 'd1s6' },
    });
    expect(button('Gamma, Raum 1, 10:15')).toBeInTheDocument();
  });

  it('refuses to undo what someone else has changed since', async () => {
    const server = openGrid();
    const user = moderatorUser();
    await user.click(button('Gamma, Raum 1, 10:15'));
    await user.click(button('Raum 2, 14:00'));
    const move = server.socket.next('session:place');
    asServer(() => {
      move.reply({
        ok: true,
        version: 6,
        duplicate: false,
        events: [
          {
            type: 'session:placed',
            sessionId: 's-gamma',
            placement: at('r2', 'd1s6'),
            previous: at('r1', 'd1s2'),
          },
        ],
      });
      server.socket.broadcast('session:placed', {
        version: 7,
        at: 1,
        event: {
          type: 'session:placed',
          sessionId: 's-gamma',
          placement: at('r1', 'd1s7'),
          previous: at('r2', 'd1s6'),
        },
      });
    });
    const sentBefore = server.socket.sent.length;
    await user.click(button('Rückgängig'));
    expect(server.socket.sent).toHaveLength(sentBefore);
    expect(screen.getByRole('alert')).toHaveTextContent('Jemand anderes hat das gerade geändert.');
    expect(button('Gamma, Raum 1, 15:00')).toBeInTheDocument();
    expect(button('Rückgängig')).toBeDisabled();
  });
});

describe('the change history', PAGE_TEST, () => {
  it('loads who changed what, and when', async () => {
    const server = openGrid();
    const user = moderatorUser();
    await user.click(button('Verlauf laden'));
    expect(server.socket.next('history:list').payload).toEqual({ limit: 30 });
    asServer(() =>
      server.socket.next('history:list').reply({
        ok: true,
        entries: [
          {
            version: 5,
            at: Date.UTC(2026, 10, 28, 9, 30),
            actorLabel: 'Moderation',
            actorRole: 'moderator',
            events: [
              {
                type: 'session:placed',
                sessionId: 's-gamma',
                placement: at('r1', 'd1s2'),
                previous: null,
              },
            ],
          },
          {
            version: 4,
            at: Date.UTC(2026, 10, 28, 9, 20),
            actorLabel: 'Teilnehmende',
            actorRole: 'participant',
            events: [{ type: 'vote:cast', sessionId: 's-alpha' }],
          },
        ],
      }),
    );
    const history = screen.getByRole('region', { name: 'Änderungsverlauf' });
    const items = await within(history).findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      '10:30Moderation: „Gamma“ nach Raum 1, 10:15–11:00',
      '10:20Teilnehmende: Interesse an „Alpha“',
    ]);
  });
});
