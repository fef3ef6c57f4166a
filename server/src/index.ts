import { createServer } from './app.js';
import { type Config, ConfigError, parseConfig } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { redactedUrl } from './scale/redacted-url.js';
import { connectRedisBroadcast, type RedisBroadcast } from './scale/redis-broadcast.js';
import { openPostgresStore } from './store/postgres/postgres-store.js';
import { openSqliteStore } from './store/sqlite/sqlite-store.js';
import type { Store } from './store/store.js';

/** How long running requests get to finish on shutdown before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

function readConfig(): Config {
  try {
    return parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/** A service that is down at start ends the process with one clear line; a supervisor retries. */
async function orExit<T>(logger: Logger, what: string, open: () => Promise<T>): Promise<T> {
  try {
    return await open();
  } catch (error) {
    logger.fatal({ err: error }, `${what} is not available`);
    process.exit(1);
  }
}

const config = readConfig();
const logger = createLogger(config.logLevel);
const { databaseUrl, redisUrl } = config;
const store: Store = databaseUrl
  ? await orExit(logger, `PostgreSQL at ${redactedUrl(databaseUrl)}`, () =>
      openPostgresStore({ connectionString: databaseUrl, logger }),
    )
  : await openSqliteStore({ dataDir: config.dataDir });
const broadcast: RedisBroadcast | null = redisUrl
  ? await orExit(logger, `Redis at ${redactedUrl(redisUrl)}`, () =>
      connectRedisBroadcast({ url: redisUrl, streamName: config.redisStream, logger }),
    )
  : null;
const server = createServer({
  store,
  config,
  logger,
  ...(broadcast ? { broadcast } : {}),
});
const { port } = await server.listen();
const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
logger.info(
  {
    url: config.publicOrigin ?? `http://${shownHost}:${port}`,
    storage: databaseUrl ? 'postgresql' : 'sqlite',
    ...(databaseUrl ? {} : { dataDir: config.dataDir }),
    broadcast: broadcast ? `redis stream ${broadcast.streamName}` : 'this process only',
  },
  'campgrid is listening',
);

let stopping = false;
async function shutdown(signal: NodeJS.Signals): Promise<void> {
  if (stopping) {
    logger.warn({ signal }, 'second signal, exiting at once');
    process.exit(1);
  }
  stopping = true;
  logger.info({ signal }, 'shutting down');
  setTimeout(() => {
    logger.error('shutdown took too long, exiting');
    process.exit(1);
  }, SHUTDOWN_GRACE_MS).unref();
  await server.close();
  await broadcast?.close();
  await store.close();
  logger.info('stopped');
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    shutdown(signal).catch((error: unknown) => {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    });
  });
}
