import { MODERATOR } from '@campgrid/shared';
import { describe, expect, it } from 'vitest';
import { RecentEntries } from '../../../server/src/camps/recent-entries.js';
import type { StoredEntry } from '../../../server/src/store/store.js';

const entry = (version: number): StoredEntry => ({
  version,
  at: version,
  commandId: `cmd-${version}`,
  actor: MODERATOR,
  events: [{ type: 'phase:changed', phase: 'voting', open: version % 2 === 0 }],
});
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => entry(from + index));
const versions = (entries: StoredEntry[] | null) => entries?.map((each) => each.version) ?? null;

describe('RecentEntries', () => {
  it('hands out what a client missed when it holds all of it', () => {
    const recent = new RecentEntries(10);
    recent.append('camp', range(1, 6));
    expect(versions(recent.between('camp', 3, 6))).toEqual([4, 5, 6]);
    expect(versions(recent.between('camp', 0, 6))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(recent.between('camp', 6, 6)).toEqual([]);
  });

  it('keeps only the newest entries, and says so for older asks', () => {
    const recent = new RecentEntries(3);
    recent.append('camp', range(1, 4));
    recent.append('camp', range(5, 6));
    expect(versions(recent.between('camp', 3, 6))).toEqual([4, 5, 6]);
    expect(recent.between('camp', 2, 6)).toBeNull();
  });

  it('answers nothing unless it ends at the caller’s version', () => {
    const recent = new RecentEntries(10);
    recent.append('camp', range(1, 4));
    expect(recent.between('camp', 2, 5)).toBeNull();
    expect(recent.between('other', 0, 4)).toBeNull();
  });

  it('starts afresh after a hole, and forgets a deleted camp', () => {
    const recent = new RecentEntries(10);
    recent.append('camp', range(1, 3));
    recent.append('camp', range(6, 7));
    expect(recent.between('camp', 2, 7)).toBeNull();
    expect(versions(recent.between('camp', 5, 7))).toEqual([6, 7]);
    recent.forget('camp');
    expect(recent.between('camp', 5, 7)).toBeNull();
  });
});
