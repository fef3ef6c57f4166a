import { ActorSchema, DomainEventSchema } from '@campgrid/shared';
import pg from 'pg';
import type { Logger } from 'pino';
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
import { CampWriteLocks } from './camp-write-locks.js';
import { runMigrations } from './migrations.js';
import { Int8Schema, participantFromRow } from './rows.js';
import { PostgresTrust } from './trust.js';

export interface PostgresStoreOptions {
  /** postgres://user:password@host:5432/database, as in DATABASE_URL. */
  connectionString: string;
  /** Keep the tables in this (existing) schema instead of the search_path's default. */
  schema?: string;
  logger?: Logger;
}

/** Connections for queries. */
const QUERY_POOL_SIZE = 10;
/** Connections that hold camp write locks: this many camps can commit at once on one instance. */
const LOCK_POOL_SIZE = 8;
/** An unreachable database fails a request instead of hanging it. */
const CONNECT_TIMEOUT_MS = 5_000;
/** A lock holder that hangs (not dies: then PostgreSQL frees the lock) fails others' commands. */
const LOCK_TIMEOUT_MS = 10_000;
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

const CampRowSchema = z.object({
  id: z.string(),
  slug: z.string(),
  moderator_token_hash: z.string(),
  created_at: Int8Schema,
});

const EntryRowSchema = z.object({
  version: z.number().int(),
  command_id: z.string(),
  at: Int8Schema,
  actor: z.string(),
  events: z.string(),
});

const StarRowSchema = z.object({ session_id: z.string() });

const StoredEventsSchema = z.array(DomainEventSchema);

const ENTRY_COLUMNS = 'version, command_id, at, actor, events';

function campFromRow(row: unknown): CampRecord {
  const parsed = CampRowSchema.parse(row);
  return {
    id: parsed.id,
    slug: parsed.slug,
    moderatorTokenHash: parsed.moderator_token_hash,
    createdAt: parsed.created_at,
  };
}

/** The log is read back through the shared schemas: a corrupted row fails loudly, not silently. */
function entryFromRow(row: unknown): StoredEntry {
  const parsed = EntryRowSchema.parse(row);
  return {
    version: parsed.version,
    at: parsed.at,
    commandId: parsed.command_id,
    actor: ActorSchema.parse(JSON.parse(parsed.actor)),
    events: StoredEventsSchema.parse(JSON.parse(parsed.events)),
  };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === '23505';
}

function poolConfig(options: PostgresStoreOptions, max: number): pg.PoolConfig {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`Invalid PostgreSQL schema name "${schema}".`);
  }
  return {
    connectionString: options.connectionString,
    max,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: 'campgrid',
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  };
}

/**
 * The store for several instances on one database.
 *
 * How one camp's log stays without gaps or duplicates: the table's keys, (camp_id, version) and
 * (camp_id, command_id), make a second write of a version or a command impossible, and the append
 * writes only at the log's end plus one. Those keys are the guarantee. On top, the registry takes
 * the camp's advisory lock (withCampWriteLock) around read-decide-append, so the instances take
 * turns instead of racing: without it, an instance with a queue of commands keeps winning, because
 * it knows the log's end without reading, and the others re-decide until they give up.
 */
export class PostgresStore implements Store {
  private readonly pool: pg.Pool;
  private readonly lockPool: pg.Pool;
  private readonly locks: CampWriteLocks;
  private readonly trust: PostgresTrust;
  private closing: Promise<void> | null = null;

  constructor(options: PostgresStoreOptions) {
    const onConnectionError = (error: Error) => {
      // The pool drops the broken connection by itself; the next query reports the failure.
      options.logger?.warn({ err: error }, 'a PostgreSQL connection failed');
    };
    this.pool = new pg.Pool(poolConfig(options, QUERY_POOL_SIZE));
    this.lockPool = new pg.Pool({
      ...poolConfig(options, LOCK_POOL_SIZE),
      lock_timeout: LOCK_TIMEOUT_MS,
    });
    this.pool.on('error', onConnectionError);
    this.lockPool.on('error', onConnectionError);
    this.locks = new CampWriteLocks(this.lockPool, onConnectionError);
    this.trust = new PostgresTrust(this.pool);
  }

