import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';

/**
 * The moderator view is a big page, and user-event's pointer-events check walks every ancestor's
 * computed style on each step, which jsdom computes slowly. The page sets no pointer-events
 * anywhere (and jsdom loads no stylesheets), so the check can only cost time here.
 */
export function moderatorUser() {
  return userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
}

/** Room for a loaded machine: every step re-renders the whole moderator page. */
export const PAGE_TEST = { timeout: 20_000 };
