import type { EventEnvelope } from '@campgrid/shared';
import type { BroadcastResult } from '../store/index.js';

/**
 * How long a hole in the versions may stay open before a sync fills it. Holes are normal and
 * close by themselves: a vote tally holds other people's votes back for up to 100 ms while one's
 * own ack comes at once, and with several server instances one instance's broadcast can overtake
 * another's. Inside one connection nothing is lost (a reconnect syncs anyway), so waiting costs a
 * sync at most this delay, while syncing at once would send one sync per vote in a voting rush.
 */
export const HOLE_GRACE_MS = 500;

export interface VersionHolesDeps {
  /** Applies one broadcast event (the store's receiveEnvelope). */
  apply(envelope: EventEnvelope): BroadcastResult;
  /** The newest version the confirmed state holds. */
  confirmedVersion(): number;
  /** The newest version an ack of this client's own commands named; 0 if none waits. */
  newestAcceptedVersion(): number;
  /** Catches up with the server; `snapshot` when the projection rules changed. */
  sync(snapshot: boolean): void;
}

/**
 * Applies live broadcasts in version order. One that comes before the versions it follows waits
 * here for them; if they have not all come within the grace time, a sync fetches them.
 */
export class VersionHoles {
  /** Broadcasts beyond the next version, in version order (events of one entry in arrival order). */
  private early: EventEnvelope[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly deps: VersionHolesDeps) {}

  /** Live broadcasts, in the order they came. */
  receive(envelopes: readonly EventEnvelope[]): void {
    // A stable sort: several events of one entry keep the order they were sent in.
    const queue = [...this.early, ...envelopes].sort((a, b) => a.version - b.version);
    for (const [index, envelope] of queue.entries()) {
      const result = this.deps.apply(envelope);
      if (result.snapshotWanted) {
        this.reset();
        this.deps.sync(true);
        return;
      }
      if (result.gap) {
        this.early = queue.slice(index);
        this.watch();
        return;
      }
    }
    this.early = [];
    this.watch();
  }

  /** An ack of this client's own command named a version beyond the next one. */
  ackBeyondNext(): void {
    this.watch();
  }

  /** A sync is starting, or the connection changed: what waits here is in its catch-up. */
  reset(): void {
    this.early = [];
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private newestKnownVersion(): number {
    const newestEarly = this.early.at(-1)?.version ?? 0;
    return Math.max(newestEarly, this.deps.newestAcceptedVersion());
  }

  /**
   * Times the hole that is open now: when the grace time is up, the versions up to the newest one
   * known now must all be there. Holes that open later in a steady stream of votes get their own
   * grace time rather than a sync for a hole that is about to close.
   */
  private watch(): void {
    if (this.timer !== null) return;
    const target = this.newestKnownVersion();
    if (target <= this.deps.confirmedVersion()) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.deps.confirmedVersion() < target) {
        this.reset();
        this.deps.sync(false);
        return;
      }
      this.watch();
    }, HOLE_GRACE_MS);
  }
}
