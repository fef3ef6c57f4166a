import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl } from './helpers/api.js';
import {
  DESKTOP,
  newPage,
  PHONE,
  useAppAndBrowser,
  waitUntilConnected,
} from './helpers/harness.js';
import { scrollsHorizontally } from './helpers/page-checks.js';
import { berlinTime, publishedCamp, SESSIONS } from './helpers/published-camp.js';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

declare global {
  interface Window {
    axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> };
  }
}

/** axe-core, loaded from node_modules into the page: every rule it runs by default. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const result = await page.evaluate(() => window.axe.run(document));
  return result.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

const running = useAppAndBrowser();

/** Like the harness's contexts, but axe's script may be injected past the app's strict CSP. */
function newContext(
  browser: Browser,
  viewport: { width: number; height: number },
): Promise<BrowserContext> {
  return browser.newContext({ viewport, locale: 'de-DE', bypassCSP: true });
}

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it.each(['light', 'dark'] as const)(
    'finds nothing on the phone schedule, the session page and the big screen (%s)',
    async (colorScheme) => {
      const { app, browser } = running();
      const camp = await publishedCamp(app.baseUrl, `NExTcamp Barrierefrei ${colorScheme}`);
      const [session] = SESSIONS;
      const phone = await newContext(browser, PHONE);
      const desktop = await newContext(browser, DESKTOP);
      try {
        const { page } = await newPage(phone);
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await page.clock.setFixedTime(berlinTime('10:30'));
        await page.goto(`${app.baseUrl}/c/${camp.camp.slug}`);
        await waitUntilConnected(page);
        await page.getByRole('region', { name: 'Jetzt und gleich' }).waitFor();
        expect(await violations(page), `phone schedule (${colorScheme})`).toEqual([]);
        expect(await scrollsHorizontally(page)).toBe(false);

        await page.getByRole('button', { name: 'Meine Agenda' }).click();
        expect(await violations(page), `my agenda (${colorScheme})`).toEqual([]);

        await page.goto(`${app.baseUrl}/c/${camp.camp.slug}/s/${session.id}`);
        await page.getByRole('heading', { level: 1, name: session.title }).waitFor();
        expect(await violations(page), `session page (${colorScheme})`).toEqual([]);
        expect(await scrollsHorizontally(page)).toBe(false);

        const screen = await newPage(desktop);
        await screen.page.emulateMedia({ colorScheme });
        await screen.page.clock.setFixedTime(berlinTime('10:30'));
        await screen.page.goto(`${app.baseUrl}/c/${camp.camp.slug}/screen`);
        await screen.page.getByRole('img', { name: /^QR-Code/ }).waitFor();
        expect(await violations(screen.page), `big screen (${colorScheme})`).toEqual([]);
      } finally {
        await phone.close();
        await desktop.close();
      }
      camp.close();
    },
  );

  it('finds nothing on the moderator grid', async () => {
    const { app, browser } = running();
    const camp = await publishedCamp(app.baseUrl, 'NExTcamp Moderation');
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await newContext(browser, DESKTOP);
      try {
        const { page } = await newPage(context);
        await page.emulateMedia({ colorScheme });
        await page.goto(appUrl(app.baseUrl, camp.camp.links.moderator));
        await waitUntilConnected(page);
        await page.getByRole('table').first().waitFor();
        expect(await violations(page), `moderator grid (${colorScheme})`).toEqual([]);
      } finally {
        await context.close();
      }
    }
    camp.close();
  });

  it('works with the keyboard alone: star a session and open its page', async () => {
    const { app, browser } = running();
    const camp = await publishedCamp(app.baseUrl, 'NExTcamp Tastatur');
    const [session] = SESSIONS;
    const context = await newContext(browser, PHONE);
    try {
      const { page } = await newPage(context);
      await page.goto(`${app.baseUrl}/c/${camp.camp.slug}`);
      await waitUntilConnected(page);
      const star = page.getByRole('button', { name: `Merken: ${session.title}` }).first();
      await star.waitFor();
      let focusedStar = false;
      for (let step = 0; step < 60 && !focusedStar; step += 1) {
        await page.keyboard.press('Tab');
        focusedStar = await star.evaluate((element) => element === document.activeElement);
      }
      expect(focusedStar, 'the star button is reachable with Tab').toBe(true);
      // Focus is visible: the outline of :focus-visible is drawn.
      const outline = await star.evaluate((element) => getComputedStyle(element).outlineStyle);
      expect(outline).toBe('solid');
      await page.keyboard.press('Enter');
      expect(await star.getAttribute('aria-pressed')).toBe('true');

      const link = page.getByRole('link', { name: session.title }).first();
      let focusedLink = false;
      for (let step = 0; step < 5 && !focusedLink; step += 1) {
        await page.keyboard.press('Shift+Tab');
        focusedLink = await link.evaluate((element) => element === document.activeElement);
      }
      expect(focusedLink, 'the session link is reachable with Shift+Tab').toBe(true);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: session.title }).waitFor();
    } finally {
      camp.close();
      await context.close();
    }
  });
});
