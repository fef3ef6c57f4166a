import { describe, expect, it } from 'vitest';
import { fetchCamp } from './helpers/api.js';
import { DESKTOP, newContext, newPage, useAppAndBrowser } from './helpers/harness.js';
import { recordForeignRequests } from './helpers/page-checks.js';

const CAMP_TITLE = 'NExTcamp Testlauf';

const running = useAppAndBrowser();

describe('the start page', () => {
  it('creates a camp and shows its secret moderator link', async () => {
    const { app, browser } = running();
    const context = await newContext(browser, DESKTOP);
    const foreignRequests = recordForeignRequests(context, app.baseUrl);
    try {
      const { page, errors } = await newPage(context);

      await page.goto(`${app.baseUrl}/`);
      await page.getByRole('heading', { name: 'campgrid' }).waitFor();
      const demoHref = await page.getByRole('link', { name: 'Demo ansehen' }).getAttribute('href');
      expect(demoHref).toMatch(/\/c\/nextcamp-demo$/);

      await page.getByLabel('Titel des Camps').fill(CAMP_TITLE);
      await page.getByRole('button', { name: 'Camp anlegen' }).click();

      const moderatorLink = page.getByLabel('Moderationslink');
      await moderatorLink.waitFor();
      expect(await moderatorLink.isEditable()).toBe(false);
      const moderatorUrl = new URL(await moderatorLink.inputValue());
      expect(moderatorUrl.hash).toMatch(/^#key=.+/);
      await page.getByRole('button', { name: 'Moderationslink kopieren' }).waitFor();

      const participantLink = page.getByLabel('Teilnahmelink');
      expect(await participantLink.isEditable()).toBe(false);
      const participantUrl = new URL(await participantLink.inputValue());
      await page.getByRole('button', { name: 'Teilnahmelink kopieren' }).waitFor();

      // Both links lead into the camp the server stored under this title.
      const slug = moderatorUrl.pathname.match(/^\/c\/([^/]+)\/moderate\/?$/)?.[1];
      expect(slug).toBeTruthy();
      expect(participantUrl.pathname.startsWith(`/c/${slug}`)).toBe(true);
      expect((await fetchCamp(app.baseUrl, slug ?? '')).title).toBe(CAMP_TITLE);

      expect(errors, 'uncaught errors in the page').toEqual([]);
      expect(foreignRequests, 'requests to third-party hosts').toEqual([]);
    } finally {
      await context.close();
    }
  });
});
