import type pg from 'pg';
import { z } from 'zod';
import type { ModeratorLinkRecord, ParticipantRecord } from '../store.js';
import { Int8Schema, participantFromRow } from './rows.js';

const LinkRowSchema = z.object({
  id: z.string(),
  camp_id: z.string(),
  token_hash: z.string(),
  label: z.string(),
  created_at: Int8Schema,
  revoked_at: Int8Schema.nullable(),
});

const IdRowSchema = z.object({ id: z.string() });
const JoinCodeRowSchema = z.object({ join_code_hash: z.string().nullable() });

function linkFromRow(row: unknown): ModeratorLinkRecord {
  const parsed = LinkRowSchema.parse(row);
  return {
    id: parsed.id,
    campId: parsed.camp_id,
    tokenHash: parsed.token_hash,
    label: parsed.label,
    createdAt: parsed.created_at,
    revokedAt: parsed.revoked_at,
  };
}

/**
 * Who may do what, and forgetting (migration 3): co-moderator links, join codes, the main link's
 * rotation, a participant leaving, a camp deleted.
 */
export class PostgresTrust {
  constructor(private readonly pool: pg.Pool) {}

  private async inTransaction<T>(task: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    const onError = () => {
      broken = true;
    };
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      try {
        const result = await task(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // A failed ROLLBACK (the connection is gone) would hide the error that matters.
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  }

  async listCampIds(): Promise<string[]> {
    const { rows } = await this.pool.query('SELECT id FROM camps ORDER BY created_at, id');
    return rows.map((row) => IdRowSchema.parse(row).id);
  }

  async rotateModeratorTokenHash(
    campId: string,
    expectedHash: string,
    newHash: string,
  ): Promise<boolean> {
    const result = await this.pool.query(
      'UPDATE camps SET moderator_token_hash = $1 WHERE id = $2 AND moderator_token_hash = $3',
      [newHash, campId, expectedHash],
    );
    return result.rowCount === 1;
  }

  async createModeratorLink(link: ModeratorLinkRecord): Promise<void> {
    await this.pool.query(
      'INSERT INTO moderator_links (id, camp_id, token_hash, label, created_at, revoked_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [link.id, link.campId, link.tokenHash, link.label, link.createdAt, link.revokedAt],
    );
  }

  async findModeratorLinkByTokenHash(
    campId: string,
    tokenHash: string,
  ): Promise<ModeratorLinkRecord | null> {
    const { rows } = await this.pool.query(
      'SELECT * FROM moderator_links WHERE camp_id = $1 AND token_hash = $2 AND revoked_at IS NULL',
      [campId, tokenHash],
    );
    return rows[0] === undefined ? null : linkFromRow(rows[0]);
  }

  async listModeratorLinks(campId: string): Promise<ModeratorLinkRecord[]> {
    const { rows } = await this.pool.query(
      'SELECT * FROM moderator_links WHERE camp_id = $1 ORDER BY created_at, id',
      [campId],
    );
    return rows.map(linkFromRow);
  }

  async revokeModeratorLink(
    campId: string,
    linkId: string,
    at: number,
  ): Promise<ModeratorLinkRecord | null> {
    const { rows } = await this.pool.query(
      `UPDATE moderator_links SET revoked_at = $1
       WHERE camp_id = $2 AND id = $3 AND revoked_at IS NULL
       RETURNING *`,
      [at, campId, linkId],
    );
    return rows[0] === undefined ? null : linkFromRow(rows[0]);
  }

  async setJoinCodeHash(campId: string, codeHash: string | null): Promise<void> {
    await this.pool.query('UPDATE camps SET join_code_hash = $1 WHERE id = $2', [codeHash, campId]);
  }

  async findJoinCodeHash(campId: string): Promise<string | null> {
    const { rows } = await this.pool.query('SELECT join_code_hash FROM camps WHERE id = $1', [
      campId,
    ]);
    return rows[0] === undefined ? null : JoinCodeRowSchema.parse(rows[0]).join_code_hash;
  }

  async listParticipants(campId: string): Promise<ParticipantRecord[]> {
    const { rows } = await this.pool.query(
      'SELECT * FROM participants WHERE camp_id = $1 ORDER BY created_at, id',
      [campId],
    );
    return rows.map(participantFromRow);
  }

  async deleteParticipant(
    campId: string,
    participantId: string,
  ): Promise<ParticipantRecord | null> {
    return this.inTransaction(async (client) => {
      await client.query('DELETE FROM stars WHERE camp_id = $1 AND participant_id = $2', [
        campId,
        participantId,
      ]);
      const { rows } = await client.query(
        'DELETE FROM participants WHERE camp_id = $1 AND id = $2 RETURNING *',
        [campId, participantId],
      );
      return rows[0] === undefined ? null : participantFromRow(rows[0]);
    });
  }

  async deleteCamp(campId: string): Promise<boolean> {
    return this.inTransaction(async (client) => {
      // Children first: the foreign keys refuse to orphan a row.
      for (const table of ['stars', 'moderator_links', 'participants', 'camp_log']) {
        await client.query(`DELETE FROM ${table} WHERE camp_id = $1`, [campId]);
      }
      const deleted = await client.query('DELETE FROM camps WHERE id = $1', [campId]);
      return deleted.rowCount === 1;
    });
  }
}
