import { redactEventFor } from '@campgrid/shared';
import type { StoredEntry } from '../store/store.js';
import { type CampServer, type CampSocket, campRoom } from './types.js';
import { VOTE_TALLY_EVENT, type VoteTally, voteOf } from './vote-tally.js';

/**
 * How long votes are gathered into one tally. Short enough to look live; long enough that a voting
 * rush costs each client a few messages a second instead of one per vote, which on 1,000 sockets
 * is 1,000 system calls per vote.
 */
export const VOTE_TALLY_INTERVAL_MS = 100;

/** A tally goes out early at this size, so a rush never builds one huge message. */
export const VOTE_TALLY_MAX_VOTES = 1_000;

interface OpenTally {
  tally: VoteTally;
  indexOf: Map<string, number>;
  timer: NodeJS.Timeout | null;
}

/**
 * Sends committed entries to a camp's clients in commit order. An entry that holds one vote joins
 * the camp's open tally, which goes out when its time is up; any other entry first sends the open
 * tally, then goes out at once, so every receiver still sees the versions in order.
 *
 * With `intervalMs` 0 each vote goes out at once, as a tally of one. That is for several
 * instances: the camp's next command may run on another instance, whose broadcast must not
 * overtake a tally still open here.
 */
export class CampBroadcaster {
  private readonly open = new Map<string, OpenTally>();

  constructor(
    private readonly io: CampServer,
    private readonly intervalMs = VOTE_TALLY_INTERVAL_MS,
  ) {}

  /** Whether `publish` holds this entry back in a tally. */
  static tallies(entry: StoredEntry): boolean {
    return voteOf(entry.events) !== null;
  }

  /** Call in commit order. The sender is left out of immediate broadcasts: its ack carried them. */
  publish(campId: string, entry: StoredEntry, sender?: CampSocket): void {
    const vote = voteOf(entry.events);
    if (vote === null) {
      this.flush(campId);
      const room = campRoom(campId);
      const receivers = sender ? sender.to(room) : this.io.to(room);
      for (const event of entry.events) {
        receivers.emit(event.type, {
          version: entry.version,
          at: entry.at,
          event: redactEventFor(event, null),
        });
      }
      return;
    }
    let open = this.open.get(campId);
    // Another instance wrote the versions in between: a tally covers consecutive entries only.
    if (open && entry.version !== open.tally.version + 1) {
      this.flush(campId);
      open = undefined;
    }
    if (!open) {
      const timer =
        this.intervalMs > 0 ? setTimeout(() => this.flush(campId), this.intervalMs) : null;
      // A pending tally must not keep a stopping server alive; its clients are going anyway.
      timer?.unref();
      open = {
        tally: { fromVersion: entry.version, version: 0, at: 0, sessionIds: [], votes: [] },
        indexOf: new Map(),
        timer,
      };
      this.open.set(campId, open);
    }
    let index = open.indexOf.get(vote.sessionId);
    if (index === undefined) {
      index = open.tally.sessionIds.push(vote.sessionId) - 1;
      open.indexOf.set(vote.sessionId, index);
    }
    open.tally.votes.push([index, vote.delta]);
    open.tally.version = entry.version;
    open.tally.at = entry.at;
    if (this.intervalMs === 0 || open.tally.votes.length >= VOTE_TALLY_MAX_VOTES) {
      this.flush(campId);
    }
  }

  /** Sends the camp's open tally now, if there is one. */
  flush(campId: string): void {
    const open = this.open.get(campId);
    if (!open) return;
    this.open.delete(campId);
    if (open.timer !== null) clearTimeout(open.timer);
    this.io.to(campRoom(campId)).emit(VOTE_TALLY_EVENT, open.tally);
  }
}
