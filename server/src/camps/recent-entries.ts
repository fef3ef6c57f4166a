import type { StoredEntry } from '../store/store.js';

/**
 * The newest entries of each camp's log, in memory. A phone that wakes up asks for what it missed
 * since its version; after a Wi-Fi drop a whole hall asks at once, for the same few entries. Read
 * from the database, each of those asks cost a query and a JSON parse and schema check per entry;
 * from here they cost a slice.
 */
export class RecentEntries {
  private readonly tails = new Map<string, StoredEntry[]>();

  constructor(private readonly capacity: number) {}

  /**
   * Adds entries that continue the log. Entries that do not follow on from what is held (another
   * instance wrote in between and they came from a later read) start the camp's tail afresh.
   */
  append(campId: string, entries: readonly StoredEntry[]): void {
    const first = entries[0];
    if (first === undefined) return;
    let tail = this.tails.get(campId);
    const last = tail?.at(-1);
    if (tail === undefined || last === undefined || last.version + 1 !== first.version) {
      tail = [];
      this.tails.set(campId, tail);
    }
    tail.push(...entries);
    if (tail.length > this.capacity) tail.splice(0, tail.length - this.capacity);
  }

  /**
   * The entries after `afterVersion` up to `toVersion`, or null unless every one of them is held
   * and the tail ends exactly at `toVersion` (the caller's state).
   */
  between(campId: string, afterVersion: number, toVersion: number): StoredEntry[] | null {
    const tail = this.tails.get(campId);
    const first = tail?.[0];
    const last = tail?.at(-1);
    if (tail === undefined || first === undefined || last?.version !== toVersion) return null;
    if (afterVersion >= toVersion) return [];
    if (afterVersion + 1 < first.version) return null;
    return tail.slice(afterVersion + 1 - first.version);
  }

  forget(campId: string): void {
    this.tails.delete(campId);
  }
}
