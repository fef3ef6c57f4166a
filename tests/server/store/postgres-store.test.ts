import { randomUUID } from 'node:crypto';
import { MODERATOR } from '@campgrid/shared';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../server/src/store/postgres/migrations.js';
import {
  openPostgresStore,
  type PostgresStore,
} from '../../../server/src/store/postgres/postgres-store.js';
import type { CampRecord, StoredEntry } from '../../../server/src/store/store.js';
import { createTestSchema, TEST_DATABASE_URL, type TestSchema } from '../helpers/postgres.js';
import { describeStoreContract } from './store-contract.js';

function openIn(schema: TestSchema): Promise<PostgresStore> {
  return openPostgresStore({ connectionString: TEST_DATABASE_URL, schema: schema.name });
}

describeStoreContract('PostgreSQL', async () => {
  const schema = await createTestSchema();
  let current = await openIn(schema);
  return {
    store: current,
    async reopen() {
      await current.close();
      current = await openIn(schema);
      return current;
    },
    async dispose() {
      await current.close();
      await schema.drop();
    },
  };
});

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Stores that share one fresh schema, as instances share one database. */
async function instances(count: number): Promise<PostgresStore[]> {
  const schema = await createTestSchema();
  cleanups.push(() => schema.drop());
  const stores = await Promise.all(Array.from({ length: count }, () => openIn(schema)));
  cleanups.push(async () => {
    for (const store of stores) await store.close();
  });
  return stores;
}

function pair(stores: PostgresStore[]): [PostgresStore, PostgresStore] {
  const [first, second] = stores;
  if (!first || !second) throw new Error('two stores expected');
  return [first, second];
}

async function newCamp(store: PostgresStore): Promise<CampRecord> {
  const record: CampRecord = {
    id: randomUUID(),
    slug: `camp-${randomUUID().slice(0, 8)}`,
    moderatorTokenHash: 'ab'.repeat(32),
    createdAt: 1_700_000_000_000,
  };
  const first: StoredEntry = {
    version: 1,
    at: 1,
    commandId: `create-${record.id}`,
    actor: MODERATOR,
    events: [{ type: 'phase:changed', phase: 'voting', open: true }],
  };
  expect(await store.createCamp(record, first)).toEqual({ kind: 'created' });
  return record;
}

function entry(version: number, commandId: string): StoredEntry {
  return {
    version,
    at: 1_700_000_000_000 + version,
    commandId,
    actor: MODERATOR,
    events: [{ type: 'phase:changed', phase: 'pitching', open: version % 2 === 0 }],
  };
}

describe('PostgreSQL store specifics', () => {
  it('records every migration once when several instances start together', async () => {
    const schema = await createTestSchema();
    cleanups.push(() => schema.drop());
    const stores = await Promise.all([openIn(schema), openIn(schema), openIn(schema)]);
    for (const store of stores) await store.close();

    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT version FROM ${schema.name}.schema_migrations ORDER BY version`,
      );
      expect(rows).toEqual(MIGRATIONS.map((migration) => ({ version: migration.version })));
    } finally {
      await client.end();
    }
  });

  it('gives each version to exactly one of many racing writers on different instances', async () => {
    const [first, second] = pair(await instances(2));
    const camp = await newCamp(first);
    const racers = Array.from({ length: 20 }, (_, index) =>
      (index % 2 === 0 ? first : second).appendEntry(camp.id, entry(2, `cmd-race-${index}`)),
    );
    const results = await Promise.all(racers);
    expect(results.filter((result) => result.kind === 'appended')).toHaveLength(1);
    expect(results.filter((result) => result.kind === 'version-taken')).toHaveLength(19);
    expect((await second.readEntries(camp.id, 0)).map((stored) => stored.version)).toEqual([1, 2]);
  });

  it('stores a command once when its retries race on different instances', async () => {
    const [first, second] = pair(await instances(2));
    const camp = await newCamp(first);
    const results = await Promise.all(
      [first, second, first, second].map((store) =>
        store.appendEntry(camp.id, entry(2, 'cmd-retried-everywhere')),
      ),
    );
    expect(results.map((result) => result.kind).sort()).toEqual([
      'appended',
      'duplicate',
      'duplicate',
      'duplicate',
    ]);
    for (const result of results) {
      if (result.kind === 'duplicate') expect(result.entry.version).toBe(2);
    }
    const log = await first.readEntries(camp.id, 0);
    expect(log.map((stored) => stored.commandId)).toEqual([
      `create-${camp.id}`,
      'cmd-retried-everywhere',
    ]);
  });

  it('lets one instance at a time hold a camp’s write lock, and other camps pass meanwhile', async () => {
    const [first, second] = pair(await instances(2));
    const campA = randomUUID();
    const steps: string[] = [];
    let releaseFirst = () => {};
    const firstHolds = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    let firstEntered = () => {};
    const entered = new Promise<void>((resolve) => {
      firstEntered = resolve;
    });

    const firstTask = first.withCampWriteLock(campA, async () => {
      steps.push('first in');
      firstEntered();
      await firstHolds;
      steps.push('first out');
    });
    await entered;
    const secondTask = second.withCampWriteLock(campA, async () => {
      steps.push('second in');
    });
    // Another camp's lock is free although camp A's is held.
    await second.withCampWriteLock(randomUUID(), async () => {
      steps.push('other camp');
    });
    releaseFirst();
    await Promise.all([firstTask, secondTask]);
    expect(steps).toEqual(['first in', 'other camp', 'first out', 'second in']);
  });

  it('gives the lock back when the task fails', async () => {
    const [first, second] = pair(await instances(2));
    const campId = randomUUID();
    await expect(
      first.withCampWriteLock(campId, async () => {
        throw new Error('decide failed');
      }),
    ).rejects.toThrow('decide failed');
    await expect(second.withCampWriteLock(campId, async () => 'next')).resolves.toBe('next');
  });

  it('keeps a participant’s stars in order, and two instances replacing them do not mix', async () => {
    const [first, second] = pair(await instances(2));
    const camp = await newCamp(first);
    const participantId = randomUUID();
    await first.createParticipant({
      id: participantId,
      campId: camp.id,
      displayName: 'Jörg',
      tokenHash: 'cd'.repeat(32),
      createdAt: 1,
    });
    expect(await second.findParticipantById(camp.id, participantId)).toMatchObject({
      displayName: 'Jörg',
    });
    await first.replaceStars(camp.id, participantId, ['s3', 's1', 's3', 's2']);
    expect(await second.readStars(camp.id, participantId)).toEqual(['s3', 's1', 's2']);

    const lists = [
      ['a1', 'a2', 'a3'],
      ['b1', 'b2'],
    ];
    await Promise.all([
      first.replaceStars(camp.id, participantId, lists[0] ?? []),
      second.replaceStars(camp.id, participantId, lists[1] ?? []),
    ]);
    expect(lists).toContainEqual(await first.readStars(camp.id, participantId));
  });

  it('rejects a ping once closed', async () => {
    const [store] = await instances(1);
    if (!store) throw new Error('one store expected');
    await store.close();
    await expect(store.ping()).rejects.toThrow();
  });

  it('refuses to open when the database does not answer', async () => {
    await expect(
      openPostgresStore({ connectionString: 'postgres://postgres@127.0.0.1:1/test' }),
    ).rejects.toThrow(/ECONNREFUSED/);
  });
});
