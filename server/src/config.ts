import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * Both server/src/config.ts and the bundle server/dist/index.js sit two levels below the repo
 * root, so one relative path finds the client build from either.
 */
const DEFAULT_CLIENT_DIST = fileURLToPath(new URL('../../client/dist', import.meta.url));

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const TRUE_WORDS = ['true', '1', 'yes', 'on'];
const FALSE_WORDS = ['false', '0', 'no', 'off'];

/** An origin such as https://camp.example.org, normalised (no path, no trailing slash). */
const OriginSchema = z.string().transform((value, context) => {
  try {
    const url = new URL(value);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== 'null') {
      return url.origin;
    }
  } catch {
    // reported below
  }
  context.addIssue({ code: 'custom', message: `must be an http(s) origin, got "${value}"` });
  return z.NEVER;
});

/** A connection URL with one of the given schemes; kept as written (it may carry a password). */
function connectionUrl(schemes: readonly string[]) {
  return z.string().refine(
    (value) => {
      try {
        const url = new URL(value);
        return schemes.includes(url.protocol) && url.hostname !== '';
      } catch {
        return false;
      }
    },
    {
      message: `must be a URL starting with ${schemes.map((scheme) => `${scheme}//`).join(' or ')}`,
    },
  );
}

/** Unset and empty variables count as absent, so `PORT=` falls back to the default. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}

/** A count with a default; 0 is allowed (for a rate limit it means "no limit"). */
function count(fallback: number, max = 1_000_000) {
  return optional(z.coerce.number().int().min(0).max(max)).transform((value) => value ?? fallback);
}

const EnvSchema = z.object({
  PORT: optional(z.coerce.number().int().min(0).max(65_535)).transform((value) => value ?? 3000),
  HOST: optional(z.string().min(1)).transform((value) => value ?? '0.0.0.0'),
  DATA_DIR: optional(z.string().min(1)).transform((value) => path.resolve(value ?? './data')),
  DEMO: optional(
    z
      .string()
      .transform((value) => value.trim().toLowerCase())
      .refine((value) => TRUE_WORDS.includes(value) || FALSE_WORDS.includes(value), {
        message: `must be one of ${[...TRUE_WORDS, ...FALSE_WORDS].join(', ')}`,
      })
      .transform((value) => TRUE_WORDS.includes(value)),
  ).transform((value) => value ?? true),
  PUBLIC_ORIGIN: optional(OriginSchema).transform((value) => value ?? null),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS)).transform((value) => value ?? 'info'),
  ALLOWED_ORIGINS: optional(
    z
      .string()
      .transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim())
          .filter((origin) => origin !== ''),
      )
      .pipe(z.array(OriginSchema)),
  ).transform((value) => value ?? []),
  CLIENT_DIST: optional(z.string().min(1)).transform((value) =>
    value === undefined ? DEFAULT_CLIENT_DIST : path.resolve(value),
  ),
  DATABASE_URL: optional(connectionUrl(['postgres:', 'postgresql:'])).transform(
    (value) => value ?? null,
  ),
  REDIS_URL: optional(connectionUrl(['redis:', 'rediss:'])).transform((value) => value ?? null),
  REDIS_STREAM: optional(
    z.string().regex(/^[A-Za-z0-9:_-]{1,100}$/, 'must be letters, digits, ":", "_" or "-"'),
  ).transform((value) => value ?? 'campgrid'),
  // Rate limits (see auth/rate-limits.ts for the windows); 0 turns one off.
  RATE_LIMIT_SOCKET_COMMANDS: count(300),
  RATE_LIMIT_IP_COMMANDS: count(3_000),
  RATE_LIMIT_IP_CONNECTS: count(3_000),
  RATE_LIMIT_IP_JOINS: count(600),
  RATE_LIMIT_IP_CAMPS: count(60),
  TRUST_PROXY: count(0, 10),
  RETENTION_SWEEP_MINUTES: optional(z.coerce.number().int().min(1).max(10_080)).transform(
    (value) => value ?? 60,
  ),
});

export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  port: number;
  host: string;
  /** Absolute; campgrid.db lives here. */
  dataDir: string;
  /** Create the demo camp on a start with an empty database. */
  demo: boolean;
  /** Links are built from it when set, else from the request's protocol and host. */
  publicOrigin: string | null;
  logLevel: LogLevel;
  /** Origins besides the server's own that may open a socket. */
  allowedOrigins: string[];
  /** Absolute; the built client, served when it exists. */
  clientDist: string;
  /** PostgreSQL instead of SQLite in dataDir: what several instances share. */
  databaseUrl: string | null;
  /** Broadcasts go through Redis to the other instances' sockets. */
  redisUrl: string | null;
  /** The Redis stream (and channel prefix) one deployment's instances share. */
  redisStream: string;
  /** Points per window (see auth/rate-limits.ts); 0 means no limit. */
  rateLimits: {
    /** Commands per socket per 10 s. */
    socketCommands: number;
    /** Commands per client address per 10 s. */
    ipCommands: number;
    /** Socket connections per client address per minute. */
    ipConnects: number;
    /** Participant joins per client address per minute. */
    ipJoins: number;
    /** New camps per client address per hour. */
    ipCamps: number;
  };
  /** Reverse proxies in front whose X-Forwarded-For is believed; 0 trusts none. */
  trustProxyHops: number;
  /** How often expired camps are deleted (also once at start). */
  retentionSweepMinutes: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the environment once; an invalid variable is named in the error. */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const result = EnvSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.map(String).join('.') || 'environment'}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const parsed = result.data;
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    dataDir: parsed.DATA_DIR,
    demo: parsed.DEMO,
    publicOrigin: parsed.PUBLIC_ORIGIN,
    logLevel: parsed.LOG_LEVEL,
    allowedOrigins: parsed.ALLOWED_ORIGINS,
    clientDist: parsed.CLIENT_DIST,
    databaseUrl: parsed.DATABASE_URL,
    redisUrl: parsed.REDIS_URL,
    redisStream: parsed.REDIS_STREAM,
    rateLimits: {
      socketCommands: parsed.RATE_LIMIT_SOCKET_COMMANDS,
      ipCommands: parsed.RATE_LIMIT_IP_COMMANDS,
      ipConnects: parsed.RATE_LIMIT_IP_CONNECTS,
      ipJoins: parsed.RATE_LIMIT_IP_JOINS,
      ipCamps: parsed.RATE_LIMIT_IP_CAMPS,
    },
    trustProxyHops: parsed.TRUST_PROXY,
    retentionSweepMinutes: parsed.RETENTION_SWEEP_MINUTES,
  };
}
