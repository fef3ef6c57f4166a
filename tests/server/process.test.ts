import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createCamp, joinCamp, request, snapshot } from './helpers/api.js';
import { pitchPayload } from './helpers/camp-fixture.js';
import { closeAllSockets, connectClient, mustCommand } from './helpers/socket-client.js';
import { makeTempDir, removeDir } from './helpers/temp-dir.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const STARTUP_LIMIT_MS = 15_000;

interface RunningServer {
  child: ChildProcess;
  url: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const children = new Set<ChildProcess>();
const dirs: string[] = [];
afterEach(async () => {
  closeAllSockets();
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  children.clear();
  for (const dir of dirs.splice(0)) await removeDir(dir);
});

/** Starts server/src/index.ts as its own process, the way `npm start` runs the bundle. */
function startProcess(dataDir: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/index.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      DEMO: 'false',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`no start within limit:\n${output}`)),
      STARTUP_LIMIT_MS,
    );
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1], exited });
      }
    });
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before listening:\n${output}`));
    });
  });
}

describe('the server process', () => {
  it('loses no acknowledged command when it is killed', async () => {
    const dataDir = await makeTempDir();
    dirs.push(dataDir);
    const first = await startProcess(dataDir);
    const camp = await createCamp(first.url, { title: 'Kill -9' });
    const alice = await joinCamp(first.url, camp.slug, 'Alice');
    const socket = await connectClient(first.url, { slug: camp.slug, token: alice.token });
    for (let index = 0; index < 20; index += 1) {
      await mustCommand(socket, 'session:pitch', pitchPayload(`s${index}`));
    }
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');

    const second = await startProcess(dataDir);
    const camp2 = await snapshot(second.url, camp.slug);
    expect(camp2.version).toBe(21);
    expect(camp2.sessions).toHaveLength(20);
    second.child.kill('SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });
  });

  it('refuses to start with an invalid variable and names it', async () => {
    const dataDir = await makeTempDir();
    dirs.push(dataDir);
    await expect(startProcess(dataDir, { PORT: 'eighty' })).rejects.toThrow(/PORT/);
  });

  it('stops on SIGINT after closing its connections', async () => {
    const dataDir = await makeTempDir();
    dirs.push(dataDir);
    const running = await startProcess(dataDir);
    expect((await request(running.url, 'GET', '/healthz')).status).toBe(200);
    running.child.kill('SIGINT');
    expect(await running.exited).toEqual({ code: 0, signal: null });
  });
});
