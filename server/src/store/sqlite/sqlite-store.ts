import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ActorSchema, DomainEventSchema } from '@campgrid/shared';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { entryRowValues } from '../entry-row.js';
import type {
  AppendBatchResult,
  AppendResult,
  CampRecord,
  CreateCampResult,
  ModeratorLinkRecord,
  ParticipantRecord,
  Store,
  StoredEntry,
} from '../store.js';
import { BackgroundCheckpointer, FALLBACK_AUTOCHECKPOINT_PAGES } from './checkpointer.js';
import { runMigrations } from './migrations.js';
import { SqliteStars } from './stars.js';
import { SqliteTrust } from './trust.js';

export const DATABASE_FILE = 'campgrid.db';

export type SqliteStoreOptions =
  /**
   * The file campgrid.db in this directory, created with the directory if missing. Checkpoints run
   * in the background every `checkpointIntervalMs` (default CHECKPOINT_INTERVAL_MS).
   */
  | { dataDir: string; checkpointIntervalMs?: number }
  /** A private in-memory database, gone on close; for tests. */
  | { memory: true };

interface CampRow {
  id: string;
  slug: string;
  moderator_token_hash: string;
  created_at: number;
}

interface EntryRow {
  version: number;
  command_id: string;
  at: number;
  actor: string;
  events: string;
}

interface ParticipantRow {
  id: string;
  camp_id: string;
  display_name: string;
  token_hash: string;
  created_at: number;
}

const StoredEventsSchema = z.array(DomainEventSchema);

function campFromRow(row: CampRow): CampRecord {
  return {
    id: row.id,
    slug: row.slug,
    moderatorTokenHash: row.moderator_token_hash,
    createdAt: row.created_at,
  };
}

/** The log is read back through the shared schemas: a corrupted row fails loudly, not silently. */
function entryFromRow(row: EntryRow): StoredEntry {
  return {
    version: row.version,
    at: row.at,
    commandId: row.command_id,
    actor: ActorSchema.parse(JSON.parse(row.actor)),
    events: StoredEventsSchema.parse(JSON.parse(row.events)),
  };
}

function participantFromRow(row: ParticipantRow): ParticipantRecord {
  return {
    id: row.id,
    campId: row.camp_id,
    displayName: row.display_name,
    tokenHash: row.token_hash,
    createdAt: row.created_at,
  };
}

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    (error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
  );
}

function databaseFile(options: SqliteStoreOptions): string {
  if ('memory' in options) return ':memory:';
  mkdirSync(options.dataDir, { recursive: true });
  return path.join(options.dataDir, DATABASE_FILE);
}

/**
 * better-sqlite3 is synchronous; each method finishes its work before it returns its promise, so
 * a transaction never spans an await and two callers cannot interleave inside one.
 */
