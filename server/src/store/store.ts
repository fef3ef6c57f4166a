import type { Actor, DomainEvent, LogEntry } from '@campgrid/shared';

/** What the server keeps about a camp outside its log: how to find it and who may moderate it. */
export interface CampRecord {
  id: string;
  slug: string;
  /** SHA-256 of the moderator token, hex; the token itself is never stored. */
  moderatorTokenHash: string;
  /** ms since the epoch */
  createdAt: number;
}

/** A log entry as stored: the entry plus the command that produced it and who sent it. */
export interface StoredEntry extends LogEntry {
  commandId: string;
  actor: Actor;
  events: DomainEvent[];
}

export interface ParticipantRecord {
  id: string;
  campId: string;
  displayName: string;
  /** SHA-256 of the participant's token, hex. */
  tokenHash: string;
  createdAt: number;
}

export type CreateCampResult = { kind: 'created' } | { kind: 'slug-taken' };

export type AppendResult =
  | { kind: 'appended'; entry: StoredEntry }
  /** The commandId is already stored: the retry gets the stored entry, nothing is written. */
  | { kind: 'duplicate'; entry: StoredEntry }
  /** Someone else (another instance) wrote this version first; read the log again and re-decide. */
  | { kind: 'version-taken' };

/**
 * A batch is all or nothing: `rejected` when one of its entries is a duplicate or its first
 * version is taken; then nothing was written, and the caller appends the entries one by one to
 * learn which (rare: a retry after a lost ack, or another instance writing first).
 */
export type AppendBatchResult = { kind: 'appended' } | { kind: 'rejected' };

/**
 * The storage behind the server. Async throughout so that a networked database can implement it;
 * every implementation must pass tests/server/store/store-contract.ts.
 */
export interface Store {
  /** Brings the schema up to date; safe to run on every start. */
  migrate(): Promise<void>;
  /** Resolves when the database answers; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /** Writes the camp and its version-1 log entry in one transaction. */
  createCamp(record: CampRecord, firstEntry: StoredEntry): Promise<CreateCampResult>;
  findCampBySlug(slug: string): Promise<CampRecord | null>;
  findCampById(campId: string): Promise<CampRecord | null>;
  countCamps(): Promise<number>;
  /**
   * Appends one entry. Its version must be the log's next one: an already written version gives
   * `version-taken`, a gap is a programming error and rejects. A stored commandId gives `duplicate`.
   */
  appendEntry(campId: string, entry: StoredEntry): Promise<AppendResult>;
  /**
   * Appends consecutive entries in one transaction: the commit costs the disk once for the whole
   * batch (group commit). Throws on a gap, like appendEntry.
   */
  appendEntries(campId: string, entries: readonly StoredEntry[]): Promise<AppendBatchResult>;
  /** Entries with a version greater than afterVersion, oldest first. */
  readEntries(campId: string, afterVersion: number, limit?: number): Promise<StoredEntry[]>;
  findEntryByCommandId(campId: string, commandId: string): Promise<StoredEntry | null>;
  /**
   * Runs `task` while no other process on the same database runs one for this camp, so that a
   * command read-decided-appended inside it sees the log's true end. Offered by stores that
   * several instances share (PostgreSQL); without it the registry decides on its cached state and
   * relies on `version-taken` alone, which stays the safety net either way.
   */
  withCampWriteLock?<T>(campId: string, task: () => Promise<T>): Promise<T>;
  /**
   * A value that changes whenever another connection has committed to the database; equal values
   * mean nobody else wrote in between, so a cached camp is still at the log's end. Offered by
   * stores that can tell cheaply (SQLite's data_version); without it every read checks the log.
   */
  othersWriteMark?(): number;
  createParticipant(participant: ParticipantRecord): Promise<void>;
  findParticipantByTokenHash(campId: string, tokenHash: string): Promise<ParticipantRecord | null>;
  findParticipantById(campId: string, participantId: string): Promise<ParticipantRecord | null>;
  /** The sessions a participant starred for their own agenda, in the order they were given. */
  readStars(campId: string, participantId: string): Promise<string[]>;
  /** Replaces the participant's starred sessions with these, in one transaction. */
  replaceStars(campId: string, participantId: string, sessionIds: readonly string[]): Promise<void>;

  // Access, privacy and retention (see docs/privacy.md).
  /** Every camp's id, for the retention sweep. */
  listCampIds(): Promise<string[]>;
  /**
   * Swaps the main moderator link's hash, but only while it still is `expectedHash`: of two
   * rotations with the same link, one wins and the other learns its link is gone (false).
   */
  rotateModeratorTokenHash(campId: string, expectedHash: string, newHash: string): Promise<boolean>;
  createModeratorLink(link: ModeratorLinkRecord): Promise<void>;
  /** A co-moderator link that has not been revoked. */
  findModeratorLinkByTokenHash(
    campId: string,
    tokenHash: string,
  ): Promise<ModeratorLinkRecord | null>;
  /** The camp's co-moderator links, revoked ones included, oldest first. */
  listModeratorLinks(campId: string): Promise<ModeratorLinkRecord[]>;
  /** Marks the link revoked; returns it if it was active, null if unknown or revoked before. */
  revokeModeratorLink(
    campId: string,
    linkId: string,
    at: number,
  ): Promise<ModeratorLinkRecord | null>;
  /** A private camp's join code, as a hash (see auth/join-code.ts); null clears it. */
  setJoinCodeHash(campId: string, codeHash: string | null): Promise<void>;
  findJoinCodeHash(campId: string): Promise<string | null>;
  /** Oldest first. */
  listParticipants(campId: string): Promise<ParticipantRecord[]>;
  /**
   * Forgets a participant who left: their record with name and token hash, and their stars, in
   * one transaction. Returns the record it deleted, null if there was none.
   */
  deleteParticipant(campId: string, participantId: string): Promise<ParticipantRecord | null>;
  /** Deletes the camp with everything kept about it, in one transaction; false if unknown. */
  deleteCamp(campId: string): Promise<boolean>;
}

/** A co-moderator's secret link. The main moderator link is the camp's moderatorTokenHash. */
export interface ModeratorLinkRecord {
  id: string;
  campId: string;
  /** SHA-256 of the link's token, hex. */
  tokenHash: string;
  /** Chosen by the main moderator, e.g. "Team Raum 2"; shown to the other moderators. */
  label: string;
  createdAt: number;
  /** ms since the epoch; null while the link works. */
  revokedAt: number | null;
}
