import { describe, expect, it } from 'vitest';
import { appUrl } from './helpers/api.js';
import {
  DESKTOP,
  LIVE,
  newContext,
  newPage,
  PHONE,
  useAppAndBrowser,
  waitUntilConnected,
} from './helpers/harness.js';
import { publishedCamp, SESSIONS } from './helpers/published-camp.js';

const running = useAppAndBrowser();
const JOIN_CODE = 'Sommer-2026';
const [openData] = SESSIONS;

/** An HTTP call with the camp's main moderator link; throws unless the status is `expected`. */
async function asModerator(
  baseUrl: string,
  token: string,
  path: string,
  init: { method: string; body?: unknown },
  expected = 200,
): Promise<unknown> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: init.method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const body: unknown = await response.json().catch(() => null);
  if (response.status !== expected) {
    throw new Error(`${init.method} ${path}: ${response.status} ${JSON.stringify(body)}`);
  }
  return body;
}

describe('private camps and ended links in the browser', () => {
  it('asks a visitor for the join code, refuses a wrong one and opens with the right one', async () => {
    const { app, browser } = running();
    const camp = await publishedCamp(app.baseUrl, 'Privates Camp');
    const { slug, moderatorToken } = camp.camp;
    await asModerator(app.baseUrl, moderatorToken, `/api/camps/${slug}/join-code`, {
      method: 'PUT',
      body: { code: JOIN_CODE },
    });
    await camp.command('camp:update', { settings: { visibility: 'private' } });
    camp.close();

    const context = await newContext(browser, PHONE);
    try {
      const { page, errors } = await newPage(context);
      await page.goto(`${app.baseUrl}/c/${slug}`);
      await page.getByRole('heading', { level: 1, name: 'Dieses Camp ist privat' }).waitFor();
      const field = page.getByLabel('Beitrittscode');
      expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);

      await field.fill('winter-2025');
      await page.getByRole('button', { name: 'Camp öffnen' }).click();
      await page.getByText('Dieser Beitrittscode stimmt nicht.', { exact: false }).waitFor();
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      const kept = () =>
        page.evaluate((key) => localStorage.getItem(key), `campgrid.joincode.${slug}`);
      expect(await kept()).toBeNull();

      await field.fill(JOIN_CODE);
      await page.getByRole('button', { name: 'Camp öffnen' }).click();
      await waitUntilConnected(page);
      await page.getByRole('heading', { level: 1, name: 'Privates Camp' }).waitFor();
      await page.getByRole('link', { name: openData.title }).first().waitFor();
      expect(await kept()).toBe(JOIN_CODE);

      // The next visit opens straight away: the browser kept the code for this camp.
      await page.reload();
      await waitUntilConnected(page);
      await page.getByRole('link', { name: openData.title }).first().waitFor();
      expect(await page.getByLabel('Beitrittscode').count()).toBe(0);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('tells a co-moderator’s open tab at once that its revoked link no longer works', async () => {
    const { app, browser } = running();
    const camp = await publishedCamp(app.baseUrl, 'Camp mit Co-Moderation');
    camp.close();
    const { slug, moderatorToken } = camp.camp;
    const invited = (await asModerator(
      app.baseUrl,
      moderatorToken,
      `/api/camps/${slug}/co-moderators`,
      { method: 'POST', body: { label: 'Team Raum 2' } },
      201,
    )) as { id: string; link: string };

    const context = await newContext(browser, DESKTOP);
    try {
      const { page, errors } = await newPage(context);
      await page.goto(appUrl(app.baseUrl, invited.link));
      await waitUntilConnected(page);
      await page.getByRole('heading', { level: 1, name: 'Camp mit Co-Moderation' }).waitFor();
      const kept = () =>
        page.evaluate((key) => localStorage.getItem(key), `campgrid.moderator.${slug}`);
      expect(await kept()).toBeTruthy();

      await asModerator(
        app.baseUrl,
        moderatorToken,
        `/api/camps/${slug}/co-moderators/${invited.id}`,
        {
          method: 'DELETE',
        },
      );

      await page
        .getByRole('heading', { level: 1, name: 'Dieser Link gilt nicht mehr' })
        .waitFor({ timeout: LIVE.timeout });
      await page
        .getByText('Die Moderation hat ihn ersetzt oder zurückgezogen', { exact: false })
        .waitFor();
      expect(await kept()).toBeNull();
      expect(errors, 'uncaught errors in the page').toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('forgets a deleted camp in the browser and says so on the start page', async () => {
    const { app, browser } = running();
    const camp = await publishedCamp(app.baseUrl, 'Camp zum Löschen');
    camp.close();
    const { slug, links } = camp.camp;
    const context = await newContext(browser, DESKTOP);
    try {
      const { page, errors } = await newPage(context);
      await page.goto(appUrl(app.baseUrl, links.moderator));
      await waitUntilConnected(page);
      await page.getByRole('heading', { level: 1, name: 'Camp zum Löschen' }).waitFor();
      await page.evaluate(
        (key) => localStorage.setItem(key, 'sommer-2026'),
        `campgrid.joincode.${slug}`,
      );

      await page.getByRole('button', { name: 'Zugang & Daten zeigen' }).click();
      const deletion = page.getByRole('region', { name: 'Camp löschen' });
      await deletion
        .getByLabel('Tippe zur Bestätigung den Titel des Camps ein: Camp zum Löschen')
        .fill('Camp zum Löschen');
      await deletion.getByRole('button', { name: 'Camp endgültig löschen' }).click();

      await page.getByText('Das Camp „Camp zum Löschen“ ist gelöscht.', { exact: false }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
      const left = await page.evaluate(
        (suffix) => Object.keys(localStorage).filter((key) => key.endsWith(suffix)),
        `.${slug}`,
      );
      expect(left).toEqual([]);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    } finally {
      await context.close();
    }
  });
});
