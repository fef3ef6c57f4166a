import { type Command, CreateCampRequestSchema, MODERATOR, participant } from '@campgrid/shared';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCamp } from '../../../server/src/camps/create-camp.js';
import { CampRegistry, replay } from '../../../server/src/camps/registry.js';
import {
  openSqliteStore,
  type SqliteStore,
} from '../../../server/src/store/sqlite/sqlite-store.js';
import { makeTempDir, removeDir } from '../helpers/temp-dir.js';

const silent = pino({ level: 'silent' });
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Two server instances on one database file, as two processes would be. */
async function twoInstances() {
  const dataDir = await makeTempDir();
  const stores: SqliteStore[] = [
    await openSqliteStore({ dataDir }),
    await openSqliteStore({ dataDir }),
  ];
  cleanups.push(async () => {
    for (const store of stores) await store.close();
    await removeDir(dataDir);
  });
  const [storeA, storeB] = stores as [SqliteStore, SqliteStore];
  return {
    storeA,
    a: new CampRegistry(storeA, silent),
    b: new CampRegistry(storeB, silent),
  };
}

const place = (sessionId: string, roomId: string, slotId: string): Command => ({
  type: 'session:place',
  sessionId,
  placement: { roomId, slotId },
});
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

describe('CampRegistry', () => {
  it('re-decides on the fresh state when another instance wrote the version first', async () => {
    const { a, b, storeA } = await twoInstances();
    const created = await createCamp(a, CreateCampRequestSchema.parse({ title: 'Shared' }));
    if (!created.ok) throw new Error(created.message);
    const { campId } = created;
    await b.current(campId);

    // b writes version 2 while a still holds version 1 in memory.
    expect(
      (await b.execute(campId, { commandId: 'cmd-b-0001', command: pitch('s1'), actor: MODERATOR }))
        .kind,
    ).toBe('committed');
    const fromA = await a.execute(campId, {
      commandId: 'cmd-a-0001',
      command: pitch('s2'),
      actor: MODERATOR,
    });
    expect(fromA).toMatchObject({ kind: 'committed', entry: { version: 3 } });
    expect((await a.current(campId)).sessions.map((session) => session.id)).toEqual(['s1', 's2']);

    // The re-decision sees the other instance's placement and refuses the clash.
    await a.execute(campId, {
      commandId: 'cmd-a-0002',
      command: place('s1', 'r1', 'd1s2'),
      actor: MODERATOR,
    });
    await b.execute(campId, { commandId: 'cmd-b-0002', command: pitch('s3'), actor: MODERATOR });
    const clash = await b.execute(campId, {
      commandId: 'cmd-b-0003',
      command: place('s3', 'r1', 'd1s2'),
      actor: MODERATOR,
    });
    expect(clash).toMatchObject({ kind: 'refused', reply: { code: 'CELL_OCCUPIED' } });

    const log = await storeA.readEntries(campId, 0);
    expect(log.map((entry) => entry.version)).toEqual([1, 2, 3, 4, 5]);
    expect(await b.current(campId)).toEqual(replay(log));
  });

  it('answers a retried command with its stored entry even when deciding again would refuse it', async () => {
    const { a } = await twoInstances();
    const created = await createCamp(a, CreateCampRequestSchema.parse({ title: 'Retry' }));
    if (!created.ok) throw new Error(created.message);
    const voter = participant('p-1');
    await a.execute(created.campId, {
      commandId: 'cmd-pitch-1',
      command: pitch('s1'),
      actor: MODERATOR,
    });
    const vote: Command = { type: 'vote:cast', sessionId: 's1' };
    const first = await a.execute(created.campId, {
      commandId: 'cmd-vote-1',
      command: vote,
      actor: voter,
    });
    const retry = await a.execute(created.campId, {
      commandId: 'cmd-vote-1',
      command: vote,
      actor: voter,
    });
    expect(first.kind).toBe('committed');
    expect(retry.kind).toBe('duplicate');
    if (first.kind === 'committed' && retry.kind === 'duplicate')
      expect(retry.entry).toEqual(first.entry);
    expect((await a.current(created.campId)).sessions[0]?.voteCount).toBe(1);
  });

  it('does not let a failed append change the state it holds', async () => {
    const { a, storeA } = await twoInstances();
    const created = await createCamp(a, CreateCampRequestSchema.parse({ title: 'Fail' }));
    if (!created.ok) throw new Error(created.message);
    vi.spyOn(storeA, 'appendEntries').mockRejectedValueOnce(new Error('disk full'));
    await expect(
      a.execute(created.campId, {
        commandId: 'cmd-fails-1',
        command: pitch('lost'),
        actor: MODERATOR,
      }),
    ).rejects.toThrow('disk full');
    const next = await a.execute(created.campId, {
      commandId: 'cmd-works-1',
      command: pitch('kept'),
      actor: MODERATOR,
    });
    expect(next).toMatchObject({ kind: 'committed', entry: { version: 2 } });
    expect((await a.current(created.campId)).sessions.map((session) => session.id)).toEqual([
      'kept',
    ]);
  });

  it('commits commands that arrive together in one transaction and acknowledges none before it', async () => {
    const { a, storeA } = await twoInstances();
    const created = await createCamp(a, CreateCampRequestSchema.parse({ title: 'Batch' }));
    if (!created.ok) throw new Error(created.message);
    const { campId } = created;
    await a.execute(campId, { commandId: 'cmd-pitch', command: pitch('s1'), actor: MODERATOR });
    const order: string[] = [];
    const append = storeA.appendEntries.bind(storeA);
    const batches: number[][] = [];
    vi.spyOn(storeA, 'appendEntries').mockImplementation(async (id, entries) => {
      const result = await append(id, entries);
      batches.push(entries.map((entry) => entry.version));
      order.push('commit');
      return result;
    });
    const voters = ['p-1', 'p-2', 'p-3', 'p-4', 'p-5'];
    const outcomes = await Promise.all(
      voters.map((voter) =>
        a.execute(
          campId,
          {
            commandId: `cmd-vote-${voter}`,
            command: { type: 'vote:cast', sessionId: 's1' },
            actor: participant(voter),
          },
          (outcome) => order.push(`ack ${outcome.kind}`),
        ),
      ),
    );
    expect(batches).toEqual([[3, 4, 5, 6, 7]]);
    expect(order).toEqual(['commit', ...voters.map(() => 'ack committed')]);
    expect(
      outcomes.map((outcome) => outcome.kind === 'committed' && outcome.entry.version),
    ).toEqual([3, 4, 5, 6, 7]);
    expect((await a.current(campId)).sessions[0]?.voteCount).toBe(5);
    expect((await storeA.readEntries(campId, 0)).map((entry) => entry.version)).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ]);
  });

  it('answers a retry in the same batch with the first one’s entry', async () => {
    const { a } = await twoInstances();
    const created = await createCamp(a, CreateCampRequestSchema.parse({ title: 'Twice' }));
    if (!created.ok) throw new Error(created.message);
    const { campId } = created;
    await a.execute(campId, { commandId: 'cmd-pitch', command: pitch('s1'), actor: MODERATOR });
    const vote = {
      commandId: 'cmd-vote-twice',
      command: { type: 'vote:cast', sessionId: 's1' } as const,
      actor: participant('p-1'),
    };
    const [first, retry] = await Promise.all([a.execute(campId, vote), a.execute(campId, vote)]);
    expect(first?.kind).toBe('committed');
    expect(retry?.kind).toBe('duplicate');
    if (first?.kind === 'committed' && retry?.kind === 'duplicate') {
      expect(retry.entry).toEqual(first.entry);
    }
    expect((await a.current(campId)).sessions[0]?.voteCount).toBe(1);
  });

  it('falls back to one by one when a batch holds a stored command that decides again', async () => {
    const { a } = await twoInstances();
    const created = await createCamp(a, CreateCampRequestSchema.parse({ title: 'Fallback' }));
    if (!created.ok) throw new Error(created.message);
    const { campId } = created;
    const voter = participant('p-1');
    await a.execute(campId, { commandId: 'cmd-pitch', command: pitch('s1'), actor: MODERATOR });
    const cast = {
      commandId: 'cmd-cast',
      command: { type: 'vote:cast', sessionId: 's1' } as const,
    };
    const original = await a.execute(campId, { ...cast, actor: voter });
    await a.execute(campId, {
      commandId: 'cmd-retract',
      command: { type: 'vote:retract', sessionId: 's1' },
      actor: voter,
    });
    // The cast's retry would be accepted again (the vote was taken back): only the store sees it.
    const [retry, other] = await Promise.all([
      a.execute(campId, { ...cast, actor: voter }),
      a.execute(campId, { commandId: 'cmd-pitch-2', command: pitch('s2'), actor: MODERATOR }),
    ]);
    expect(retry).toEqual({
      kind: 'duplicate',
      entry: original.kind === 'committed' && original.entry,
    });
    expect(other).toMatchObject({ kind: 'committed', entry: { version: 5 } });
    const state = await a.current(campId);
    expect(state.sessions.map((session) => [session.id, session.voteCount])).toEqual([
      ['s1', 0],
      ['s2', 0],
    ]);
  });

  it('serves a catch-up from memory, and the same entries as the log holds', async () => {
    const { a, b, storeA } = await twoInstances();
    const created = await createCamp(a, CreateCampRequestSchema.parse({ title: 'Recent' }));
    if (!created.ok) throw new Error(created.message);
    const { campId } = created;
    for (const id of ['s1', 's2', 's3']) {
      await a.execute(campId, { commandId: `cmd-${id}`, command: pitch(id), actor: MODERATOR });
    }
    const fromLog = await storeA.readEntries(campId, 1);
    const reads = vi.spyOn(storeA, 'readEntries');
    const warm = await a.withState(campId, (state) => a.entriesSince(campId, 1, state));
    expect(warm).toEqual(fromLog);
    // Nobody else wrote to the file (SQLite's data_version says so): no read at all.
    expect(reads).not.toHaveBeenCalled();
    // A registry that has just loaded the camp holds its tail too.
    const cold = await b.withState(campId, (state) => b.entriesSince(campId, 1, state));
    expect(cold).toEqual(fromLog);
  });

  it('reads the log again once another process has written to the file', async () => {
    const { a, b } = await twoInstances();
    const created = await createCamp(a, CreateCampRequestSchema.parse({ title: 'Elsewhere' }));
    if (!created.ok) throw new Error(created.message);
    const { campId } = created;
    await a.current(campId);
    await b.execute(campId, {
      commandId: 'cmd-b-pitch',
      command: pitch('from-b'),
      actor: MODERATOR,
    });
    const seen = await a.current(campId);
    expect(seen.sessions.map((session) => session.id)).toEqual(['from-b']);
    const entries = await a.withState(campId, (state) => a.entriesSince(campId, 1, state));
    expect(entries.map((entry) => entry.commandId)).toEqual(['cmd-b-pitch']);
  });

  it('tells its listeners once a camp is deleted, and only then', async () => {
    const { a, storeA } = await twoInstances();
    const created = await createCamp(a, CreateCampRequestSchema.parse({ title: 'Gone' }));
    if (!created.ok) throw new Error(created.message);
    const heard: string[] = [];
    a.onRemoved((campId) => heard.push(campId));
    a.onRemoved(() => {
      throw new Error('a listener that fails must not stop the others or the deletion');
    });
    a.onRemoved((campId) => heard.push(`again ${campId}`));
    expect(heard).toEqual([]);
    const removed = await a.remove(created.campId, () => storeA.deleteCamp(created.campId));
    expect(removed).toBe(true);
    expect(heard).toEqual([created.campId, `again ${created.campId}`]);
    expect(await storeA.findCampById(created.campId)).toBeNull();
  });
});
