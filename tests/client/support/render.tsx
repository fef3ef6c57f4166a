import { act, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { AlertRegion } from '../../../client/src/ui/AlertRegion.js';

/** Renders a page part together with the alert region, where refusals appear. */
export function renderWithAlerts(element: ReactElement) {
  return render(
    <>
      {element}
      <AlertRegion />
    </>,
  );
}

/** The server's answers change the store outside React; act() lets React catch up. */
export function asServer(step: () => void): void {
  act(step);
}
