import {
  type Audience,
  applyEntry,
  type CampState,
  type DomainEvent,
  PUBLIC_AUDIENCE,
  projectEventsFor,
  tallyOf,
  type Viewer,
  VOTE_TALLY_EVENT,
  VOTE_TALLY_MAX_VOTES,
} from '@campgrid/shared';
import { entryFor } from '../camps/views.js';
import type { StoredEntry } from '../store/store.js';
import { moderatorAudience } from './ballot-keys.js';
import {
  audienceRoom,
  type CampServer,
  type CampSocket,
  campRoom,
  shardRoom,
  TALLY_SHARDS,
} from './types.js';
import { isSingleVote } from './vote-tally.js';

export { VOTE_TALLY_MAX_VOTES };

/**
 * How long votes are gathered into one tally. Short enough to look live; long enough that a voting
 * rush costs each client a few messages a second instead of one per vote, which on 1,000 sockets
 * is 1,000 system calls per vote.
 */
export const VOTE_TALLY_INTERVAL_MS = 100;

/** Everyone a broadcast is projected for: a participant's own votes reach them in their acks. */
const OTHER_PARTICIPANTS: Audience = { role: 'participant', participantId: null };

type Role = Viewer['role'];

interface OpenTally {
  /** The camp before the first entry; a run of votes cannot change its projection rules. */
  state: CampState;
  /** Consecutive vote entries that some shard has not been sent yet. */
  entries: StoredEntry[];
  /** The last version of the run so far. */
  lastVersion: number;
  /** Per shard, the last version sent to it. */
  sentUpTo: number[];
  /** The shard the next tick sends to. */
  nextShard: number;
  /** Voter -> ballot key, for the moderators' tally. */
  keys: Map<string, string>;
  timer: NodeJS.Timeout | null;
}

/** The ballot key of the participant who sent the entry, which is every vote's voter in it. */
function senderKeys(sender: CampSocket | undefined): Map<string, string> {
  const keys = new Map<string, string>();
  const participantId = sender?.data.viewer.participantId ?? null;
  const key = sender?.data.ballotKey ?? null;
  if (participantId !== null && key !== null) keys.set(participantId, key);
  return keys;
}

function audiencesWith(keys: ReadonlyMap<string, string>): Array<[Role, Audience]> {
  return [
    ['moderator', moderatorAudience(keys)],
    ['participant', OTHER_PARTICIPANTS],
    ['viewer', PUBLIC_AUDIENCE],
  ];
}

function sameEvents(a: readonly DomainEvent[], b: readonly DomainEvent[]): boolean {
  return a.length === b.length && a.every((event, index) => event === b[index]);
}

/**
 * Sends committed entries to a camp's clients in commit order, projected per audience: each
 * socket is in its role's room (audienceRoom), each entry is projected once per role and emitted
 * once to that room, so Socket.IO serializes it once per audience, never per socket. An entry
 * that every audience sees alike goes out once, to the whole camp.
 *
 * An entry that holds one vote joins the camp's open tally. Each audience is spread over
 * TALLY_SHARDS rooms, and every intervalMs / TALLY_SHARDS one shard gets the votes it has not seen:
 * each socket still gets a tally every interval, but the server writes (and a phone's network
 * carries) an eighth of the burst at a time, so acks of new votes are not stuck behind a thousand
 * writes. Any other entry first sends the open tally to every shard, then goes out at once, so
 * every receiver still sees the versions in order.
 *
 * With several instances each gathers the votes it committed, so the camp's next entry, committed
 * on another instance, can reach clients before a tally still open here. Clients wait for such a
 * hole to close before they sync (client/src/net/version-holes.ts). With `intervalMs` 0 each vote
 * goes out at once, as a tally of one.
 */
export class CampBroadcaster {
  private readonly open = new Map<string, OpenTally>();
  /** Per camp, the state after the last entry this broadcaster sent or a sync read. */
  private readonly last = new Map<string, CampState>();

  constructor(
    private readonly io: CampServer,
    private readonly intervalMs = VOTE_TALLY_INTERVAL_MS,
  ) {}

  /** Whether `publish` holds this entry back in a tally. */
  static tallies(entry: StoredEntry): boolean {
    return isSingleVote(entry.events);
  }

  /** The state a sync just read: the state before the camp's next entry. */
  remember(campId: string, state: CampState): void {
    const known = this.last.get(campId);
    if (known === undefined || known.version <= state.version) this.last.set(campId, state);
  }

