import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../../server/src/store/postgres/postgres-store.js';
import { createCamp } from '../helpers/api.js';
import { createTestSchema, TEST_DATABASE_URL } from '../helpers/postgres.js';
import { deleteStream, TEST_REDIS_URL, uniqueStreamName } from '../helpers/redis.js';
import { makeTempDir, removeDir } from '../helpers/temp-dir.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
/** Guards against a hang; never part of an assertion. */
const LIMIT_MS = 15_000;

interface Run {
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** server/src/index.ts as its own process, configured only through the environment. */
async function run(env: Record<string, string>): Promise<Run> {
  const dataDir = await makeTempDir();
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
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await removeDir(dataDir);
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  return { child, output: () => output, exited };
}

async function listening(running: Run): Promise<string> {
  const deadline = Date.now() + LIMIT_MS;
  for (;;) {
    const match = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(running.output());
    if (match?.[1]) return match[1];
    if (running.child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`not listening:\n${running.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the server process with DATABASE_URL and REDIS_URL', () => {
  it('keeps its data in PostgreSQL, broadcasts through Redis and stops cleanly', async () => {
    const schema = await createTestSchema();
    const stream = uniqueStreamName();
    cleanups.push(async () => {
      await schema.drop();
      await deleteStream(stream);
    });
    const databaseUrl = `${TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema.name}`)}`;
    const running = await run({
      DATABASE_URL: databaseUrl,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_STREAM: stream,
    });
    const url = await listening(running);
    expect(running.output()).toContain('"storage":"postgresql"');
    expect(running.output()).toContain(`"broadcast":"redis stream ${stream}"`);

    const camp = await createCamp(url, { title: 'Stored in PostgreSQL' });
    const store = await openPostgresStore({
      connectionString: TEST_DATABASE_URL,
      schema: schema.name,
    });
    try {
      expect(await store.findCampBySlug(camp.slug)).toMatchObject({ slug: camp.slug });
    } finally {
      await store.close();
    }

    running.child.kill('SIGTERM');
    expect(await running.exited).toEqual({ code: 0, signal: null });
  });

  it('exits with a clear message, and no password, when PostgreSQL does not answer', async () => {
    const running = await run({ DATABASE_URL: 'postgres://campgrid:hunter2@127.0.0.1:1/campgrid' });
    expect(await running.exited).toEqual({ code: 1, signal: null });
    expect(running.output()).toContain(
      'PostgreSQL at postgres://campgrid:***@127.0.0.1:1/campgrid',
    );
    expect(running.output()).not.toContain('hunter2');
  });

  it('exits with a clear message when Redis does not answer', async () => {
    const running = await run({ REDIS_URL: 'redis://:hunter2@127.0.0.1:1' });
    expect(await running.exited).toEqual({ code: 1, signal: null });
    expect(running.output()).toContain('Redis at redis://:***@127.0.0.1:1');
    expect(running.output()).not.toContain('hunter2');
  });
});
