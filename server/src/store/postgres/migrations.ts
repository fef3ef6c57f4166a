import type { PoolClient } from 'pg';

export interface PostgresMigration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Append only: a released migration is never edited, a change is a new entry at the end.
 * Times are ms since the epoch (bigint), actors and events JSON text as in the SQLite store: text
 * keeps the exact JSON, and unlike jsonb it accepts every string JSON can carry.
 */
export const MIGRATIONS: readonly PostgresMigration[] = [
  {
    version: 1,
    name: 'camps, camp log, participants',
    sql: `
      CREATE TABLE camps (
        id text PRIMARY KEY,
        slug text NOT NULL UNIQUE,
        moderator_token_hash text NOT NULL,
        created_at bigint NOT NULL
      );
      CREATE TABLE camp_log (
        camp_id text NOT NULL REFERENCES camps(id),
        version integer NOT NULL CHECK (version >= 1),
        command_id text NOT NULL,
        at bigint NOT NULL,
        actor text NOT NULL,
        events text NOT NULL,
        PRIMARY KEY (camp_id, version),
        UNIQUE (camp_id, command_id)
      );
      CREATE TABLE participants (
        id text PRIMARY KEY,
        camp_id text NOT NULL REFERENCES camps(id),
        display_name text NOT NULL,
        token_hash text NOT NULL,
        created_at bigint NOT NULL,
        UNIQUE (camp_id, token_hash)
      );
    `,
  },
  {
    version: 2,
    name: 'stars: the sessions on each participant’s own agenda',
    sql: `
      CREATE TABLE stars (
        camp_id text NOT NULL REFERENCES camps(id),
        participant_id text NOT NULL REFERENCES participants(id),
        session_id text NOT NULL,
        position integer NOT NULL,
        PRIMARY KEY (camp_id, participant_id, session_id)
      );
    `,
  },
  {
    version: 3,
    name: 'co-moderator links and join codes',
    sql: `
      CREATE TABLE moderator_links (
        id text PRIMARY KEY,
        camp_id text NOT NULL REFERENCES camps(id),
        token_hash text NOT NULL,
        label text NOT NULL,
        created_at bigint NOT NULL,
        revoked_at bigint,
        UNIQUE (camp_id, token_hash)
      );
      ALTER TABLE camps ADD COLUMN join_code_hash text;
    `,
  },
];

/**
 * Brings the schema on the client's search_path up to date, in one transaction. Every instance
 * runs this on start: the advisory lock (per schema) makes a second instance wait until the first
 * has committed, then find nothing left to do, instead of both creating the same tables.
 */
export async function runMigrations(
  client: PoolClient,
  migrations: readonly PostgresMigration[] = MIGRATIONS,
): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(
      "SELECT pg_advisory_xact_lock(hashtext('campgrid:migrate'), hashtext(coalesce(current_schema(), '')))",
    );
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at bigint NOT NULL
    )`);
    const { rows } = await client.query<{ version: number }>(
      'SELECT version FROM schema_migrations',
    );
    const applied = new Set(rows.map((row) => row.version));
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query(
        'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
        [migration.version, migration.name, Date.now()],
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    // A failed ROLLBACK (the connection is gone) would hide the error that matters.
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
