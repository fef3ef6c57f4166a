import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type RunningApp, type StartOptions, startApp } from './app.js';
import { launchBrowser } from './chromium.js';
import { recordPageErrors } from './page-checks.js';

/** Generous for a loaded 2-core CI machine; a live update normally lands well within a second. */
export const LIVE = { timeout: 15_000, interval: 50 };

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 360, height: 740 };

export interface Harness {
  app: RunningApp;
  browser: Browser;
}

/**
 * Starts one app and one Chromium for the calling test file and stops both after it. Returns a
 * getter, since both exist only once beforeAll has run.
 */
export function useAppAndBrowser(options: StartOptions = {}): () => Harness {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await startApp(options);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  return () => {
    if (!app || !browser) throw new Error('the app or the browser did not start');
    return { app, browser };
  };
}

/** A separate browser profile (own localStorage), German like the camps. */
export function newContext(
  browser: Browser,
  viewport: { width: number; height: number },
): Promise<BrowserContext> {
  return browser.newContext({ viewport, locale: 'de-DE' });
}

export async function newPage(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  page.setDefaultTimeout(LIVE.timeout);
  return { page, errors: recordPageErrors(page) };
}

export async function waitUntilConnected(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: 'Verbunden' }).first().waitFor();
}

export function pathnameOf(url: URL): string {
  return url.pathname.replace(/\/$/, '');
}
