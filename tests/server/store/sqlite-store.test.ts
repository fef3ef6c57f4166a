import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../server/src/store/sqlite/migrations.js';
import {
  DATABASE_FILE,
  openSqliteStore,
  type SqliteStore,
} from '../../../server/src/store/sqlite/sqlite-store.js';
import { makeTempDir, removeDir } from '../helpers/temp-dir.js';
import { describeStoreContract } from './store-contract.js';

describeStoreContract('SQLite', async () => {
  const dataDir = await makeTempDir();
  let current: SqliteStore = await openSqliteStore({ dataDir });
  return {
    store: current,
    async reopen() {
      await current.close();
      current = await openSqliteStore({ dataDir });
      return current;
    },
    async dispose() {
      await current.close();
      await removeDir(dataDir);
    },
  };
});

describe('SQLite store specifics', () => {
  it('creates DATA_DIR and campgrid.db in WAL mode with every migration recorded once', async () => {
    const parent = await makeTempDir();
    const dataDir = path.join(parent, 'nested', 'data');
    const store = await openSqliteStore({ dataDir });
    await store.migrate();
    await store.close();
    const reopened = await openSqliteStore({ dataDir });
    await reopened.close();

    const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const applied = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
      expect(applied).toEqual(MIGRATIONS.map((migration) => ({ version: migration.version })));
    } finally {
      db.close();
      await removeDir(parent);
    }
  });

  it('offers private in-memory databases', async () => {
    const first = await openSqliteStore({ memory: true });
    const second = await openSqliteStore({ memory: true });
    const record = { id: 'c1', slug: 'memory-camp', moderatorTokenHash: 'ab', createdAt: 1 };
    await first.createCamp(record, {
      version: 1,
      at: 1,
      commandId: 'create-c1',
      actor: { role: 'moderator' },
      events: [{ type: 'phase:changed', phase: 'voting', open: true }],
    });
    expect(await first.countCamps()).toBe(1);
    expect(await second.countCamps()).toBe(0);
    await first.close();
    await second.close();
  });

  it('rejects a ping once closed', async () => {
    const store = await openSqliteStore({ memory: true });
    await store.close();
    await expect(store.ping()).rejects.toThrow();
  });
});
