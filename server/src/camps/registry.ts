import {
  type Actor,
  applyEntry,
  assertNever,
  type CampState,
  type Command,
  campStateFromSetup,
  decide,
  type ErrorReply,
  errorReply,
} from '@campgrid/shared';
import type { Logger } from 'pino';
import type { CampRecord, CreateCampResult, Store, StoredEntry } from '../store/store.js';
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
    const state = cached
      ? (await this.store.readEntries(campId, cached.version)).reduce(
          (current, entry) => applyEntry(current, entry),
          cached,
        )
      : replay(await this.store.readEntries(campId, 0));
    this.states.set(campId, state);
    return state;
  }

  private async cachedOrLoaded(campId: string): Promise<CampState> {
    return this.states.get(campId) ?? this.catchUp(campId);
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
    if (result.kind === 'created') this.states.set(record.id, replay([firstEntry]));
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
    return this.queueOf(campId).run(() =>
      this.asSoleWriter(campId, async (atLogEnd) => {
        const state = atLogEnd ? await this.catchUp(campId) : await this.cachedOrLoaded(campId);
        const outcome = await this.decideAndAppendFrom(campId, request, state, atLogEnd);
        try {
          publish(outcome);
        } catch (error) {
          this.logger.error({ err: error, campId }, 'publishing a command outcome failed');
        }
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
      const entry: StoredEntry = {
        version: state.version + 1,
        at: Date.now(),
        commandId: request.commandId,
        actor: request.actor,
        events: decision.events,
      };
      const result = await this.store.appendEntry(campId, entry);
      switch (result.kind) {
        case 'appended':
          this.states.set(campId, applyEntry(state, result.entry));
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
   * the cached state goes with it, so nothing decides on a camp that is gone.
   */
  remove(campId: string, remove: () => Promise<boolean>): Promise<boolean> {
    return this.queueOf(campId).run(async () => {
      const removed = await remove();
      this.states.delete(campId);
      return removed;
    });
  }

  /** Resolves once every command queued so far has finished; for a graceful shutdown. */
  async idle(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.idle()));
  }
}
