import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
import { berlinTime, publishedCamp, SESSIONS } from './helpers/published-camp.js';
import { repoRoot } from './helpers/repo.js';

const BIG_SCREEN = { width: 1920, height: 1080 };
const PHONE_SCREENSHOT = join(repoRoot, 'docs', 'images', 'phone.png');
const SCREEN_SCREENSHOT = join(repoRoot, 'docs', 'images', 'screen.png');
const [openData, a11y, cloud] = SESSIONS;

const running = useAppAndBrowser();

interface StarsReply {
  sessionIds: string[];
}

describe('attendees on the day', () => {
  it('follow now and next on the phone, star a session and read its page', async () => {
    const { app, browser } = running();
    const camp = await publishedCamp(app.baseUrl, 'NExTcamp Programm');
    const context = await newContext(browser, PHONE);
    const foreign = recordForeignRequests(context, app.baseUrl);
    try {
      const { page, errors } = await newPage(context);
      await page.clock.setFixedTime(berlinTime('10:30'));
      await page.goto(`${app.baseUrl}/c/${camp.camp.slug}`);
      await waitUntilConnected(page);

      const nowNext = page.getByRole('region', { name: 'Jetzt und gleich' });
      await nowNext.getByRole('heading', { name: 'Jetzt: 10:15–11:00' }).waitFor();
      await nowNext.getByRole('link', { name: openData.title }).waitFor();
      await nowNext.getByRole('link', { name: a11y.title }).waitFor();
      await nowNext.getByText('beginnt in 45 Min.').waitFor();
      await nowNext.getByRole('link', { name: cloud.title }).waitFor();
      expect(await scrollsHorizontally(page), 'sideways scrolling at 360 px').toBe(false);

      if (process.env.UPDATE_SCREENSHOTS === '1') {
        await mkdir(dirname(PHONE_SCREENSHOT), { recursive: true });
        await page.screenshot({ path: PHONE_SCREENSHOT });
      }

      // Star a session: at once on the page, soon on the server under the agenda's own token.
      const star = page.getByRole('button', { name: `Merken: ${cloud.title}` }).first();
      await star.click();
      await expect.poll(() => star.getAttribute('aria-pressed'), LIVE).toBe('true');
      const readToken = () =>
        page.evaluate((key) => localStorage.getItem(key), `campgrid.agenda.${camp.camp.slug}`);
      await expect.poll(readToken, LIVE).toBeTruthy();
      const agendaToken = await readToken();
      await expect
        .poll(async () => {
          const response = await fetch(`${app.baseUrl}/api/camps/${camp.camp.slug}/stars`, {
            headers: { authorization: `Bearer ${agendaToken}` },
          });
          return ((await response.json()) as StarsReply).sessionIds;
        }, LIVE)
        .toEqual([cloud.id]);

      // The session page: description, host, room, time, notes with the Chatham House Rule.
      await nowNext.getByRole('link', { name: cloud.title }).click();
      await page.waitForURL((url) => pathnameOf(url) === `/c/${camp.camp.slug}/s/${cloud.id}`);
      await page.getByRole('heading', { level: 1, name: cloud.title }).waitFor();
      await page.getByText('Raum 1', { exact: true }).waitFor();
      await page
        .getByText(/11:15–12:00/)
        .first()
        .waitFor();
      await page.getByText('Ada Lovelace').waitFor();
      const notes = page.getByRole('link', { name: 'Notizen zu dieser Session öffnen' });
      expect(await notes.getAttribute('href')).toBe(
        `https://pad.example.org/p/${camp.camp.slug}-${cloud.id}`,
      );
      await page.getByText(/Chatham House Rule/).waitFor();
      expect(await scrollsHorizontally(page), 'sideways scrolling at 360 px').toBe(false);
      await page.getByRole('link', { name: 'Zurück zum Programm' }).click();
      await page.waitForURL((url) => pathnameOf(url) === `/c/${camp.camp.slug}`);

      // The moderator moves the starred session: the phone says so.
      await camp.command('session:place', {
        sessionId: cloud.id,
        placement: { roomId: 'r3', slotId: 'd1s6' },
      });
      const changes = page.getByRole('region', { name: 'Änderungen in deiner Agenda' });
      await changes
        .getByText(`${cloud.title} wurde verschoben: jetzt Raum 3, 14:00–14:45.`)
        .waitFor();
      await changes.getByRole('button', { name: 'Verstanden' }).click();
      await changes.waitFor({ state: 'detached' });

      // Two starred sessions in one slot: the app says so.
      await page
        .getByRole('button', { name: `Merken: ${openData.title}` })
        .first()
        .click();
      await page
        .getByRole('button', { name: `Merken: ${a11y.title}` })
        .first()
        .click();
      await page
        .getByText(`Überschneidung um 10:15–11:00: ${openData.title} und ${a11y.title}`)
        .waitFor();

      expect(errors, 'uncaught errors in the page').toEqual([]);
      expect(foreign, 'requests to third-party hosts').toEqual([]);
    } finally {
      camp.close();
      await context.close();
    }
  });

  it('switch the language, and the choice is remembered', async () => {
    const { app, browser } = running();
    const camp = await publishedCamp(app.baseUrl, 'NExTcamp Sprachen');
    const context = await newContext(browser, PHONE);
    try {
      const { page, errors } = await newPage(context);
      await page.clock.setFixedTime(berlinTime('10:30'));
      await page.goto(`${app.baseUrl}/c/${camp.camp.slug}`);
      await waitUntilConnected(page);
      await page.getByRole('heading', { name: 'Jetzt und gleich' }).waitFor();
      await page.getByRole('button', { name: 'Nach Raum' }).waitFor();

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'Now and next' }).waitFor();
      await page.getByRole('button', { name: 'By room' }).waitFor();
      await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
      await page
        .getByRole('button', { name: `Save: ${openData.title}` })
        .first()
        .waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

      await page.reload();
      await page.getByRole('heading', { name: 'Now and next' }).waitFor();
      await page.getByRole('button', { name: 'Deutsch' }).click();
      await page.getByRole('heading', { name: 'Jetzt und gleich' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
      expect(errors, 'uncaught errors in the page').toEqual([]);
    } finally {
      camp.close();
      await context.close();
    }
  });

  it('keep the last schedule readable offline, with its time and the connection state', async () => {
    const { app, browser } = running();
    const camp = await publishedCamp(app.baseUrl, 'NExTcamp Offline');
    const context = await newContext(browser, PHONE);
    try {
      const { page } = await newPage(context);
      await page.goto(`${app.baseUrl}/c/${camp.camp.slug}`);
      await waitUntilConnected(page);
      await page.getByRole('link', { name: openData.title }).first().waitFor();
      // The service worker caches the app; the page keeps the schedule when it is hidden.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await expect
        .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), LIVE)
        .toBe(true);
      const stand = await page.getByText(/^Stand: \d\d:\d\d Uhr$/).textContent();

      await context.setOffline(true);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'NExTcamp Offline' }).waitFor();
      await page.getByRole('link', { name: openData.title }).first().waitFor();
      await page.getByRole('status').filter({ hasText: 'Offline' }).waitFor();
      await page
        .getByText(stand ?? 'Stand:')
        .first()
        .waitFor();
      await page.getByText(/Offline: Du siehst den Stand von \d\d:\d\d Uhr/).waitFor();

      await context.setOffline(false);
      await waitUntilConnected(page);
    } finally {
      camp.close();
      await context.close();
    }
  });

  it('see now and next on the big screen, which needs no mouse and never scrolls', async () => {
    const { app, browser } = running();
    const camp = await publishedCamp(app.baseUrl, 'NExTcamp Großbildschirm');
    const context = await newContext(browser, BIG_SCREEN);
    const foreign = recordForeignRequests(context, app.baseUrl);
    try {
      const { page, errors } = await newPage(context);
      await page.clock.setFixedTime(berlinTime('10:30'));
      await page.goto(`${app.baseUrl}/c/${camp.camp.slug}/screen`);
      await waitUntilConnected(page);
      const grid = page.getByRole('table');
      await grid
        .getByRole('row', { name: /^Raum 1/ })
        .getByText(openData.title)
        .waitFor();
      await grid
        .getByRole('row', { name: /^Raum 1/ })
        .getByText(cloud.title)
        .waitFor();
      await grid.getByText('beginnt in 45 Min.').waitFor();
      await page.getByRole('img', { name: /^QR-Code: / }).waitFor();
      const layout = await page.evaluate(() => ({
        cursor: getComputedStyle(document.body).cursor,
        tall: document.documentElement.scrollHeight > window.innerHeight,
        wide: document.documentElement.scrollWidth > window.innerWidth,
      }));
      expect(layout).toEqual({ cursor: 'none', tall: false, wide: false });

      // It updates itself.
      await camp.command('session:cancel', { sessionId: openData.id, reason: 'Zug fällt aus' });
      await grid.getByText('Abgesagt: Zug fällt aus').waitFor();

      if (process.env.UPDATE_SCREENSHOTS === '1') {
        await mkdir(dirname(SCREEN_SCREENSHOT), { recursive: true });
        await page.screenshot({ path: SCREEN_SCREENSHOT });
      }

      // The door screen says when the room is full.
      await page.goto(`${app.baseUrl}/c/${camp.camp.slug}/screen/room/r1`);
      await page.getByRole('heading', { level: 1, name: 'Raum 1' }).waitFor();
      await camp.command('room:mark-full', { roomId: 'r1', full: true });
      await page.getByText('Raum voll').waitFor();

      expect(errors, 'uncaught errors in the page').toEqual([]);
      expect(foreign, 'requests to third-party hosts').toEqual([]);
    } finally {
      camp.close();
      await context.close();
    }
  });

  it('print the wall grid on A3 landscape and a door sign per room', async () => {
    const { app, browser } = running();
    const camp = await publishedCamp(app.baseUrl, 'NExTcamp Papier');
    const context = await newContext(browser, DESKTOP);
    try {
      const { page } = await newPage(context);
      await page.goto(`${app.baseUrl}/c/${camp.camp.slug}/print`);
      await page.getByRole('button', { name: 'Drucken' }).waitFor();
      await page.getByRole('table').getByText(openData.title).waitFor();
      const pdf = await page.pdf({ preferCSSPageSize: true });
      const text = pdf.toString('latin1');
      const pages = text.match(/\/Type\s*\/Page[^s]/g) ?? [];
      // One wall grid and one sign for each of the four rooms.
      expect(pages).toHaveLength(5);
      // A3 landscape in points: 1190.55 × 841.89.
      const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
      expect(Math.round(Number(box?.[1]))).toBe(1191);
      expect(Math.round(Number(box?.[2]))).toBe(842);
    } finally {
      camp.close();
      await context.close();
    }
  });
});
