import { randomUUID } from 'node:crypto';
import {
  type CampSetup,
  DEFAULT_CAMP_SETTINGS,
  defaultDaySlots,
  defaultRooms,
  MODERATOR,
} from '@campgrid/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../../server/src/store/postgres/postgres-store.js';
import { openSqliteStore } from '../../../server/src/store/sqlite/sqlite-store.js';
import type {
  CampRecord,
  ModeratorLinkRecord,
  ParticipantRecord,
  Store,
} from '../../../server/src/store/store.js';
import { createTestSchema, TEST_DATABASE_URL } from '../helpers/postgres.js';

/*
 * The store methods behind access and privacy, run against both stores: what one does, the other
 * must do too.
 */

function campRecord(): CampRecord {
  return {
    id: randomUUID(),
    slug: `camp-${randomUUID().slice(0, 8)}`,
    moderatorTokenHash: 'ab'.repeat(32),
    createdAt: 1_700_000_000_000,
  };
}

function setupOf(record: CampRecord): CampSetup {
  return {
    id: record.id,
    slug: record.slug,
    title: 'Trust camp',
    timezone: 'Europe/Berlin',
    days: ['2026-11-28'],
    settings: DEFAULT_CAMP_SETTINGS,
    phases: { pitching: true, voting: true },
    rooms: defaultRooms(2),
    slots: defaultDaySlots(['2026-11-28']),
  };
}

async function addCamp(store: Store): Promise<CampRecord> {
  const record = campRecord();
  await store.createCamp(record, {
    version: 1,
    at: record.createdAt,
    commandId: `create-${record.id}`,
    actor: MODERATOR,
    events: [{ type: 'camp:created', setup: setupOf(record) }],
  });
  return record;
}

function participantOf(camp: CampRecord, name: string, at: number): ParticipantRecord {
  return {
    id: randomUUID(),
    campId: camp.id,
    displayName: name,
    tokenHash: randomUUID().replaceAll('-', '').repeat(2),
    createdAt: at,
  };
}

function linkOf(camp: CampRecord, label: string, at: number): ModeratorLinkRecord {
  return {
    id: randomUUID(),
    campId: camp.id,
    tokenHash: randomUUID().replaceAll('-', '').repeat(2),
    label,
    createdAt: at,
    revokedAt: null,
  };
}

