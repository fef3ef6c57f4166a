import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fetchCamp } from './helpers/api.js';
import {
  DESKTOP,
  LIVE,
  newContext,
  newPage,
  PHONE,
  pathnameOf,
  useAppAndBrowser,
  waitUntilConnected,
} from './helpers/harness.js';
import { recordForeignRequests, scrollsHorizontally } from './helpers/page-checks.js';
import { repoRoot } from './helpers/repo.js';

const DEMO_SLUG = 'nextcamp-demo';
const DEMO_TITLE = 'NExTcamp Demo';
/** The server prints the demo's moderator link once, when it creates the camp. */
const DEMO_MODERATOR_LINK = /\/c\/nextcamp-demo\/moderate#key=[A-Za-z0-9_-]+/;
/** The README's picture; rewritten only on request, so test runs leave the tree clean. */
const GRID_SCREENSHOT = join(repoRoot, 'docs', 'images', 'grid.png');

const running = useAppAndBrowser({ demo: true, logLevel: 'info' });

async function demoCamp(baseUrl: string) {
  const camp = await fetchCamp(baseUrl, DEMO_SLUG);
  const roomName = new Map(camp.rooms.map((room) => [room.id, room.name]));
  const slotStart = new Map(camp.slots.map((slot) => [slot.id, slot.start]));
  const placed = camp.sessions.flatMap(({ title, placement }) =>
    placement === null
      ? []
      : [{ title, room: roomName.get(placement.roomId), start: slotStart.get(placement.slotId) }],
  );
  const unplaced = camp.sessions.filter((session) => session.placement === null);
  return { camp, placed, unplaced };
}

describe('the demo camp', () => {
  it('is linked from the start page and fills a phone-sized schedule', async () => {
    const { app, browser } = running();
    const { camp, placed, unplaced } = await demoCamp(app.baseUrl);
    expect(camp.title).toBe(DEMO_TITLE);
    expect(placed.length).toBeGreaterThan(0);
    expect(unplaced.length).toBeGreaterThan(0);

    const context = await newContext(browser, PHONE);
    const foreignRequests = recordForeignRequests(context, app.baseUrl);
    try {
      const { page, errors } = await newPage(context);
      await page.goto(`${app.baseUrl}/`);
      await page.getByRole('link', { name: 'Demo ansehen' }).click();
      await page.waitForURL((url) => pathnameOf(url) === `/c/${DEMO_SLUG}`);
      await page.getByRole('heading', { level: 1, name: DEMO_TITLE }).waitFor();
      for (const session of placed) {
        await page
          .getByRole('listitem')
          .filter({ hasText: session.title })
          .filter({ hasText: session.room ?? '?' })
          .first()
          .waitFor();
      }
      expect(await scrollsHorizontally(page), 'sideways scrolling at 360 px').toBe(false);
      expect(errors, 'uncaught errors in the page').toEqual([]);
      expect(foreignRequests, 'requests to third-party hosts').toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("shows the moderator the demo's grid and its unplaced pitches", async () => {
    const { app, browser } = running();
    await expect.poll(() => DEMO_MODERATOR_LINK.test(app.output()), LIVE).toBe(true);
    const link = app.output().match(DEMO_MODERATOR_LINK)?.[0] ?? '';
    const { placed, unplaced } = await demoCamp(app.baseUrl);

    const context = await newContext(browser, DESKTOP);
    const foreignRequests = recordForeignRequests(context, app.baseUrl);
    try {
      const { page, errors } = await newPage(context);
      await page.goto(`${app.baseUrl}${link}`);
      await waitUntilConnected(page);
      for (const { title, room, start } of placed) {
        const name = `${title}, ${room}, ${start}`;
        await page.getByRole('button', { name, exact: true }).waitFor();
      }
      for (const { title } of unplaced) {
        await page.getByRole('button', { name: `${title} auswählen`, exact: true }).waitFor();
      }
      expect(errors, 'uncaught errors in the page').toEqual([]);
      expect(foreignRequests, 'requests to third-party hosts').toEqual([]);

      if (process.env.UPDATE_SCREENSHOTS === '1') {
        // From the top of the page down to the grid's last row: the list, the grid, no set-up.
        const grid = await page.getByRole('table').first().boundingBox();
        if (grid === null) throw new Error('the grid is not rendered');
        await mkdir(dirname(GRID_SCREENSHOT), { recursive: true });
        await page.screenshot({
          path: GRID_SCREENSHOT,
          fullPage: true,
          clip: { x: 0, y: 0, width: DESKTOP.width, height: Math.ceil(grid.y + grid.height + 16) },
        });
      }
    } finally {
      await context.close();
    }
  });
});
