import type { BrowserContext, Page } from 'playwright-core';

declare global {
  interface Window {
    /** Set by a test; a full page load would drop it, so it proves updates came without a reload. */
    __noReload?: boolean;
  }
}

export async function markPageLoad(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__noReload = true;
  });
}

export function isSamePageLoad(page: Page): Promise<boolean> {
  return page.evaluate(() => window.__noReload === true);
}

/** True when the page is wider than the viewport, i.e. a phone user would have to scroll sideways. */
export function scrollsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth > root.clientWidth;
  });
}

/**
 * Records every request that leaves the app's own host (fonts, scripts, trackers): campgrid
 * promises its users none, for the Chatham House Rule's sake.
 */
export function recordForeignRequests(context: BrowserContext, baseUrl: string): string[] {
  const ownHost = new URL(baseUrl).host;
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    const isNetwork = ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol);
    if (isNetwork && url.host !== ownHost) foreign.push(url.toString());
  });
  return foreign;
}

/** Collects uncaught exceptions in the page, which a user would meet as a broken screen. */
export function recordPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
