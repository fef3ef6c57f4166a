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
  /** Entries with a version greater than afterVersion, oldest first. */
  readEntries(campId: string, afterVersion: number, limit?: number): Promise<StoredEntry[]>;
  findEntryByCommandId(campId: string, commandId: string): Promise<StoredEntry | null>;
  createParticipant(participant: ParticipantRecord): Promise<void>;
  findParticipantByTokenHash(campId: string, tokenHash: string): Promise<ParticipantRecord | null>;
}
