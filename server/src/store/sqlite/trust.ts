import type { Database } from 'better-sqlite3';
import type { ModeratorLinkRecord, ParticipantRecord } from '../store.js';

interface LinkRow {
  id: string;
  camp_id: string;
  token_hash: string;
  label: string;
  created_at: number;
  revoked_at: number | null;
}

interface ParticipantRow {
  id: string;
  camp_id: string;
  display_name: string;
  token_hash: string;
  created_at: number;
}

function linkFromRow(row: LinkRow): ModeratorLinkRecord {
  return {
    id: row.id,
    campId: row.camp_id,
    tokenHash: row.token_hash,
    label: row.label,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
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

/**
 * Who may do what, and forgetting (migration 3): co-moderator links, join codes, the main link's
 * rotation, a participant leaving, a camp deleted. Each write is one transaction.
 */
export class SqliteTrust {
  private readonly statements;

  constructor(private readonly db: Database) {
    this.statements = {
      campIds: db.prepare<[], { id: string }>('SELECT id FROM camps ORDER BY created_at, id'),
      rotate: db.prepare<[string, string, string]>(
        'UPDATE camps SET moderator_token_hash = ? WHERE id = ? AND moderator_token_hash = ?',
      ),
      insertLink: db.prepare<[string, string, string, string, number, number | null]>(
        'INSERT INTO moderator_links (id, camp_id, token_hash, label, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      activeLinkByHash: db.prepare<[string, string], LinkRow>(
        'SELECT * FROM moderator_links WHERE camp_id = ? AND token_hash = ? AND revoked_at IS NULL',
      ),
      links: db.prepare<[string], LinkRow>(
        'SELECT * FROM moderator_links WHERE camp_id = ? ORDER BY created_at, id',
      ),
      activeLinkById: db.prepare<[string, string], LinkRow>(
        'SELECT * FROM moderator_links WHERE camp_id = ? AND id = ? AND revoked_at IS NULL',
      ),
      revokeLink: db.prepare<[number, string, string]>(
        'UPDATE moderator_links SET revoked_at = ? WHERE camp_id = ? AND id = ? AND revoked_at IS NULL',
      ),
      setJoinCode: db.prepare<[string | null, string]>(
        'UPDATE camps SET join_code_hash = ? WHERE id = ?',
      ),
      joinCode: db.prepare<[string], { join_code_hash: string | null }>(
        'SELECT join_code_hash FROM camps WHERE id = ?',
      ),
      participants: db.prepare<[string], ParticipantRow>(
        'SELECT * FROM participants WHERE camp_id = ? ORDER BY created_at, id',
      ),
      participantById: db.prepare<[string, string], ParticipantRow>(
        'SELECT * FROM participants WHERE camp_id = ? AND id = ?',
      ),
      deleteParticipantStars: db.prepare<[string, string]>(
        'DELETE FROM stars WHERE camp_id = ? AND participant_id = ?',
      ),
      deleteParticipant: db.prepare<[string, string]>(
        'DELETE FROM participants WHERE camp_id = ? AND id = ?',
      ),
      // Children first: the foreign keys refuse to orphan a row.
      deleteCampParts: [
        db.prepare<[string]>('DELETE FROM stars WHERE camp_id = ?'),
        db.prepare<[string]>('DELETE FROM moderator_links WHERE camp_id = ?'),
        db.prepare<[string]>('DELETE FROM participants WHERE camp_id = ?'),
        db.prepare<[string]>('DELETE FROM camp_log WHERE camp_id = ?'),
      ],
      deleteCamp: db.prepare<[string]>('DELETE FROM camps WHERE id = ?'),
    };
  }

  listCampIds(): string[] {
    return this.statements.campIds.all().map((row) => row.id);
  }

  rotateModeratorTokenHash(campId: string, expectedHash: string, newHash: string): boolean {
    return this.statements.rotate.run(newHash, campId, expectedHash).changes === 1;
  }

  createModeratorLink(link: ModeratorLinkRecord): void {
    this.statements.insertLink.run(
      link.id,
      link.campId,
      link.tokenHash,
      link.label,
      link.createdAt,
      link.revokedAt,
    );
  }

  findModeratorLinkByTokenHash(campId: string, tokenHash: string): ModeratorLinkRecord | null {
    const row = this.statements.activeLinkByHash.get(campId, tokenHash);
    return row ? linkFromRow(row) : null;
  }

  listModeratorLinks(campId: string): ModeratorLinkRecord[] {
    return this.statements.links.all(campId).map(linkFromRow);
  }

  revokeModeratorLink(campId: string, linkId: string, at: number): ModeratorLinkRecord | null {
    return this.db
      .transaction((): ModeratorLinkRecord | null => {
        const row = this.statements.activeLinkById.get(campId, linkId);
        if (!row) return null;
        this.statements.revokeLink.run(at, campId, linkId);
        return { ...linkFromRow(row), revokedAt: at };
      })
      .immediate();
  }

  setJoinCodeHash(campId: string, codeHash: string | null): void {
    this.statements.setJoinCode.run(codeHash, campId);
  }

  findJoinCodeHash(campId: string): string | null {
    return this.statements.joinCode.get(campId)?.join_code_hash ?? null;
  }

  listParticipants(campId: string): ParticipantRecord[] {
    return this.statements.participants.all(campId).map(participantFromRow);
  }

  deleteParticipant(campId: string, participantId: string): ParticipantRecord | null {
    return this.db
      .transaction((): ParticipantRecord | null => {
        const row = this.statements.participantById.get(campId, participantId);
        if (!row) return null;
        this.statements.deleteParticipantStars.run(campId, participantId);
        this.statements.deleteParticipant.run(campId, participantId);
        return participantFromRow(row);
      })
      .immediate();
  }

  deleteCamp(campId: string): boolean {
    return this.db
      .transaction((): boolean => {
        for (const statement of this.statements.deleteCampParts) statement.run(campId);
        return this.statements.deleteCamp.run(campId).changes === 1;
      })
      .immediate();
  }
}
