import type { Pool, PoolClient } from 'pg';

const LOCK_SQL = "SELECT pg_advisory_lock(hashtext('campgrid:camp-write'), hashtext($1))";
const UNLOCK_SQL = "SELECT pg_advisory_unlock(hashtext('campgrid:camp-write'), hashtext($1))";

/**
 * One PostgreSQL advisory lock per camp, held while a command reads the log's end, is decided and
 * appended, so that commands for one camp take turns across every instance on the database.
 *
 * The locks are session locks on connections of their own pool. The task's queries run on the
 * store's main pool: with a single pool, as many busy camps as connections could each hold a lock
 * connection and wait forever for a second one to read with.
 */
export class CampWriteLocks {
  private readonly unlocking = new Set<Promise<void>>();

  constructor(
    private readonly pool: Pool,
    private readonly onConnectionError: (error: Error) => void,
  ) {}

  async run<T>(campId: string, task: () => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    client.on('error', this.onConnectionError);
    try {
      await client.query(LOCK_SQL, [campId]);
    } catch (error) {
      this.release(client, true);
      throw error;
    }
    try {
      return await task();
    } finally {
      this.unlockInBackground(client, campId);
    }
  }

  /**
   * The command's ack need not wait for the unlock: the next command for this camp, here or on
   * another instance, waits for it inside PostgreSQL anyway.
   */
  private unlockInBackground(client: PoolClient, campId: string): void {
    const done = client.query(UNLOCK_SQL, [campId]).then(
      () => this.release(client, false),
      // The connection may still hold the lock: destroy it, and PostgreSQL frees the lock.
      () => this.release(client, true),
    );
    this.unlocking.add(done);
    void done.finally(() => this.unlocking.delete(done));
  }

  private release(client: PoolClient, destroy: boolean): void {
    client.off('error', this.onConnectionError);
    client.release(destroy);
  }

  /** Resolves once every lock taken so far has been given back. */
  async settled(): Promise<void> {
    await Promise.all(this.unlocking);
  }
}
