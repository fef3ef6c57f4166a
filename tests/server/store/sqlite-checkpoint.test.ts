import { copyFile, stat } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DATABASE_FILE,
  openSqliteStore,
  type SqliteStore,
} from '../../../server/src/store/sqlite/sqlite-store.js';
import type { StoredEntry } from '../../../server/src/store/store.js';
import { makeTempDir, removeDir } from '../helpers/temp-dir.js';

/** Guards against a hang; never part of what a test asserts. */
const WAIT_LIMIT_MS = 10_000;
/** Long enough that only an explicit checkpoint runs during a test. */
const NEVER_MS = 3_600_000;
const ENTRIES = 300;

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await removeDir(dir);
});

async function storeWithEntries(checkpointIntervalMs: number): Promise<{
  store: SqliteStore;
  dataDir: string;
}> {
  const dataDir = await makeTempDir();
  dirs.push(dataDir);
  const store = await openSqliteStore({ dataDir, checkpointIntervalMs });
  const entry = (version: number): StoredEntry => ({
    version,
    at: version,
    commandId: `command-${version}`,
    actor: { role: 'moderator' },
    events: [{ type: 'phase:changed', phase: 'voting', open: version % 2 === 0 }],
  });
  await store.createCamp(
    { id: 'c1', slug: 'checkpoint-camp', moderatorTokenHash: 'ab', createdAt: 1 },
    entry(1),
  );
  for (let version = 2; version <= ENTRIES; version += 1) {
    await store.appendEntry('c1', entry(version));
  }
  return { store, dataDir };
}

/** The log entries a copy of the database file holds on its own, without the write-ahead log. */
async function entriesInDatabaseFile(dataDir: string): Promise<number> {
  const copyDir = await makeTempDir();
  dirs.push(copyDir);
  const copy = path.join(copyDir, DATABASE_FILE);
  await copyFile(path.join(dataDir, DATABASE_FILE), copy);
  const db = new Database(copy);
  try {
    const row = db.prepare<[], { count: number }>('SELECT COUNT(*) AS count FROM camp_log').get();
    return row?.count ?? 0;
  } catch {
    // Before the first checkpoint the file may not even hold the tables yet.
    return 0;
  } finally {
    db.close();
  }
}

describe('SQLite checkpoints off the event loop', () => {
  it('keeps commits in the write-ahead log until the background connection checkpoints', async () => {
    const { store, dataDir } = await storeWithEntries(NEVER_MS);
    expect(await entriesInDatabaseFile(dataDir)).toBeLessThan(ENTRIES);

    await store.checkpoint();
    expect(await entriesInDatabaseFile(dataDir)).toBe(ENTRIES);
    // Still the same store: it reads and writes on as before.
    expect(await store.readEntries('c1', ENTRIES - 2)).toHaveLength(2);
    await store.close();
  });

  it('checkpoints by itself at its interval', async () => {
    const { store, dataDir } = await storeWithEntries(20);
    const deadline = Date.now() + WAIT_LIMIT_MS;
    let found = await entriesInDatabaseFile(dataDir);
    while (found < ENTRIES && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      found = await entriesInDatabaseFile(dataDir);
    }
    expect(found).toBe(ENTRIES);
    await store.close();
  });

  it('folds the log into the database file and removes it on close', async () => {
    const { store, dataDir } = await storeWithEntries(NEVER_MS);
    await store.close();
    await expect(stat(path.join(dataDir, `${DATABASE_FILE}-wal`))).rejects.toThrow();
    expect(await entriesInDatabaseFile(dataDir)).toBe(ENTRIES);
  });
});
