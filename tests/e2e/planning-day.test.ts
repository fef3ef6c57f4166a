import type { CreateCampResponse } from '@campgrid/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, createCamp, fetchSession } from './helpers/api.js';
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
import {
  isSamePageLoad,
  markPageLoad,
  recordForeignRequests,
  scrollsHorizontally,
} from './helpers/page-checks.js';

const CAMP_TITLE = 'NExTcamp Ende-zu-Ende';
const SESSION_TITLE = 'Barrierefreiheit in Fachverfahren';
const DISPLAY_NAME = 'Alex';
const ROOM = 'Raum 1';
const START = '10:15';

const running = useAppAndBrowser();

async function openModeratorView(page: Page, camp: CreateCampResponse, baseUrl: string) {
  await page.goto(appUrl(baseUrl, camp.links.moderator));
  await waitUntilConnected(page);
  // The secret leaves the address bar (and so screenshots and shared screens) once it is stored.
  await expect.poll(() => page.url(), LIVE).not.toContain('#key=');
  const stored = await page.evaluate(
    (key) => localStorage.getItem(key),
    `campgrid.moderator.${camp.slug}`,
  );
  expect(stored).toBe(camp.moderatorToken);
}

async function joinAsParticipant(page: Page, camp: CreateCampResponse): Promise<void> {
  await page.getByLabel('Anzeigename').fill(DISPLAY_NAME);
  await page.getByRole('button', { name: 'Teilnehmen' }).click();
  await page.waitForURL((url) => pathnameOf(url) === `/c/${camp.slug}/participate`);
  const token = await page.evaluate(
    (key) => localStorage.getItem(key),
    `campgrid.participant.${camp.slug}`,
  );
  expect(token).toBeTruthy();
  await waitUntilConnected(page);
}

async function pitchAndVote(page: Page): Promise<void> {
  await page.getByLabel('Titel', { exact: true }).fill(SESSION_TITLE);
  expect(await page.getByLabel('Hosts').inputValue()).toBe(DISPLAY_NAME);
  await page.getByRole('button', { name: 'Session einreichen' }).click();

  const pitched = page.getByRole('article', { name: SESSION_TITLE });
  const interest = pitched.getByRole('button', { name: `Interesse: ${SESSION_TITLE}` });
  await interest.waitFor();
  expect(await interest.getAttribute('aria-pressed')).toBe('false');
  await interest.click();
  await expect.poll(() => interest.getAttribute('aria-pressed'), LIVE).toBe('true');
}

describe('a planning day, live in two browsers', () => {
  it('shows a participant the session the moderator places, without a reload', async () => {
    const { app, browser } = running();
    const camp = await createCamp(app.baseUrl, CAMP_TITLE);
    const moderatorContext = await newContext(browser, DESKTOP);
    const participantContext = await newContext(browser, PHONE);
    const foreignRequests = [moderatorContext, participantContext].map((context) =>
      recordForeignRequests(context, app.baseUrl),
    );

    try {
      const moderator = await newPage(moderatorContext);
      const participant = await newPage(participantContext);

      await openModeratorView(moderator.page, camp, app.baseUrl);
      await markPageLoad(moderator.page);

      await participant.page.goto(appUrl(app.baseUrl, camp.links.participant));
      // From here on every view change must be client-side: join, pitch, vote, "Programm".
      await markPageLoad(participant.page);
      await joinAsParticipant(participant.page, camp);
      await pitchAndVote(participant.page);
      expect(await scrollsHorizontally(participant.page), 'sideways scrolling at 360 px').toBe(
        false,
      );

      // The vote is stored on the server, not only shown optimistically.
      await expect
        .poll(
          async () => (await fetchSession(app.baseUrl, camp.slug, SESSION_TITLE))?.voteCount,
          LIVE,
        )
        .toBe(1);

      // The moderator's list of unplaced pitches received the pitch live.
      const pick = moderator.page.getByRole('button', { name: `${SESSION_TITLE} auswählen` });
      await pick.waitFor();

      // The participant turns to the schedule before the session is placed.
      await participant.page.getByRole('link', { name: 'Programm' }).click();
      await participant.page.waitForURL((url) => pathnameOf(url) === `/c/${camp.slug}`);
      await participant.page.getByRole('heading', { level: 1, name: CAMP_TITLE }).waitFor();

      await pick.click();
      await expect.poll(() => pick.getAttribute('aria-pressed'), LIVE).toBe('true');
      await moderator.page.getByRole('button', { name: `${ROOM}, ${START}`, exact: true }).click();
      await moderator.page
        .getByRole('button', { name: `${SESSION_TITLE}, ${ROOM}, ${START}`, exact: true })
        .waitFor();
      await pick.waitFor({ state: 'detached' });
      await expect
        .poll(
          async () => (await fetchSession(app.baseUrl, camp.slug, SESSION_TITLE))?.placement,
          LIVE,
        )
        .not.toBeNull();

      // On the phone the schedule is a list per slot; the session's entry names room and time.
      const scheduled = participant.page
        .getByRole('listitem')
        .filter({ hasText: SESSION_TITLE })
        .filter({ hasText: ROOM })
        .filter({ hasText: START });
      await scheduled.waitFor();
      expect(await scrollsHorizontally(participant.page), 'sideways scrolling at 360 px').toBe(
        false,
      );

      expect(await isSamePageLoad(participant.page), 'the participant page reloaded').toBe(true);
      expect(await isSamePageLoad(moderator.page), 'the moderator page reloaded').toBe(true);
      expect(moderator.errors, 'uncaught errors on the moderator page').toEqual([]);
      expect(participant.errors, 'uncaught errors on the participant page').toEqual([]);
      expect(foreignRequests.flat(), 'requests to third-party hosts').toEqual([]);
    } finally {
      await moderatorContext.close();
      await participantContext.close();
    }
  });
});
