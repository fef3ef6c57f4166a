import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

/** Append only: a released migration is never edited, a change is a new entry at the end. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'camps, camp log, participants',
    up(db) {
      db.exec(`
        CREATE TABLE camps (
          id TEXT PRIMARY KEY,
          slug TEXT NOT NULL UNIQUE,
          moderator_token_hash TEXT NOT NULL,
          created_at INTEGER NOT NULL
        );
        CREATE TABLE camp_log (
          camp_id TEXT NOT NULL REFERENCES camps(id),
          version INTEGER NOT NULL CHECK (version >= 1),
          command_id TEXT NOT NULL,
          at INTEGER NOT NULL,
          actor TEXT NOT NULL,
          events TEXT NOT NULL,
          PRIMARY KEY (camp_id, version),
          UNIQUE (camp_id, command_id)
        ) WITHOUT ROWID;
        CREATE TABLE participants (
          id TEXT PRIMARY KEY,
          camp_id TEXT NOT NULL REFERENCES camps(id),
          display_name TEXT NOT NULL,
          token_hash TEXT NOT NULL,
          created_at INTEGER NOT NULL,
          UNIQUE (camp_id, token_hash)
        );
      `);
    },
  },
  {
    version: 2,
    name: 'stars: the sessions on each participant’s own agenda',
    up(db) {
      db.exec(`
        CREATE TABLE stars (
          camp_id TEXT NOT NULL REFERENCES camps(id),
          participant_id TEXT NOT NULL REFERENCES participants(id),
          session_id TEXT NOT NULL,
          position INTEGER NOT NULL,
          PRIMARY KEY (camp_id, participant_id, session_id)
        ) WITHOUT ROWID;
      `);
    },
  },
  {
    version: 3,
    name: 'co-moderator links and join codes',
    up(db) {
      db.exec(`
        CREATE TABLE moderator_links (
          id TEXT PRIMARY KEY,
          camp_id TEXT NOT NULL REFERENCES camps(id),
          token_hash TEXT NOT NULL,
          label TEXT NOT NULL,
          created_at INTEGER NOT NULL,
          revoked_at INTEGER,
          UNIQUE (camp_id, token_hash)
        );
        ALTER TABLE camps ADD COLUMN join_code_hash TEXT;
      `);
    },
  },
];

export function runMigrations(db: Database, migrations: readonly Migration[] = MIGRATIONS): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  )`);
  const applied = new Set(
    db
      .prepare<[], { version: number }>('SELECT version FROM schema_migrations')
      .all()
      .map((row) => row.version),
  );
  const record = db.prepare<[number, string, number]>(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  );
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    // IMMEDIATE takes the write lock first, so two processes starting at once cannot both migrate.
    db.transaction(() => {
      const already = db
        .prepare<[number], { version: number }>(
          'SELECT version FROM schema_migrations WHERE version = ?',
        )
        .get(migration.version);
      if (already) return;
      migration.up(db);
      record.run(migration.version, migration.name, Date.now());
    }).immediate();
  }
}
