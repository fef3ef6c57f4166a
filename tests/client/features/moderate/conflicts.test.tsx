import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ModeratePage } from '../../../../client/src/features/moderate/ModeratePage.js';
import { at, campFixture, MODERATOR_VIEWER, sessionFixture } from '../../support/camp-fixture.js';
import { connectWithSnapshot } from '../../support/connect.js';
import { asServer, renderWithAlerts } from '../../support/render.js';
import { PAGE_TEST } from './moderator-user.js';

const grace = { name: 'Grace', participantId: null };

describe('grid conflicts', PAGE_TEST, () => {
  it('warns on the cell and in the list, and still lets the moderator act', () => {
    const crowded = sessionFixture('s-crowded', 'Crowded', {
      voteCount: 45,
      placement: at('r1', 'd1s2'),
    });
    const first = sessionFixture('s-first', 'First', {
      hosts: [grace],
      placement: at('r1', 'd1s3'),
    });
    const second = sessionFixture('s-second', 'Second', {
      hosts: [grace],
      placement: at('r2', 'd1s3'),
      needs: ['Beamer'],
    });
    const pinned = sessionFixture('s-pinned', 'Pinned', {
      placement: at('r2', 'd1s6'),
      allowedSlotIds: ['d1s2'],
    });
    connectWithSnapshot(
      campFixture({ sessions: [crowded, first, second, pinned] }),
      MODERATOR_VIEWER,
    );
    renderWithAlerts(<ModeratePage />);

    const list = screen.getByRole('region', { name: '4 Hinweise zum Raster' });
    const items = within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      '⚠ „Crowded“: 45 Interessierte, aber Raum 1 hat nur 30 Plätze. (Raum 1, 10:15–11:00)',
      '⚠ „First“ und „Second“ laufen gleichzeitig, beide mit Grace. (Raum 1, 11:15–12:00)',
      '⚠ „Second“ braucht Beamer; Raum 2 bietet das nicht. (Raum 2, 11:15–12:00)',
      '⚠ „Pinned“ liegt außerhalb der erlaubten Zeiten (10:15–11:00). (Raum 2, 14:00–14:45)',
    ]);
    const cell = screen.getByRole('button', { name: 'Crowded, Raum 1, 10:15' });
    expect(cell).toHaveAccessibleDescription(
      expect.stringContaining('„Crowded“: 45 Interessierte, aber Raum 1 hat nur 30 Plätze.'),
    );
    expect(
      screen.getByRole('button', { name: 'Second, Raum 2, 11:15' }),
    ).toHaveAccessibleDescription(expect.stringContaining('beide mit Grace'));
    // A warning never blocks: the cell stays a working button.
    expect(cell).toBeEnabled();
  });

  it('updates as the grid changes', () => {
    const crowded = sessionFixture('s-crowded', 'Crowded', { voteCount: 45 });
    const server = connectWithSnapshot(campFixture({ sessions: [crowded] }), MODERATOR_VIEWER);
    renderWithAlerts(<ModeratePage />);
    expect(screen.getByText('Keine Konflikte im Raster.')).toBeInTheDocument();
    asServer(() =>
      server.socket.broadcast('session:placed', {
        version: 2,
        at: 1,
        event: {
          type: 'session:placed',
          sessionId: 's-crowded',
          placement: at('r2', 'd1s4'),
          previous: null,
        },
      }),
    );
    expect(screen.getByRole('region', { name: '1 Hinweis zum Raster' })).toHaveTextContent(
      '45 Interessierte, aber Raum 2 hat nur 30 Plätze.',
    );
  });
});