function describeTrustStore(
  name: string,
  open: () => Promise<{ store: Store; dispose(): Promise<void> }>,
) {
  describe(`${name} store: access and privacy`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    beforeAll(async () => {
      ({ store, dispose } = await open());
    });
    afterAll(async () => {
      await dispose();
    });

    it('rotates the main moderator hash only from the hash it expects', async () => {
      const camp = await addCamp(store);
      expect(await store.rotateModeratorTokenHash(camp.id, 'cd'.repeat(32), 'ef'.repeat(32))).toBe(
        false,
      );
      expect(
        await store.rotateModeratorTokenHash(camp.id, camp.moderatorTokenHash, 'ef'.repeat(32)),
      ).toBe(true);
      expect((await store.findCampById(camp.id))?.moderatorTokenHash).toBe('ef'.repeat(32));
      expect(
        await store.rotateModeratorTokenHash(camp.id, camp.moderatorTokenHash, '01'.repeat(32)),
      ).toBe(false);
    });

    it('keeps co-moderator links, finds only working ones, and revokes once', async () => {
      const camp = await addCamp(store);
      const other = await addCamp(store);
      const first = linkOf(camp, 'Erste', 10);
      const second = linkOf(camp, 'Zweite', 20);
      await store.createModeratorLink(second);
      await store.createModeratorLink(first);
      expect(await store.listModeratorLinks(camp.id)).toEqual([first, second]);
      expect(await store.findModeratorLinkByTokenHash(camp.id, first.tokenHash)).toEqual(first);
      expect(await store.findModeratorLinkByTokenHash(other.id, first.tokenHash)).toBeNull();

      expect(await store.revokeModeratorLink(other.id, first.id, 30)).toBeNull();
      expect(await store.revokeModeratorLink(camp.id, first.id, 30)).toEqual({
        ...first,
        revokedAt: 30,
      });
      expect(await store.revokeModeratorLink(camp.id, first.id, 40)).toBeNull();
      expect(await store.findModeratorLinkByTokenHash(camp.id, first.tokenHash)).toBeNull();
      expect(await store.listModeratorLinks(camp.id)).toEqual([
        { ...first, revokedAt: 30 },
        second,
      ]);
    });

    it('sets, replaces and clears the join code hash', async () => {
      const camp = await addCamp(store);
      expect(await store.findJoinCodeHash(camp.id)).toBeNull();
      await store.setJoinCodeHash(camp.id, 'scrypt$first');
      await store.setJoinCodeHash(camp.id, 'scrypt$second');
      expect(await store.findJoinCodeHash(camp.id)).toBe('scrypt$second');
      await store.setJoinCodeHash(camp.id, null);
      expect(await store.findJoinCodeHash(camp.id)).toBeNull();
      // A join code does not disturb the rest of the record.
      expect(await store.findCampById(camp.id)).toEqual(camp);
    });

    it('lists participants oldest first, and deletes one with their stars', async () => {
      const camp = await addCamp(store);
      const anna = participantOf(camp, 'Anna', 10);
      const ben = participantOf(camp, 'Ben', 20);
      await store.createParticipant(ben);
      await store.createParticipant(anna);
      await store.replaceStars(camp.id, anna.id, ['s1', 's2']);
      await store.replaceStars(camp.id, ben.id, ['s1']);
      expect(await store.listParticipants(camp.id)).toEqual([anna, ben]);

      expect(await store.deleteParticipant(camp.id, anna.id)).toEqual(anna);
      expect(await store.deleteParticipant(camp.id, anna.id)).toBeNull();
      expect(await store.findParticipantByTokenHash(camp.id, anna.tokenHash)).toBeNull();
      expect(await store.readStars(camp.id, anna.id)).toEqual([]);
      expect(await store.readStars(camp.id, ben.id)).toEqual(['s1']);
      expect(await store.listParticipants(camp.id)).toEqual([ben]);
    });

    it('deletes a camp with everything kept about it, and nothing of another camp', async () => {
      const camp = await addCamp(store);
      const other = await addCamp(store);
      for (const target of [camp, other]) {
        const member = participantOf(target, 'Anna', 10);
        await store.createParticipant(member);
        await store.replaceStars(target.id, member.id, ['s1']);
        await store.createModeratorLink(linkOf(target, 'Team', 10));
        await store.setJoinCodeHash(target.id, 'scrypt$x');
        await store.appendEntry(target.id, {
          version: 2,
          at: 2,
          commandId: `cmd-${randomUUID()}`,
          actor: MODERATOR,
          events: [{ type: 'phase:changed', phase: 'voting', open: false }],
        });
      }
      const otherParticipants = await store.listParticipants(other.id);
      expect(await store.listCampIds()).toEqual(expect.arrayContaining([camp.id, other.id]));

      expect(await store.deleteCamp(camp.id)).toBe(true);
      expect(await store.deleteCamp(camp.id)).toBe(false);
      expect(await store.findCampById(camp.id)).toBeNull();
      expect(await store.findCampBySlug(camp.slug)).toBeNull();
      expect(await store.readEntries(camp.id, 0)).toEqual([]);
      expect(await store.listParticipants(camp.id)).toEqual([]);
      expect(await store.listModeratorLinks(camp.id)).toEqual([]);
      expect(await store.listCampIds()).not.toContain(camp.id);

      expect(await store.readEntries(other.id, 0)).toHaveLength(2);
      expect(await store.listParticipants(other.id)).toEqual(otherParticipants);
      expect(await store.listModeratorLinks(other.id)).toHaveLength(1);
      expect(await store.readStars(other.id, otherParticipants[0]?.id ?? '')).toEqual(['s1']);
    });

    it('records the co-moderator who acted in the log', async () => {
      const camp = await addCamp(store);
      const actor = { role: 'moderator', moderatorId: 'link-1' } as const;
      await store.appendEntry(camp.id, {
        version: 2,
        at: 2,
        commandId: `cmd-${randomUUID()}`,
        actor,
        events: [{ type: 'phase:changed', phase: 'voting', open: false }],
      });
      expect((await store.readEntries(camp.id, 1))[0]?.actor).toEqual(actor);
    });
  });
}

describeTrustStore('SQLite', async () => {
  const store = await openSqliteStore({ memory: true });
  return { store, dispose: () => store.close() };
});

describeTrustStore('PostgreSQL', async () => {
  const schema = await createTestSchema();
  const store = await openPostgresStore({
    connectionString: TEST_DATABASE_URL,
    schema: schema.name,
  });
  return {
    store,
    async dispose() {
      await store.close();
      await schema.drop();
    },
  };
});
