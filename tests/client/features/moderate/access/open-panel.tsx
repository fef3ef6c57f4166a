import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AccessPanel } from '../../../../../client/src/features/moderate/access/AccessPanel.js';
import { selectVisible, useCampStore } from '../../../../../client/src/store/index.js';
import { campFixture, MODERATOR_VIEWER, SLUG } from '../../../support/camp-fixture.js';
import { type Connected, connectWithSnapshot } from '../../../support/connect.js';
import { renderWithAlerts } from '../../../support/render.js';

export const moderatorKey = `campgrid.moderator.${SLUG}`;

/** The panel as the moderator page shows it: with the camp as the store sees it now. */
function LivePanel() {
  const camp = useCampStore(selectVisible);
  return camp === null ? null : <AccessPanel camp={camp} />;
}

/** The access panel of a moderator holding `token`, opened. */
export async function openAccessPanel(token: string): Promise<Connected> {
  window.localStorage.setItem(moderatorKey, token);
  const server = connectWithSnapshot(campFixture({ version: 3 }), MODERATOR_VIEWER, { token });
  renderWithAlerts(<LivePanel />);
  await userEvent.setup().click(screen.getByRole('button', { name: 'Zugang & Daten zeigen' }));
  return server;
}
