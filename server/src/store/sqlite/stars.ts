import type { Database } from 'better-sqlite3';

/** The stars table (migration 2): each participant's own agenda, kept apart from the camp log. */
export class SqliteStars {
  private readonly read;
  private readonly clear;
  private readonly insert;

  constructor(private readonly db: Database) {
    this.read = db.prepare<[string, string], { session_id: string }>(
      'SELECT session_id FROM stars WHERE camp_id = ? AND participant_id = ? ORDER BY position',
    );
    this.clear = db.prepare<[string, string]>(
      'DELETE FROM stars WHERE camp_id = ? AND participant_id = ?',
    );
    this.insert = db.prepare<[string, string, string, number]>(
      'INSERT OR IGNORE INTO stars (camp_id, participant_id, session_id, position) VALUES (?, ?, ?, ?)',
    );
  }

  readStars(campId: string, participantId: string): string[] {
    return this.read.all(campId, participantId).map((row) => row.session_id);
  }

  replaceStars(campId: string, participantId: string, sessionIds: readonly string[]): void {
    this.db
      .transaction(() => {
        this.clear.run(campId, participantId);
        for (const [position, sessionId] of sessionIds.entries()) {
          this.insert.run(campId, participantId, sessionId, position);
        }
      })
      .immediate();
  }
}
