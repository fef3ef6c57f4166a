import { spawnSync } from 'node:child_process';
import { ensureChromium } from './helpers/chromium.js';
import { repoRoot } from './helpers/repo.js';

/** Runs once before the e2e files: a browser to drive, and a build of the current code to test. */
export default function setup(): void {
  ensureChromium();
  buildApp();
}

function buildApp(): void {
  console.log('[e2e] building the app (npm run build)');
  // vitest sets NODE_ENV=test; the e2e tests must run against the production bundle users get.
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`npm run build failed (exit ${result.status ?? result.signal}); see above`);
  }
}
