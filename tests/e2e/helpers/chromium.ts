import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium. Playwright's own browser downloads are not used: the machines can't fetch them. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const INSTALL_COMMAND = 'sudo apt-get install chromium';

/**
 * The flags the machines need: without the background-networking ones Chromium keeps dialling
 * Google's hosts, which the closed network refuses; --no-sandbox because CI runs as root.
 */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function canInstallWithApt(): boolean {
  const isRoot = process.getuid?.() === 0;
  return isRoot && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}

function runApt(args: string[]): void {
  const result = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    throw new Error(
      `apt-get ${args.join(' ')} failed (exit ${result.status ?? result.signal}). ` +
        `Install Chromium by hand: ${INSTALL_COMMAND}`,
    );
  }
}

/**
 * Makes sure Debian's Chromium is installed, installing it when we are root with apt-get, and
 * otherwise fails naming the one command to run. The end-to-end tests never skip silently.
 */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  if (!canInstallWithApt()) {
    throw new Error(
      `The end-to-end tests need Debian's Chromium at ${CHROMIUM_PATH}, which is missing. ` +
        `Install it with: ${INSTALL_COMMAND}`,
    );
  }
  console.log(`[e2e] ${CHROMIUM_PATH} is missing; installing Debian's chromium package`);
  runApt(['update']);
  runApt(['install', '-y', '--no-install-recommends', 'chromium']);
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `apt-get installed chromium but ${CHROMIUM_PATH} is still missing. Try: ${INSTALL_COMMAND}`,
    );
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}
