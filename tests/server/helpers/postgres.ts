import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The CI machine's PostgreSQL; TEST_DATABASE_URL points the tests at another. */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const HOW_TO_START =
  'Start it with `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` ' +
  '(.ci/run does this), or set TEST_DATABASE_URL to a PostgreSQL that answers.';

async function connectAdmin(): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: TEST_DATABASE_URL,
    connectionTimeoutMillis: 3_000,
  });
  try {
    await client.connect();
  } catch (error) {
    const reason = error instanceof Error ? error.message || error.name : String(error);
    throw new Error(
      `PostgreSQL at ${TEST_DATABASE_URL} does not answer (${reason}). ${HOW_TO_START}`,
    );
  }
  return client;
}

export interface TestSchema {
  /** cg_test_<random>: no two test runs share one. */
  name: string;
  /** Drops the schema with everything in it; close the stores using it first. */
  drop(): Promise<void>;
}

/** A fresh, empty schema; a test keeps its tables there and leaves nothing behind. */
export async function createTestSchema(): Promise<TestSchema> {
  const name = `cg_test_${randomBytes(6).toString('hex')}`;
  const admin = await connectAdmin();
  try {
    await admin.query(`CREATE SCHEMA ${name}`);
  } finally {
    await admin.end();
  }
  return {
    name,
    async drop() {
      const client = await connectAdmin();
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