  private async withClient<T>(task: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    const onError = () => {
      broken = true;
    };
    client.on('error', onError);
    try {
      return await task(client);
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  }

  async migrate(): Promise<void> {
    await this.withClient((client) => runMigrations(client));
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.locks.settled();
      await Promise.all([this.pool.end(), this.lockPool.end()]);
    })();
    return this.closing;
  }

  withCampWriteLock<T>(campId: string, task: () => Promise<T>): Promise<T> {
    return this.locks.run(campId, task);
  }

  async createCamp(record: CampRecord, firstEntry: StoredEntry): Promise<CreateCampResult> {
    if (firstEntry.version !== 1) throw new Error('A camp log starts at version 1.');
    try {
      await this.withClient(async (client) => {
        await client.query('BEGIN');
        try {
          await client.query(
            'INSERT INTO camps (id, slug, moderator_token_hash, created_at) VALUES ($1, $2, $3, $4)',
            [record.id, record.slug, record.moderatorTokenHash, record.createdAt],
          );
          await this.insertEntry(client, record.id, firstEntry);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        }
      });
      return { kind: 'created' };
    } catch (error) {
      if (isUniqueViolation(error) && (await this.findCampBySlug(record.slug))) {
        return { kind: 'slug-taken' };
      }
      throw error;
    }
  }

  private async insertEntry(
    client: pg.PoolClient,
    campId: string,
    entry: StoredEntry,
  ): Promise<void> {
    await client.query(
      'INSERT INTO camp_log (camp_id, version, command_id, at, actor, events) VALUES ($1, $2, $3, $4, $5, $6)',
      entryRowValues(campId, entry),
    );
  }

  async findCampBySlug(slug: string): Promise<CampRecord | null> {
    const { rows } = await this.pool.query('SELECT * FROM camps WHERE slug = $1', [slug]);
    return rows[0] === undefined ? null : campFromRow(rows[0]);
  }

  async findCampById(campId: string): Promise<CampRecord | null> {
    const { rows } = await this.pool.query('SELECT * FROM camps WHERE id = $1', [campId]);
    return rows[0] === undefined ? null : campFromRow(rows[0]);
  }

  async countCamps(): Promise<number> {
    const { rows } = await this.pool.query('SELECT count(*) AS count FROM camps');
    return Int8Schema.parse(rows[0]?.count ?? 0);
  }

  async appendEntry(campId: string, entry: StoredEntry): Promise<AppendResult> {
    // One statement, no transaction: it writes only at the end of the log it sees, and the keys
    // turn a concurrent write of the same version or command id into "nothing inserted" (a
    // second writer waits for the first to commit, then skips).
    const inserted = await this.pool.query(
      `INSERT INTO camp_log (camp_id, version, command_id, at, actor, events)
       SELECT $1::text, $2::integer, $3::text, $4::bigint, $5::text, $6::text
       WHERE $2::integer = (SELECT coalesce(max(version), 0) + 1 FROM camp_log WHERE camp_id = $1)
       ON CONFLICT DO NOTHING`,
      entryRowValues(campId, entry),
    );
    if (inserted.rowCount === 1) return { kind: 'appended', entry };
    // Nothing written: find out why, now that any write we collided with has committed.
    const stored = await this.findEntryByCommandId(campId, entry.commandId);
    if (stored) return { kind: 'duplicate', entry: stored };
    const { rows } = await this.pool.query(
      'SELECT coalesce(max(version), 0) AS last FROM camp_log WHERE camp_id = $1',
      [campId],
    );
    const last = z.number().int().parse(rows[0]?.last);
    if (entry.version <= last) return { kind: 'version-taken' };
    throw new Error(`Log gap: camp ${campId} is at version ${last}, got ${entry.version}.`);
  }

  async appendEntries(campId: string, entries: readonly StoredEntry[]): Promise<AppendBatchResult> {
    const first = entries[0];
    if (first === undefined) return { kind: 'appended' };
    return this.withClient(async (client) => {
      await client.query('BEGIN');
      try {
        const { rows } = await client.query(
          'SELECT coalesce(max(version), 0) AS last FROM camp_log WHERE camp_id = $1',
          [campId],
        );
        let last = z.number().int().parse(rows[0]?.last);
        if (first.version <= last) {
          await client.query('ROLLBACK');
          return { kind: 'rejected' };
        }
        for (const entry of entries) {
          if (entry.version !== last + 1) {
            throw new Error(`Log gap: camp ${campId} is at version ${last}, got ${entry.version}.`);
          }
          // A duplicate command id, or a version another writer took meanwhile, inserts nothing.
          const inserted = await client.query(
            `INSERT INTO camp_log (camp_id, version, command_id, at, actor, events)
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
            entryRowValues(campId, entry),
          );
          if (inserted.rowCount !== 1) {
            await client.query('ROLLBACK');
            return { kind: 'rejected' };
          }
          last = entry.version;
        }
        await client.query('COMMIT');
        return { kind: 'appended' };
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  async readEntries(campId: string, afterVersion: number, limit?: number): Promise<StoredEntry[]> {
    // LIMIT NULL is no limit.
    const { rows } = await this.pool.query(
      `SELECT ${ENTRY_COLUMNS} FROM camp_log WHERE camp_id = $1 AND version > $2 ORDER BY version LIMIT $3`,
      [campId, afterVersion, limit ?? null],
    );
    return rows.map(entryFromRow);
  }

  async findEntryByCommandId(campId: string, commandId: string): Promise<StoredEntry | null> {
    const { rows } = await this.pool.query(
      `SELECT ${ENTRY_COLUMNS} FROM camp_log WHERE camp_id = $1 AND command_id = $2`,
      [campId, commandId],
    );
    return rows[0] === undefined ? null : entryFromRow(rows[0]);
  }

  async createParticipant(participant: ParticipantRecord): Promise<void> {
    await this.pool.query(
      'INSERT INTO participants (id, camp_id, display_name, token_hash, created_at) VALUES ($1, $2, $3, $4, $5)',
      [
        participant.id,
        participant.campId,
        participant.displayName,
        participant.tokenHash,
        participant.createdAt,
      ],
    );
  }

  async findParticipantById(
    campId: string,
    participantId: string,
  ): Promise<ParticipantRecord | null> {
    const { rows } = await this.pool.query(
      'SELECT * FROM participants WHERE camp_id = $1 AND id = $2',
      [campId, participantId],
    );
    return rows[0] === undefined ? null : participantFromRow(rows[0]);
  }

  async readStars(campId: string, participantId: string): Promise<string[]> {
    const { rows } = await this.pool.query(
      'SELECT session_id FROM stars WHERE camp_id = $1 AND participant_id = $2 ORDER BY position',
      [campId, participantId],
    );
    return rows.map((row) => StarRowSchema.parse(row).session_id);
  }

  async replaceStars(
    campId: string,
    participantId: string,
    sessionIds: readonly string[],
  ): Promise<void> {
    await this.withClient(async (client) => {
      await client.query('BEGIN');
      try {
        // Locking the participant's row makes two replacements (from two instances) take turns:
        // the later one wins whole, instead of the two mixing.
        await client.query('SELECT 1 FROM participants WHERE camp_id = $1 AND id = $2 FOR UPDATE', [
          campId,
          participantId,
        ]);
        await client.query('DELETE FROM stars WHERE camp_id = $1 AND participant_id = $2', [
          campId,
          participantId,
        ]);
        // A session listed twice keeps its first position, as in the SQLite store.
        await client.query(
          `INSERT INTO stars (camp_id, participant_id, session_id, position)
           SELECT $1, $2, listed.session_id, listed.ordinal - 1
           FROM unnest($3::text[]) WITH ORDINALITY AS listed(session_id, ordinal)
           ORDER BY listed.ordinal
           ON CONFLICT DO NOTHING`,
          [campId, participantId, [...sessionIds]],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  async findParticipantByTokenHash(
    campId: string,
    tokenHash: string,
  ): Promise<ParticipantRecord | null> {
    const { rows } = await this.pool.query(
      'SELECT * FROM participants WHERE camp_id = $1 AND token_hash = $2',
      [campId, tokenHash],
    );
    return rows[0] === undefined ? null : participantFromRow(rows[0]);
  }

  listCampIds(): Promise<string[]> {
    return this.trust.listCampIds();
  }

  rotateModeratorTokenHash(
    campId: string,
    expectedHash: string,
    newHash: string,
  ): Promise<boolean> {
    return this.trust.rotateModeratorTokenHash(campId, expectedHash, newHash);
  }

  createModeratorLink(link: ModeratorLinkRecord): Promise<void> {
    return this.trust.createModeratorLink(link);
  }

  findModeratorLinkByTokenHash(
    campId: string,
    tokenHash: string,
  ): Promise<ModeratorLinkRecord | null> {
    return this.trust.findModeratorLinkByTokenHash(campId, tokenHash);
  }

  listModeratorLinks(campId: string): Promise<ModeratorLinkRecord[]> {
    return this.trust.listModeratorLinks(campId);
  }

  revokeModeratorLink(
    campId: string,
    linkId: string,
    at: number,
  ): Promise<ModeratorLinkRecord | null> {
    return this.trust.revokeModeratorLink(campId, linkId, at);
  }

  setJoinCodeHash(campId: string, codeHash: string | null): Promise<void> {
    return this.trust.setJoinCodeHash(campId, codeHash);
  }

  findJoinCodeHash(campId: string): Promise<string | null> {
    return this.trust.findJoinCodeHash(campId);
  }

  listParticipants(campId: string): Promise<ParticipantRecord[]> {
    return this.trust.listParticipants(campId);
  }

  deleteParticipant(campId: string, participantId: string): Promise<ParticipantRecord | null> {
    return this.trust.deleteParticipant(campId, participantId);
  }

  deleteCamp(campId: string): Promise<boolean> {
    return this.trust.deleteCamp(campId);
  }
}

/** Opens the PostgreSQL store and brings its schema up to date; rejects if the database does not answer. */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const store = new PostgresStore(options);
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
