import { type ErrorReply, errorReply } from '@campgrid/shared';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../config.js';

/** What is counted, and over which window (seconds). */
const WINDOWS = {
  /** Commands from one socket: a person clicks, even fast, a few times a second. */
  socketCommands: 10,
  /** Commands from one address: a venue's NAT puts hundreds of phones behind one. */
  ipCommands: 10,
  /** Socket connections from one address: a Wi-Fi drop reconnects every phone at once. */
  ipConnects: 60,
  /** Participants joining from one address. */
  ipJoins: 60,
  /** Camps created from one address. */
  ipCamps: 3_600,
  /** Wrong join codes from one address: guessing a private camp's code stays hopeless. */
  joinCodeFailures: 600,
} as const;

export type LimitName = keyof typeof WINDOWS;

/** Wrong join codes an address may send per window before it must wait. */
export const JOIN_CODE_FAILURES_ALLOWED = 20;

export type LimitResult = { ok: true } | { ok: false; retryAfterMs: number };

const ALLOWED: LimitResult = { ok: true };

function pointsFor(name: LimitName, config: Config['rateLimits']): number {
  return name === 'joinCodeFailures' ? JOIN_CODE_FAILURES_ALLOWED : config[name];
}

/**
 * The server's rate limits, in memory (per instance: several instances behind a load balancer
 * each allow the full rate). A limit of 0 is off.
 */
export class RateLimits {
  private readonly limiters = new Map<LimitName, RateLimiterMemory>();

  constructor(config: Config['rateLimits']) {
    for (const name of Object.keys(WINDOWS) as LimitName[]) {
      const points = pointsFor(name, config);
      if (points > 0) {
        this.limiters.set(name, new RateLimiterMemory({ points, duration: WINDOWS[name] }));
      }
    }
  }

  /** Counts one action; past the limit the answer says how long to wait. */
  async take(name: LimitName, key: string): Promise<LimitResult> {
    const limiter = this.limiters.get(name);
    if (!limiter) return ALLOWED;
    try {
      await limiter.consume(key);
      return ALLOWED;
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) {
        return { ok: false, retryAfterMs: Math.max(0, Math.ceil(refusal.msBeforeNext)) };
      }
      throw refusal;
    }
  }

  /** Whether the key is already over its limit, without counting anything. */
  async check(name: LimitName, key: string): Promise<LimitResult> {
    const limiter = this.limiters.get(name);
    if (!limiter) return ALLOWED;
    const state = await limiter.get(key);
    if (state === null || state.consumedPoints < limiter.points) return ALLOWED;
    return { ok: false, retryAfterMs: Math.max(0, Math.ceil(state.msBeforeNext)) };
  }
}

export function rateLimitedReply(retryAfterMs: number): ErrorReply {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return errorReply('RATE_LIMITED', `Too many requests; please try again in ${seconds} s.`, {
    retryAfterMs,
  });
}
