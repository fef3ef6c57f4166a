import {
  type Actor,
  applyEntry,
  assertNever,
  type CampState,
  type Command,
  campStateFromSetup,
  type DomainEvent,
  decide,
  type ErrorReply,
  errorReply,
} from '@campgrid/shared';
import type { Logger } from 'pino';
import type { CampRecord, CreateCampResult, Store, StoredEntry } from '../store/store.js';
import { RecentEntries } from './recent-entries.js';
import { SerialQueue } from './serial-queue.js';

export interface CommandRequest {
  commandId: string;
  command: Command;
  /** From the handshake, never from the payload. */
  actor: Actor;
}

export type CommandOutcome =
  | { kind: 'committed'; entry: StoredEntry }
  /** The commandId was stored before: the stored entry, nothing new written. */
  | { kind: 'duplicate'; entry: StoredEntry }
  | { kind: 'refused'; reply: ErrorReply };

/** How often a command is re-decided after another instance wrote the version it wanted. */
const MAX_ATTEMPTS = 5;

/**
 * The most commands committed together. A batch is decided in one go and written in one
 * transaction; its acks wait for that commit, so a bigger batch saves disk work but delays the
 * first command in it.
 */
export const MAX_BATCH = 128;

/** Newest log entries kept in memory per camp: as many as camp:sync ever sends as entries. */
export const RECENT_ENTRIES = 500;

interface PendingCommand {
  request: CommandRequest;
  publish: (outcome: CommandOutcome) => void;
  resolve: (outcome: CommandOutcome) => void;
  reject: (error: unknown) => void;
}

/** The log entry a command's accepted events make: the camp's next version, committed now. */
function nextEntry(state: CampState, request: CommandRequest, events: DomainEvent[]): StoredEntry {
  return {
    version: state.version + 1,
    at: Date.now(),
    commandId: request.commandId,
    actor: request.actor,
    events,
  };
}

/** Rebuilds a camp's state from its whole log; the first event is always camp:created. */
export function replay(entries: readonly StoredEntry[]): CampState {
  const first = entries[0]?.events[0];
  if (first?.type !== 'camp:created') {
    throw new Error('A camp log must start with camp:created.');
  }
  return entries.reduce(
    (state, entry) => applyEntry(state, entry),
    campStateFromSetup(first.setup),
  );
}

/**
 * Holds each camp's current state in memory (rebuilt from its log on first use) and runs the
 * commands of one camp strictly one after another, so decide and append never interleave.
 */
export interface CampRegistryOptions {
  /**
   * Resolves once every broadcast handed to Socket.IO so far has reached the stream the other
   * instances read (see scale/redis-broadcast.ts); by default nothing to wait for.
   */
  broadcastsSent?: () => Promise<void>;
}

