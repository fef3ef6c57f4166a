import type { DomainEvent, EventEnvelope } from '@campgrid/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOLE_GRACE_MS, VersionHoles } from '../../../client/src/net/version-holes.js';

/*
 * VersionHoles on its own, against a model of the store: versions apply strictly in order, several
 * events of one entry share its version, and an entry that changes the projection rules asks for a
 * snapshot. The connection's use of it is in camp-connection.test.ts and audiences.test.ts.
 */

const vote = (sessionId: string): DomainEvent => ({ type: 'vote:cast', sessionId });
const at = (version: number, event: DomainEvent): EventEnvelope => ({ version, at: 0, event });

function modelStore() {
  const model = { version: 1, applied: [] as string[], syncs: [] as boolean[], accepted: 0 };
  const holes = new VersionHoles({
    apply(envelope) {
      if (envelope.event.type === 'camp:updated') return { gap: false, snapshotWanted: true };
      if (envelope.version > model.version + 1) return { gap: true, snapshotWanted: false };
      if (envelope.version === model.version + 1 || envelope.version === model.version) {
        model.version = envelope.version;
        if (envelope.event.type === 'vote:cast') {
          model.applied.push(`${envelope.version}:${envelope.event.sessionId}`);
        }
      }
      return { gap: false, snapshotWanted: false };
    },
    confirmedVersion: () => model.version,
    newestAcceptedVersion: () => model.accepted,
    sync: (snapshot) => model.syncs.push(snapshot),
  });
  return { model, holes };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('VersionHoles', () => {
  it('keeps the events of one entry in the order they came while they wait', () => {
    const { model, holes } = modelStore();
    holes.receive([at(3, vote('first')), at(3, vote('second'))]);
    holes.receive([at(2, vote('before'))]);
    expect(model.applied).toEqual(['2:before', '3:first', '3:second']);
    vi.advanceTimersByTime(HOLE_GRACE_MS * 2);
    expect(model.syncs).toEqual([]);
  });

  it('asks for a snapshot when the broadcast next in line changes the projection rules', () => {
    const { model, holes } = modelStore();
    holes.receive([at(4, vote('late'))]);
    holes.receive([at(5, { type: 'camp:updated', title: 'Neu' })]);
    // Behind the hole it waits with the rest.
    expect(model.syncs).toEqual([]);
    holes.receive([at(2, vote('next')), at(3, vote('then'))]);
    expect(model.applied).toEqual(['2:next', '3:then', '4:late']);
    expect(model.syncs).toEqual([true]);
    // What waited is in the snapshot: no second sync for the old hole.
    vi.advanceTimersByTime(HOLE_GRACE_MS * 2);
    expect(model.syncs).toEqual([true]);
  });

  it('forgets a hole when a sync starts', () => {
    const { model, holes } = modelStore();
    holes.receive([at(4, vote('late'))]);
    holes.reset();
    vi.advanceTimersByTime(HOLE_GRACE_MS * 2);
    expect(model.syncs).toEqual([]);
    // The broadcast that waited is gone with it; the sync's catch-up brings version 4.
    holes.receive([at(2, vote('next'))]);
    expect(model.applied).toEqual(['2:next']);
  });

  it('waits for the versions before an own accepted command, then syncs if they do not come', () => {
    const { model, holes } = modelStore();
    model.accepted = 3;
    holes.ackBeyondNext();
    vi.advanceTimersByTime(HOLE_GRACE_MS - 1);
    expect(model.syncs).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(model.syncs).toEqual([false]);
  });

  it('does not watch when nothing is missing', () => {
    const { model, holes } = modelStore();
    holes.receive([at(2, vote('next'))]);
    holes.ackBeyondNext();
    vi.advanceTimersByTime(HOLE_GRACE_MS * 2);
    expect(model.syncs).toEqual([]);
    expect(model.version).toBe(2);
  });
});