export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly statements;
  private readonly stars: SqliteStars;
  private readonly trust: SqliteTrust;
  /** Null for in-memory databases, which have no write-ahead log. */
  private readonly checkpointer: BackgroundCheckpointer | null;

  constructor(options: SqliteStoreOptions) {
    const file = databaseFile(options);
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // In WAL mode a commit has reached the OS once it returns, so acknowledged data survives the
    // process being killed; NORMAL only risks the last commits on power loss or an OS crash.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    // Another process (a second instance, a backup) may hold the write lock for a moment.
    this.db.pragma('busy_timeout = 5000');
    runMigrations(this.db);
    this.statements = this.prepareStatements();
    this.stars = new SqliteStars(this.db);
    this.trust = new SqliteTrust(this.db);
    if (file === ':memory:') {
      this.checkpointer = null;
    } else {
      // Checkpoints (and their fsyncs) happen off the event loop; see checkpointer.ts.
      this.db.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`);
      this.checkpointer = new BackgroundCheckpointer(
        file,
        'dataDir' in options ? options.checkpointIntervalMs : undefined,
      );
    }
  }

  /** Copies the write-ahead log into the database file now; resolves when done. */
  async checkpoint(): Promise<void> {
    await this.checkpointer?.checkpointNow();
  }

  private prepareStatements() {
    const db = this.db;
    return {
      insertCamp: db.prepare<[string, string, string, number]>(
        'INSERT INTO camps (id, slug, moderator_token_hash, created_at) VALUES (?, ?, ?, ?)',
      ),
      campBySlug: db.prepare<[string], CampRow>('SELECT * FROM camps WHERE slug = ?'),
      campById: db.prepare<[string], CampRow>('SELECT * FROM camps WHERE id = ?'),
      countCamps: db.prepare<[], { count: number }>('SELECT COUNT(*) AS count FROM camps'),
      insertEntry: db.prepare<[string, number, string, number, string, string]>(
        'INSERT INTO camp_log (camp_id, version, command_id, at, actor, events) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      dataVersion: db.prepare<[], number>('PRAGMA data_version').pluck(),
      lastVersion: db.prepare<[string], { version: number | null }>(
        'SELECT MAX(version) AS version FROM camp_log WHERE camp_id = ?',
      ),
      entryByCommandId: db.prepare<[string, string], EntryRow>(
        'SELECT version, command_id, at, actor, events FROM camp_log WHERE camp_id = ? AND command_id = ?',
      ),
      entriesAfter: db.prepare<[string, number, number], EntryRow>(
        'SELECT version, command_id, at, actor, events FROM camp_log WHERE camp_id = ? AND version > ? ORDER BY version LIMIT ?',
      ),
      insertParticipant: db.prepare<[string, string, string, string, number]>(
        'INSERT INTO participants (id, camp_id, display_name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)',
      ),
      participantById: db.prepare<[string, string], ParticipantRow>(
        'SELECT * FROM participants WHERE camp_id = ? AND id = ?',
      ),
      participantByTokenHash: db.prepare<[string, string], ParticipantRow>(
        'SELECT * FROM participants WHERE camp_id = ? AND token_hash = ?',
      ),
      ping: db.prepare<[], { one: number }>('SELECT 1 AS one'),
    };
  }

  async migrate(): Promise<void> {
    runMigrations(this.db);
  }

  async ping(): Promise<void> {
    this.statements.ping.get();
  }

  async close(): Promise<void> {
    // The background connection goes first, so this one closes last and cleans up the log.
    await this.checkpointer?.close();
    if (this.db.open) this.db.close();
  }

  private insertEntry(campId: string, entry: StoredEntry): void {
    this.statements.insertEntry.run(...entryRowValues(campId, entry));
  }

  async createCamp(record: CampRecord, firstEntry: StoredEntry): Promise<CreateCampResult> {
    if (firstEntry.version !== 1) throw new Error('A camp log starts at version 1.');
    try {
      this.db
        .transaction(() => {
          this.statements.insertCamp.run(
            record.id,
            record.slug,
            record.moderatorTokenHash,
            record.createdAt,
          );
          this.insertEntry(record.id, firstEntry);
        })
        .immediate();
      return { kind: 'created' };
    } catch (error) {
      if (isUniqueViolation(error) && this.statements.campBySlug.get(record.slug)) {
        return { kind: 'slug-taken' };
      }
      throw error;
    }
  }

  async findCampBySlug(slug: string): Promise<CampRecord | null> {
    const row = this.statements.campBySlug.get(slug);
    return row ? campFromRow(row) : null;
  }

  async findCampById(campId: string): Promise<CampRecord | null> {
    const row = this.statements.campById.get(campId);
    return row ? campFromRow(row) : null;
  }

  async countCamps(): Promise<number> {
    return this.statements.countCamps.get()?.count ?? 0;
  }

  async appendEntry(campId: string, entry: StoredEntry): Promise<AppendResult> {
    // IMMEDIATE takes the write lock before reading, so the checks below cannot go stale before
    // the insert, even with another process writing the same file.
    return this.db
      .transaction((): AppendResult => {
        const stored = this.statements.entryByCommandId.get(campId, entry.commandId);
        if (stored) return { kind: 'duplicate', entry: entryFromRow(stored) };
        const last = this.statements.lastVersion.get(campId)?.version ?? 0;
        if (entry.version <= last) return { kind: 'version-taken' };
        if (entry.version !== last + 1) {
          throw new Error(`Log gap: camp ${campId} is at version ${last}, got ${entry.version}.`);
        }
        this.insertEntry(campId, entry);
        return { kind: 'appended', entry };
      })
      .immediate();
  }

  async appendEntries(campId: string, entries: readonly StoredEntry[]): Promise<AppendBatchResult> {
    try {
      return this.appendBatch(campId, entries);
    } catch (error) {
      // A stored command id (the log's unique key) ended the transaction, which rolled back what
      // the batch had inserted so far.
      if (isUniqueViolation(error)) return { kind: 'rejected' };
      throw error;
    }
  }

  private appendBatch(campId: string, entries: readonly StoredEntry[]): AppendBatchResult {
    return this.db
      .transaction((): AppendBatchResult => {
        let last = this.statements.lastVersion.get(campId)?.version ?? 0;
        const first = entries[0];
        if (first !== undefined && first.version <= last) return { kind: 'rejected' };
        for (const entry of entries) {
          if (entry.version !== last + 1) {
            throw new Error(`Log gap: camp ${campId} is at version ${last}, got ${entry.version}.`);
          }
          this.insertEntry(campId, entry);
          last = entry.version;
        }
        return { kind: 'appended' };
      })
      .immediate();
  }

  othersWriteMark(): number {
    const mark = this.statements.dataVersion.get();
    if (mark === undefined) throw new Error('PRAGMA data_version returned nothing.');
    return mark;
  }

  async readEntries(campId: string, afterVersion: number, limit = -1): Promise<StoredEntry[]> {
    // SQLite reads LIMIT -1 as "no limit".
    return this.statements.entriesAfter.all(campId, afterVersion, limit).map(entryFromRow);
  }

  async findEntryByCommandId(campId: string, commandId: string): Promise<StoredEntry | null> {
    const row = this.statements.entryByCommandId.get(campId, commandId);
    return row ? entryFromRow(row) : null;
  }

  async createParticipant(participant: ParticipantRecord): Promise<void> {
    this.statements.insertParticipant.run(
      participant.id,
      participant.campId,
      participant.displayName,
      participant.tokenHash,
      participant.createdAt,
    );
  }

  async findParticipantByTokenHash(
    campId: string,
    tokenHash: string,
  ): Promise<ParticipantRecord | null> {
    const row = this.statements.participantByTokenHash.get(campId, tokenHash);
    return row ? participantFromRow(row) : null;
  }

  async findParticipantById(
    campId: string,
    participantId: string,
  ): Promise<ParticipantRecord | null> {
    const row = this.statements.participantById.get(campId, participantId);
    return row ? participantFromRow(row) : null;
  }

  async readStars(campId: string, participantId: string): Promise<string[]> {
    return this.stars.readStars(campId, participantId);
  }

  async replaceStars(
    campId: string,
    participantId: string,
    sessionIds: readonly string[],
  ): Promise<void> {
    this.stars.replaceStars(campId, participantId, sessionIds);
  }

  async listCampIds(): Promise<string[]> {
    return this.trust.listCampIds();
  }

  async rotateModeratorTokenHash(
    campId: string,
    expectedHash: string,
    newHash: string,
  ): Promise<boolean> {
    return this.trust.rotateModeratorTokenHash(campId, expectedHash, newHash);
  }

  async createModeratorLink(link: ModeratorLinkRecord): Promise<void> {
    this.trust.createModeratorLink(link);
  }

  async findModeratorLinkByTokenHash(
    campId: string,
    tokenHash: string,
  ): Promise<ModeratorLinkRecord | null> {
    return this.trust.findModeratorLinkByTokenHash(campId, tokenHash);
  }

  async listModeratorLinks(campId: string): Promise<ModeratorLinkRecord[]> {
    return this.trust.listModeratorLinks(campId);
  }

  async revokeModeratorLink(
    campId: string,
    linkId: string,
    at: number,
  ): Promise<ModeratorLinkRecord | null> {
    return this.trust.revokeModeratorLink(campId, linkId, at);
  }

  async setJoinCodeHash(campId: string, codeHash: string | null): Promise<void> {
    this.trust.setJoinCodeHash(campId, codeHash);
  }

  async findJoinCodeHash(campId: string): Promise<string | null> {
    return this.trust.findJoinCodeHash(campId);
  }

  async listParticipants(campId: string): Promise<ParticipantRecord[]> {
    return this.trust.listParticipants(campId);
  }

  async deleteParticipant(
    campId: string,
    participantId: string,
  ): Promise<ParticipantRecord | null> {
    return this.trust.deleteParticipant(campId, participantId);
  }

  async deleteCamp(campId: string): Promise<boolean> {
    return this.trust.deleteCamp(campId);
  }
}

/** Opens (and migrates) the SQLite store. */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<SqliteStore> {
  return new SqliteStore(options);
}
