import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { repoRoot } from './repo.js';

export interface RunningApp {
  /** e.g. http://127.0.0.1:41234, without a trailing slash. */
  baseUrl: string;
  /** What the server printed so far; handy in a failure message. */
  output(): string;
  stop(): Promise<void>;
}

const SERVER_ENTRY = join(repoRoot, 'server', 'dist', 'index.js');
const STARTUP_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 5_000;
const OUTPUT_LIMIT = 20_000;

/** Asks the kernel for a free port; the server gets it a moment later (a tiny race we accept). */
function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

async function isHealthy(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (exited(child)) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const stopped = await Promise.race([gone.then(() => true), delay(STOP_TIMEOUT_MS, false)]);
  if (!stopped) {
    child.kill('SIGKILL');
    await gone;
  }
}

export interface StartOptions {
  /** Seed the demo camp "NExTcamp Demo" (off by default: most tests want an empty database). */
  demo?: boolean;
  logLevel?: 'warn' | 'info';
}

/**
 * Starts the built server (server/dist/index.js, made by the global setup) on a free port with an
 * empty temporary DATA_DIR, and resolves once GET /healthz answers 200.
 */
export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  if (!existsSync(SERVER_ENTRY)) {
    throw new Error(`${SERVER_ENTRY} is missing: run \`npm run build\` first`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'campgrid-e2e-'));
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // vitest sets NODE_ENV=test; the server runs as `npm start` runs it, without one.
  const { NODE_ENV: _testEnv, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--enable-source-maps', SERVER_ENTRY], {
    cwd: repoRoot,
    env: {
      ...inherited,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO: options.demo === true ? 'true' : 'false',
      LOG_LEVEL: options.logLevel ?? 'warn',
      PUBLIC_ORIGIN: baseUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  let output = '';
  const quiet = options.logLevel === 'info';
  const record = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_LIMIT);
    // Warnings and errors belong in the test's output; info lines were asked for by the test.
    if (!quiet) process.stderr.write(`[server] ${chunk.toString()}`);
  };
  child.stdout?.on('data', record);
  child.stderr?.on('data', record);

  const stop = async () => {
    await stopProcess(child);
    await rm(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (!(await isHealthy(baseUrl))) {
    if (exited(child) || Date.now() > deadline) {
      const reason = exited(child)
        ? `exited with ${child.exitCode ?? child.signalCode}`
        : `did not answer GET /healthz with 200 within ${STARTUP_TIMEOUT_MS} ms`;
      await stop();
      throw new Error(`The server ${reason}. Its output:\n${output}`);
    }
    await delay(100);
  }
  return { baseUrl, output: () => output, stop };
}
