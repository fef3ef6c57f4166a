import type { DomainEvent, LocalDate } from '@campgrid/shared';
import type { Logger } from 'pino';
import { todayIn } from '../camps/local-date.js';
import type { Store } from '../store/store.js';

/** The three things deciding when a camp goes, as of one version of its log. */
export interface RetentionFacts {
  version: number;
  days: readonly LocalDate[];
  timezone: string;
  retentionDays: number;
}

/** The calendar day `days` after `day`. */
export function addDays(day: LocalDate, days: number): LocalDate {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The last day the camp is kept: its last day plus the retention days, in its own time zone. */
export function keptUntil(facts: RetentionFacts): LocalDate | null {
  const lastDay = [...facts.days].sort().at(-1);
  return lastDay === undefined ? null : addDays(lastDay, facts.retentionDays);
}

/** Whether the camp's retention has run out: the day after keptUntil has begun where it is held. */
export function isExpired(facts: RetentionFacts, now: Date): boolean {
  const until = keptUntil(facts);
  return until !== null && todayIn(facts.timezone, now) > until;
}

/** Only camp:created and camp:updated touch days, time zone and settings (see evolve). */
function foldEvent(facts: RetentionFacts | null, event: DomainEvent): RetentionFacts | null {
  if (event.type === 'camp:created') {
    const { setup } = event;
    return {
      version: facts?.version ?? 0,
      days: setup.days,
      timezone: setup.timezone,
      retentionDays: setup.settings.retentionDays,
    };
  }
  if (event.type === 'camp:updated' && facts !== null) {
    return {
      ...facts,
      days: event.days ?? facts.days,
      timezone: event.timezone ?? facts.timezone,
      retentionDays: event.settings?.retentionDays ?? facts.retentionDays,
    };
  }
  return facts;
}

export interface RetentionSweeperOptions {
  store: Store;
  /** Deletes one camp the way a moderator would (closing its sockets); see delete-camp.ts. */
  deleteCamp(campId: string): Promise<boolean>;
  logger: Logger;
  intervalMs: number;
}

/**
 * Deletes camps whose retention has run out: once at start, then every interval. What decides is
 * read from each camp's log once and then followed from the versions it has not seen, so a sweep
 * over many idle camps costs one short query each.
 */
export class RetentionSweeper {
  private readonly known = new Map<string, RetentionFacts>();
  private timer: NodeJS.Timeout | null = null;
  /** The sweep in progress, or the last one; sweeps never overlap. */
  private latest: Promise<unknown> = Promise.resolve();
  private busy = false;

  constructor(private readonly options: RetentionSweeperOptions) {}

  start(): void {
    if (this.timer) return;
    const run = () => {
      // A sweep slower than the interval is not joined by a second one.
      if (this.busy) return;
      this.sweep().catch((error: unknown) => {
        this.options.logger.error({ err: error }, 'the retention sweep failed');
      });
    };
    run();
    this.timer = setInterval(run, this.options.intervalMs);
    // A pending sweep must not keep a stopping server alive.
    this.timer.unref();
  }

  /** Stops the timer and waits for a sweep in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.latest.catch(() => undefined);
  }

  /** Deletes every expired camp now, after a sweep in progress; resolves to their ids. */
  sweep(now: Date = new Date()): Promise<string[]> {
    const next = this.latest
      .catch(() => undefined)
      .then(async () => {
        this.busy = true;
        try {
          return await this.sweepOnce(now);
        } finally {
          this.busy = false;
        }
      });
    this.latest = next;
    return next;
  }

  private async factsOf(campId: string): Promise<RetentionFacts | null> {
    const before = this.known.get(campId) ?? null;
    const entries = await this.options.store.readEntries(campId, before?.version ?? 0);
    let facts = before;
    for (const entry of entries) {
      facts = entry.events.reduce(foldEvent, facts);
      if (facts !== null) facts = { ...facts, version: entry.version };
    }
    if (facts !== null) this.known.set(campId, facts);
    return facts;
  }

  private async sweepOnce(now: Date): Promise<string[]> {
    const campIds = await this.options.store.listCampIds();
    const present = new Set(campIds);
    for (const campId of this.known.keys()) if (!present.has(campId)) this.known.delete(campId);
    const deleted: string[] = [];
    for (const campId of campIds) {
      try {
        const facts = await this.factsOf(campId);
        if (facts === null || !isExpired(facts, now)) continue;
        if (await this.options.deleteCamp(campId)) {
          deleted.push(campId);
          this.known.delete(campId);
          // The camp's id only: its title may name people or an organisation.
          this.options.logger.info(
            { campId, keptUntil: keptUntil(facts) },
            'camp deleted: retention over',
          );
        }
      } catch (error) {
        // One unreadable camp must not keep the others from being deleted.
        this.options.logger.error({ err: error, campId }, 'retention check failed for a camp');
      }
    }
    return deleted;
  }
}