  /**
   * The state the entry was applied to. Known when this broadcaster saw the entry before it (or a
   * sync read it); otherwise, after another instance wrote in between, `latest` stands in: an
   * entry never both changes the projection rules and holds an event they apply to, so it
   * projects alike on the states just before and just after it (tests/shared/projection, PROJ-9).
   */
  private stateBefore(campId: string, entry: StoredEntry, latest: CampState): CampState {
    const known = this.last.get(campId);
    if (known !== undefined && known.version === entry.version - 1) {
      this.last.set(campId, latest.version === entry.version ? latest : applyEntry(known, entry));
      return known;
    }
    if (latest.version === entry.version) this.last.set(campId, latest);
    else this.last.delete(campId);
    return latest;
  }

  /**
   * Call in commit order, with the camp's latest state (the one after the entry, or later). The
   * sender is left out of immediate broadcasts: its ack carried them.
   */
  publish(campId: string, entry: StoredEntry, latest: CampState, sender?: CampSocket): void {
    const state = this.stateBefore(campId, entry, latest);
    const keys = senderKeys(sender);
    if (!isSingleVote(entry.events)) {
      this.flush(campId);
      this.sendNow(campId, entry, state, keys, sender);
      return;
    }
    let open = this.open.get(campId);
    // Another instance wrote the versions in between: a tally covers consecutive entries only.
    if (open && entry.version !== open.lastVersion + 1) {
      this.flush(campId);
      open = undefined;
    }
    if (!open) {
      const timer =
        this.intervalMs > 0
          ? setInterval(() => this.tick(campId), this.intervalMs / TALLY_SHARDS)
          : null;
      // A pending tally must not keep a stopping server alive; its clients are going anyway.
      timer?.unref();
      open = {
        state,
        entries: [],
        lastVersion: entry.version - 1,
        sentUpTo: new Array<number>(TALLY_SHARDS).fill(entry.version - 1),
        nextShard: 0,
        keys: new Map(),
        timer,
      };
      this.open.set(campId, open);
    }
    open.entries.push(entry);
    open.lastVersion = entry.version;
    for (const [participantId, key] of keys) open.keys.set(participantId, key);
    if (this.intervalMs === 0 || open.entries.length >= VOTE_TALLY_MAX_VOTES) {
      this.flush(campId);
    }
  }

  /** Drops what is kept for a deleted camp; its open tally has nobody left to go to. */
  forget(campId: string): void {
    const open = this.open.get(campId);
    if (open?.timer) clearInterval(open.timer);
    this.open.delete(campId);
    this.last.delete(campId);
  }

  /** Sends the camp's open tally to every shard now, if there is one. */
  flush(campId: string): void {
    const open = this.open.get(campId);
    if (!open) return;
    this.open.delete(campId);
    if (open.timer !== null) clearInterval(open.timer);
    for (let shard = 0; shard < TALLY_SHARDS; shard += 1) this.sendShard(campId, open, shard);
  }

  /** One shard's turn; the run closes once every shard has every vote. */
  private tick(campId: string): void {
    const open = this.open.get(campId);
    if (!open) return;
    const shard = open.nextShard;
    open.nextShard = (shard + 1) % TALLY_SHARDS;
    this.sendShard(campId, open, shard);
    const everywhere = Math.min(...open.sentUpTo);
    open.entries = open.entries.filter((entry) => entry.version > everywhere);
    if (open.entries.length === 0) {
      if (open.timer !== null) clearInterval(open.timer);
      this.open.delete(campId);
    }
  }

  /** The votes this shard has not had yet, as one tally per audience. */
  private sendShard(campId: string, open: OpenTally, shard: number): void {
    const sentUpTo = open.sentUpTo[shard] ?? open.lastVersion;
    const unsent = open.entries.filter((entry) => entry.version > sentUpTo);
    if (unsent.length === 0) return;
    for (const [role, audience] of audiencesWith(open.keys)) {
      const projected = unsent.map((entry) => entryFor(entry, open.state, audience));
      this.io.to(shardRoom(campId, role, shard)).emit(VOTE_TALLY_EVENT, tallyOf(projected));
    }
    open.sentUpTo[shard] = open.lastVersion;
  }

  private sendNow(
    campId: string,
    entry: StoredEntry,
    state: CampState,
    keys: ReadonlyMap<string, string>,
    sender: CampSocket | undefined,
  ): void {
    const to = (room: string) => (sender ? sender.to(room) : this.io.to(room));
    const projections = audiencesWith(keys).map(
      ([role, audience]) => [role, projectEventsFor(entry.events, state, audience)] as const,
    );
    if (projections.every(([, events]) => sameEvents(events, entry.events))) {
      this.emitEntry(to(campRoom(campId)), entry, entry.events);
      return;
    }
    for (const [role, events] of projections) {
      this.emitEntry(to(audienceRoom(campId, role)), entry, events);
    }
  }

  private emitEntry(
    receivers: ReturnType<CampServer['to']>,
    entry: StoredEntry,
    events: readonly DomainEvent[],
  ): void {
    for (const event of events) {
      receivers.emit(event.type, { version: entry.version, at: entry.at, event });
    }
  }
}
