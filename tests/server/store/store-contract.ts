import { randomUUID } from 'node:crypto';
import {
  type CampSetup,
  DEFAULT_CAMP_SETTINGS,
  defaultDaySlots,
  defaultRooms,
  MODERATOR,
  newSession,
  participant,
} from '@campgrid/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CampRecord, Store, StoredEntry } from '../../../server/src/store/store.js';

/** One database under test; reopen() must reach the same data. */
export interface StoreFixture {
  store: Store;
  reopen(): Promise<Store>;
  dispose(): Promise<void>;
}

function campRecord(slug = `camp-${randomUUID().slice(0, 8)}`): CampRecord {
  return {
    id: randomUUID(),
    slug,
    moderatorTokenHash: 'ab'.repeat(32),
    createdAt: 1_700_000_000_000,
  };
}

function setupOf(record: CampRecord): CampSetup {
  return {
    id: record.id,
    slug: record.slug,
    title: 'Contract camp',
    timezone: 'Europe/Berlin',
    days: ['2026-11-28'],
    settings: DEFAULT_CAMP_SETTINGS,
    phases: { pitching: true, voting: true },
    rooms: defaultRooms(2),
    slots: defaultDaySlots(['2026-11-28']),
  };
}

function firstEntry(record: CampRecord): StoredEntry {
  return {
    version: 1,
    at: 1_700_000_000_000,
    commandId: `create-${record.id}`,
    actor: MODERATOR,
    events: [{ type: 'camp:created', setup: setupOf(record) }],
  };
}

function phaseEntry(version: number, commandId = `cmd-${randomUUID()}`): StoredEntry {
  return {
    version,
    at: 1_700_000_000_000 + version,
    commandId,
    actor: MODERATOR,
    events: [{ type: 'phase:changed', phase: 'voting', open: version % 2 === 0 }],
  };
}

/**
 * The behaviour every Store must have. Run it for each implementation:
 * describeStoreContract('SQLite', async () => ({ store, reopen, dispose })).
 */
