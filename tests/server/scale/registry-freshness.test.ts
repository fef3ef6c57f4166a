import { type Command, CreateCampRequestSchema, MODERATOR } from '@campgrid/shared';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createCamp } from '../../../server/src/camps/create-camp.js';
import { CampRegistry, replay } from '../../../server/src/camps/registry.js';
import { openPostgresStore } from '../../../server/src/store/postgres/postgres-store.js';
import { openSqliteStore } from '../../../server/src/store/sqlite/sqlite-store.js';
import type { Store } from '../../../server/src/store/store.js';
import { createTestSchema, TEST_DATABASE_URL } from '../helpers/postgres.js';
import { makeTempDir, removeDir } from '../helpers/temp-dir.js';

const silent = pino({ level: 'silent' });
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Two registries on one database, as two instances are; each store its own connection. */
const setups: Array<[string, () => Promise<[Store, Store]>]> = [
  [
    'SQLite file (no camp lock: the cached state, then the log on a refusal)',
    async () => {
      const dataDir = await makeTempDir();
      const stores: [Store, Store] = [
        await openSqliteStore({ dataDir }),
        await openSqliteStore({ dataDir }),
      ];
      cleanups.push(async () => {
        for (const store of stores) await store.close();
        await removeDir(dataDir);
      });
      return stores;
    },
  ],
  [
    'PostgreSQL (the camp lock, then the log)',
    async () => {
      const schema = await createTestSchema();
      cleanups.push(() => schema.drop());
      const open = () =>
        openPostgresStore({ connectionString: TEST_DATABASE_URL, schema: schema.name });
      const stores: [Store, Store] = [await open(), await open()];
      cleanups.push(async () => {
        for (const store of stores) await store.close();
      });
      return stores;
    },
  ],
];

const pitch = (sessionId: string): Command => ({
  type: 'session:pitch',
  sessionId,
  draft: {
    title: sessionId,
    description: '',
    hosts: ['Host'],
    tags: [],
    format: 'talk',
    language: 'de',
  },
});
const place = (sessionId: string, roomId: string): Command => ({
  type: 'session:place',
  sessionId,
  placement: { roomId, slotId: 'd1s2' },
});

describe.each(setups)('a registry on %s', (_name, openStores) => {
  it('decides a command on what another instance wrote since it cached the camp', async () => {
    const [storeA, storeB] = await openStores();
    const a = new CampRegistry(storeA, silent);
    const b = new CampRegistry(storeB, silent);
    const created = await createCamp(a, CreateCampRequestSchema.parse({ title: 'Fresh' }));
    if (!created.ok) throw new Error(created.message);
    const { campId } = created;

    // a holds version 1 in memory; b pitches and places a session a has never seen.
    const run = (registry: CampRegistry, command: Command, id: string) =>
      registry.execute(campId, { commandId: `cmd-${id}-0000`, command, actor: MODERATOR });
    expect((await run(b, pitch('s1'), 'b1')).kind).toBe('committed');
    expect((await run(b, pitch('s2'), 'b2')).kind).toBe('committed');
    expect((await run(b, place('s1', 'r1'), 'b3')).kind).toBe('committed');

    // Refused on a's stale state (no session s2), accepted on the log's end.
    expect(await run(a, place('s2', 'r2'), 'a1')).toMatchObject({
      kind: 'committed',
      entry: { version: 5 },
    });
    // Accepted on c's stale state (r3 free), refused on the log's end.
    const c = new CampRegistry(storeA, silent);
    await c.current(campId);
    expect((await run(b, pitch('s3'), 'b4')).kind).toBe('committed');
    expect((await run(b, place('s3', 'r3'), 'b5')).kind).toBe('committed');
    expect(await run(c, place('s2', 'r3'), 'c1')).toMatchObject({
      kind: 'refused',
      reply: { code: 'CELL_OCCUPIED' },
    });

    const log = await storeA.readEntries(campId, 0);
    expect(log.map((entry) => entry.version)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(await a.current(campId)).toEqual(replay(log));
  });
});