export class CampRegistry {
  private readonly states = new Map<string, CampState>();
  private readonly queues = new Map<string, SerialQueue>();
  private readonly recent = new RecentEntries(RECENT_ENTRIES);
  private readonly removedListeners: Array<(campId: string) => void> = [];
  /** The store's othersWriteMark when each camp's log was last read to its end. */
  private readonly logCheckedAt = new Map<string, number>();
  /** Commands that arrived while the camp's queue was busy, waiting to be committed as a batch. */
  private readonly waiting = new Map<string, PendingCommand[]>();
  private readonly broadcastsSent: () => Promise<void>;

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
    options: CampRegistryOptions = {},
  ) {
    this.broadcastsSent = options.broadcastsSent ?? (async () => {});
  }

  private queueOf(campId: string): SerialQueue {
    let queue = this.queues.get(campId);
    if (!queue) {
      queue = new SerialQueue();
      this.queues.set(campId, queue);
    }
    return queue;
  }

  /**
   * Brings the cached state up to the log's end; only another instance can have written more.
   * Reads, syncs and HTTP snapshots go through here, so with several instances they stay fresh.
   */
  private async catchUp(campId: string): Promise<CampState> {
    const cached = this.states.get(campId);
    // Taken before the read: a write that lands after it changes the mark for the next call.
    const mark = this.store.othersWriteMark?.();
    if (cached && mark !== undefined && this.logCheckedAt.get(campId) === mark) return cached;
    const state = await this.readToLogEnd(campId, cached);
    if (mark !== undefined) this.logCheckedAt.set(campId, mark);
    return state;
  }

  private async readToLogEnd(campId: string, cached: CampState | undefined): Promise<CampState> {
    if (cached) {
      const newer = await this.store.readEntries(campId, cached.version);
      if (newer.length === 0) return cached;
      const state = newer.reduce((current, entry) => applyEntry(current, entry), cached);
      return this.advance(campId, state, newer);
    }
    const log = await this.store.readEntries(campId, 0);
    return this.advance(campId, replay(log), log.slice(-RECENT_ENTRIES));
  }

  /** The camp's state after `entries`, the newest it knows; both caches move together. */
  private advance(campId: string, state: CampState, entries: readonly StoredEntry[]): CampState {
    this.states.set(campId, state);
    this.recent.append(campId, entries);
    return state;
  }

  /**
   * The camp's entries after `afterVersion` up to `state.version`, from memory when it holds them.
   * Call inside withState with its state, so no commit lands in between.
   */
  async entriesSince(
    campId: string,
    afterVersion: number,
    state: CampState,
  ): Promise<StoredEntry[]> {
    return (
      this.recent.between(campId, afterVersion, state.version) ??
      this.store.readEntries(campId, afterVersion, state.version - afterVersion)
    );
  }

  private async cachedOrLoaded(campId: string): Promise<CampState> {
    return this.states.get(campId) ?? this.catchUp(campId);
  }

  /**
   * The cached state, without waiting for the camp's queue: for code that runs inside the queue
   * already (a `publish` callback of `execute`, where it is the state right after the entry just
   * committed), which would wait for itself through `current`.
   */
  peek(campId: string): CampState | undefined {
    return this.states.get(campId);
  }

  /** The camp's state as of the last committed entry, the full (unredacted) server view. */
  current(campId: string): Promise<CampState> {
    return this.queueOf(campId).run(() => this.catchUp(campId));
  }

  /**
   * Runs `task` on the current state inside the camp's queue: no command commits (and no
   * broadcast goes out) until it has finished, so what it reads and replies stays consistent.
   */
  withState<T>(campId: string, task: (state: CampState) => Promise<T>): Promise<T> {
    return this.queueOf(campId).run(async () => task(await this.catchUp(campId)));
  }

  async createCamp(record: CampRecord, firstEntry: StoredEntry): Promise<CreateCampResult> {
    const result = await this.store.createCamp(record, firstEntry);
    if (result.kind === 'created') this.advance(record.id, replay([firstEntry]), [firstEntry]);
    return result;
  }

  /**
   * Validated command in, outcome out. `publish` runs inside the camp's queue, so every outcome is
   * acknowledged and broadcast before the camp's next command is decided: receivers see versions
   * in order.
   */
  execute(
    campId: string,
    request: CommandRequest,
    publish: (outcome: CommandOutcome) => void = () => {},
  ): Promise<CommandOutcome> {
    // Several instances share the log only under a write lock, one command at a time.
    if (this.store.withCampWriteLock) return this.executeAlone(campId, request, publish);
    return new Promise((resolve, reject) => {
      const waiting = this.waiting.get(campId);
      if (waiting) {
        waiting.push({ request, publish, resolve, reject });
        return;
      }
      this.waiting.set(campId, [{ request, publish, resolve, reject }]);
      // After this turn of the event loop: the commands other sockets delivered in the same turn
      // join the batch. Unloaded, that costs a fraction of a millisecond.
      setImmediate(() => void this.queueOf(campId).run(() => this.commitWaiting(campId)));
    });
  }

  /**
   * Group commit: takes the camp's waiting commands (those that arrived since this task was
   * queued, up to MAX_BATCH), decides them in order, each on the state the ones before it made,
   * writes all their entries in one transaction, and only then acknowledges and publishes each.
   */
  private async commitWaiting(campId: string): Promise<void> {
    const waiting = this.waiting.get(campId) ?? [];
    this.waiting.delete(campId);
    const batch = waiting.slice(0, MAX_BATCH);
    const rest = waiting.slice(MAX_BATCH);
    if (rest.length > 0) {
      this.waiting.set(campId, rest);
      void this.queueOf(campId).run(() => this.commitWaiting(campId));
    }
    let outcomes: CommandOutcome[];
    try {
      outcomes = await this.decideAndAppendBatch(campId, batch);
    } catch (error) {
      for (const pending of batch) pending.reject(error);
      return;
    }
    for (const [index, pending] of batch.entries()) {
      const outcome = outcomes[index];
      if (outcome === undefined) continue;
      this.publishSafely(campId, pending.publish, outcome);
      pending.resolve(outcome);
    }
    if (outcomes.some((outcome) => outcome.kind === 'committed')) await this.broadcastsSent();
  }

  private async decideAndAppendBatch(
    campId: string,
    batch: readonly PendingCommand[],
  ): Promise<CommandOutcome[]> {
    // Once per batch, the log's end: another process on the same file may have written meanwhile,
    // and a command refused on a stale state would be refused wrongly.
    let state = await this.catchUp(campId);
    const outcomes: CommandOutcome[] = [];
    const entries: StoredEntry[] = [];
    const inBatch = new Map<string, StoredEntry>();
    for (const { request } of batch) {
      const decision = decide(state, request.command, request.actor);
      if (!decision.ok) {
        // A retry of an applied command is usually refused now (ALREADY_VOTED, …); it gets the
        // stored result instead, also when the original is earlier in this very batch.
        const stored =
          inBatch.get(request.commandId) ??
          (await this.store.findEntryByCommandId(campId, request.commandId));
        outcomes.push(
          stored ? { kind: 'duplicate', entry: stored } : { kind: 'refused', reply: decision },
        );
        continue;
      }
      const entry = nextEntry(state, request, decision.events);
      state = applyEntry(state, entry);
      entries.push(entry);
      inBatch.set(request.commandId, entry);
      outcomes.push({ kind: 'committed', entry });
    }
    if (entries.length === 0) return outcomes;
    const result = await this.store.appendEntries(campId, entries);
    switch (result.kind) {
      case 'appended':
        this.advance(campId, state, entries);
        return outcomes;
      case 'rejected': {
        // A retry of a stored command hid in the batch: one by one, each learns its own outcome.
        this.logger.debug({ campId, size: batch.length }, 'batch rejected, committing one by one');
        const single: CommandOutcome[] = [];
        for (const { request } of batch) {
          single.push(
            await this.decideAndAppendFrom(
              campId,
              request,
              await this.cachedOrLoaded(campId),
              false,
            ),
          );
        }
        return single;
      }
      default:
        return assertNever(result, 'batch append result');
    }
  }

  private publishSafely(
    campId: string,
    publish: (outcome: CommandOutcome) => void,
    outcome: CommandOutcome,
  ): void {
    try {
      publish(outcome);
    } catch (error) {
      this.logger.error({ err: error, campId }, 'publishing a command outcome failed');
    }
  }

  /** One command under the camp's write lock, for stores shared by several instances. */
  private executeAlone(
    campId: string,
    request: CommandRequest,
    publish: (outcome: CommandOutcome) => void,
  ): Promise<CommandOutcome> {
    return this.queueOf(campId).run(() =>
      this.asSoleWriter(campId, async (atLogEnd) => {
        const state = atLogEnd ? await this.catchUp(campId) : await this.cachedOrLoaded(campId);
        const outcome = await this.decideAndAppendFrom(campId, request, state, atLogEnd);
        this.publishSafely(campId, publish, outcome);
        // The camp's next writer, maybe on another instance, waits for this: its broadcast must
        // come after ours in the stream that every instance delivers from.
        if (outcome.kind === 'committed') await this.broadcastsSent();
        return outcome;
      }),
    );
  }

  /**
   * Runs `task` under the camp's write lock when the store has one (several instances share it):
   * then nobody else appends meanwhile, and reading the log's end once makes the first decision
   * the final one. `atLogEnd` tells the task which case it is in.
   */
  private asSoleWriter<T>(campId: string, task: (atLogEnd: boolean) => Promise<T>): Promise<T> {
    if (this.store.withCampWriteLock) {
      return this.store.withCampWriteLock(campId, () => task(true));
    }
    return task(false);
  }

  /** `atLogEnd`: the state was just read up to the log's end, not taken from the cache. */
  private async decideAndAppendFrom(
    campId: string,
    request: CommandRequest,
    fromState: CampState,
    atLogEnd: boolean,
  ): Promise<CommandOutcome> {
    let state = fromState;
    let fresh = atLogEnd;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const decision = decide(state, request.command, request.actor);
      if (!decision.ok) {
        // A retry of a command that was applied is usually refused now (ALREADY_VOTED, …);
        // it must get its stored result instead.
        const stored = await this.store.findEntryByCommandId(campId, request.commandId);
        if (stored) return { kind: 'duplicate', entry: stored };
        if (!fresh) {
          // Refused on the cached state, which another instance may have moved on from (the
          // session it names may exist by now): decide once more on the log's end.
          fresh = true;
          const latest = await this.catchUp(campId);
          if (latest.version !== state.version) {
            state = latest;
            continue;
          }
        }
        return { kind: 'refused', reply: decision };
      }
      const entry = nextEntry(state, request, decision.events);
      const result = await this.store.appendEntry(campId, entry);
      switch (result.kind) {
        case 'appended':
          this.advance(campId, applyEntry(state, result.entry), [result.entry]);
          return { kind: 'committed', entry: result.entry };
        case 'duplicate':
          return { kind: 'duplicate', entry: result.entry };
        case 'version-taken':
          this.logger.debug({ campId, version: entry.version }, 'version taken, re-deciding');
          state = await this.catchUp(campId);
          fresh = true;
          break;
        default:
          return assertNever(result, 'append result');
      }
    }
    return {
      kind: 'refused',
      reply: errorReply('CONFLICT', 'The camp is changing too fast right now; please try again.'),
    };
  }

  /**
   * Deletes a camp: `remove` runs in the camp's queue after every command queued before it, and
   * the cached state goes with it, so nothing decides on a camp that is gone. Whoever keeps
   * something per camp (onRemoved) lets go of it too: camps are deleted every day by retention.
   */
  remove(campId: string, remove: () => Promise<boolean>): Promise<boolean> {
    return this.queueOf(campId).run(async () => {
      const removed = await remove();
      this.states.delete(campId);
      this.recent.forget(campId);
      this.logCheckedAt.delete(campId);
      for (const listener of this.removedListeners) {
        try {
          listener(campId);
        } catch (error) {
          this.logger.error({ err: error, campId }, 'forgetting a deleted camp failed');
        }
      }
      return removed;
    });
  }

  /** Calls `listener` with the id of every camp this registry deletes, once it is gone. */
  onRemoved(listener: (campId: string) => void): void {
    this.removedListeners.push(listener);
  }

  /** Resolves once every command queued so far has finished; for a graceful shutdown. */
  async idle(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.idle()));
  }
}