export function describeStoreContract(name: string, makeStore: () => Promise<StoreFixture>): void {
  describe(`Store contract: ${name}`, () => {
    let fixture: StoreFixture;
    let store: Store;

    beforeEach(async () => {
      fixture = await makeStore();
      store = fixture.store;
    });
    afterEach(async () => {
      await fixture.dispose();
    });

    async function newCamp(): Promise<CampRecord> {
      const record = campRecord();
      expect(await store.createCamp(record, firstEntry(record))).toEqual({ kind: 'created' });
      return record;
    }

    it('answers a ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('creates a camp with its first log entry and finds it by slug and id', async () => {
      expect(await store.countCamps()).toBe(0);
      const record = await newCamp();
      expect(await store.findCampBySlug(record.slug)).toEqual(record);
      expect(await store.findCampById(record.id)).toEqual(record);
      expect(await store.readEntries(record.id, 0)).toEqual([firstEntry(record)]);
      expect(await store.countCamps()).toBe(1);
    });

    it('returns null for unknown camps', async () => {
      expect(await store.findCampBySlug('no-such-camp')).toBeNull();
      expect(await store.findCampById(randomUUID())).toBeNull();
    });

    it('refuses a second camp with the same slug and keeps the first intact', async () => {
      const record = await newCamp();
      const twin = { ...campRecord(record.slug) };
      expect(await store.createCamp(twin, firstEntry(twin))).toEqual({ kind: 'slug-taken' });
      expect(await store.findCampById(twin.id)).toBeNull();
      expect(await store.readEntries(twin.id, 0)).toEqual([]);
      expect(await store.countCamps()).toBe(1);
    });

    it('appends at the next version', async () => {
      const record = await newCamp();
      const entry = phaseEntry(2);
      expect(await store.appendEntry(record.id, entry)).toEqual({ kind: 'appended', entry });
      expect(await store.readEntries(record.id, 1)).toEqual([entry]);
    });

    it('reports a duplicate commandId with the stored entry and writes nothing', async () => {
      const record = await newCamp();
      const stored = phaseEntry(2, 'cmd-retried-1');
      await store.appendEntry(record.id, stored);
      const retry = { ...phaseEntry(3, 'cmd-retried-1'), at: 42 };
      expect(await store.appendEntry(record.id, retry)).toEqual({
        kind: 'duplicate',
        entry: stored,
      });
      expect((await store.readEntries(record.id, 0)).map((entry) => entry.version)).toEqual([1, 2]);
      expect(await store.findEntryByCommandId(record.id, 'cmd-retried-1')).toEqual(stored);
    });

    it('reports a duplicate even when the retry asks for a version that is taken', async () => {
      const record = await newCamp();
      const stored = phaseEntry(2, 'cmd-retried-2');
      await store.appendEntry(record.id, stored);
      expect(await store.appendEntry(record.id, phaseEntry(2, 'cmd-retried-2'))).toEqual({
        kind: 'duplicate',
        entry: stored,
      });
    });

    it('reports version-taken when another writer got the version first', async () => {
      const record = await newCamp();
      const winner = phaseEntry(2);
      await store.appendEntry(record.id, winner);
      expect(await store.appendEntry(record.id, phaseEntry(2))).toEqual({ kind: 'version-taken' });
      expect(await store.readEntries(record.id, 1)).toEqual([winner]);
    });

    it('appends a batch of consecutive entries in one go', async () => {
      const record = await newCamp();
      const batch = [phaseEntry(2), phaseEntry(3), phaseEntry(4)];
      expect(await store.appendEntries(record.id, batch)).toEqual({ kind: 'appended' });
      expect(await store.readEntries(record.id, 1)).toEqual(batch);
      const last = batch[2];
      if (last === undefined) throw new Error('batch has three entries');
      expect(await store.findEntryByCommandId(record.id, last.commandId)).toEqual(last);
    });

    it('writes nothing of a batch that holds a stored command id', async () => {
      const record = await newCamp();
      const stored = phaseEntry(2, 'cmd-in-batch');
      await store.appendEntry(record.id, stored);
      const batch = [phaseEntry(3), phaseEntry(4, 'cmd-in-batch'), phaseEntry(5)];
      expect(await store.appendEntries(record.id, batch)).toEqual({ kind: 'rejected' });
      expect(await store.readEntries(record.id, 1)).toEqual([stored]);
    });

    it('writes nothing of a batch that holds one command id twice', async () => {
      const record = await newCamp();
      const batch = [phaseEntry(2, 'cmd-twice'), phaseEntry(3, 'cmd-twice')];
      expect(await store.appendEntries(record.id, batch)).toEqual({ kind: 'rejected' });
      expect(await store.readEntries(record.id, 1)).toEqual([]);
    });

    it('writes nothing of a batch whose first version is taken', async () => {
      const record = await newCamp();
      const winner = phaseEntry(2);
      await store.appendEntry(record.id, winner);
      expect(await store.appendEntries(record.id, [phaseEntry(2), phaseEntry(3)])).toEqual({
        kind: 'rejected',
      });
      expect(await store.readEntries(record.id, 1)).toEqual([winner]);
    });

    it('rejects a batch with a gap and writes none of it', async () => {
      const record = await newCamp();
      await expect(
        store.appendEntries(record.id, [phaseEntry(2), phaseEntry(4)]),
      ).rejects.toThrow();
      expect(await store.readEntries(record.id, 1)).toEqual([]);
    });

    it('rejects a gap in the log', async () => {
      const record = await newCamp();
      await expect(store.appendEntry(record.id, phaseEntry(3))).rejects.toThrow();
      expect(await store.readEntries(record.id, 1)).toEqual([]);
    });

    it('keeps command ids per camp: the same id may appear in two camps', async () => {
      const first = await newCamp();
      const second = await newCamp();
      const entry = phaseEntry(2, 'cmd-same-in-both');
      expect((await store.appendEntry(first.id, entry)).kind).toBe('appended');
      expect((await store.appendEntry(second.id, entry)).kind).toBe('appended');
      expect(await store.findEntryByCommandId(first.id, 'cmd-unknown')).toBeNull();
    });

    it('reads entries after a version, oldest first, with an optional limit', async () => {
      const record = await newCamp();
      const entries = [2, 3, 4, 5, 6].map((version) => phaseEntry(version));
      for (const entry of entries) await store.appendEntry(record.id, entry);
      const versions = async (after: number, limit?: number) =>
        (await store.readEntries(record.id, after, limit)).map((entry) => entry.version);
      expect(await versions(0)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(await versions(3)).toEqual([4, 5, 6]);
      expect(await versions(2, 2)).toEqual([3, 4]);
      expect(await versions(6)).toEqual([]);
      expect(await versions(1, 0)).toEqual([]);
    });

    it('round-trips actors and events exactly', async () => {
      const record = await newCamp();
      const entry: StoredEntry = {
        version: 2,
        at: 1_700_000_000_123,
        commandId: 'cmd-round-trip',
        actor: participant('p-1'),
        events: [
          {
            type: 'session:pitched',
            session: newSession({
              id: 's1',
              kind: 'pitch',
              title: 'Ümlaute & “Anführungszeichen”',
              description: 'line one',
              hosts: [{ name: 'Anna', participantId: 'p-1' }],
              tags: ['OZG'],
              format: 'talk',
              language: 'de',
            }),
          },
          { type: 'vote:cast', sessionId: 's1', participantId: 'p-1' },
        ],
      };
      await store.appendEntry(record.id, entry);
      expect(await store.readEntries(record.id, 1)).toEqual([entry]);
    });

    it('finds participants by token hash, only within their camp', async () => {
      const record = await newCamp();
      const other = await newCamp();
      const member = {
        id: randomUUID(),
        campId: record.id,
        displayName: 'Jörg',
        tokenHash: 'cd'.repeat(32),
        createdAt: 1_700_000_000_500,
      };
      await store.createParticipant(member);
      expect(await store.findParticipantByTokenHash(record.id, member.tokenHash)).toEqual(member);
      expect(await store.findParticipantByTokenHash(other.id, member.tokenHash)).toBeNull();
      expect(await store.findParticipantByTokenHash(record.id, 'ef'.repeat(32))).toBeNull();
    });

    it('keeps everything across a reopen, and migrating again changes nothing', async () => {
      const record = await newCamp();
      await store.appendEntry(record.id, phaseEntry(2));
      const before = await store.readEntries(record.id, 0);
      store = await fixture.reopen();
      await store.migrate();
      await store.migrate();
      expect(await store.countCamps()).toBe(1);
      expect(await store.findCampBySlug(record.slug)).toEqual(record);
      expect(await store.readEntries(record.id, 0)).toEqual(before);
      expect((await store.appendEntry(record.id, phaseEntry(3))).kind).toBe('appended');
    });
  });
}
