import { createServer } from './app.js';
import { type Config, ConfigError, parseConfig } from './config.js';
import { createLogger } from './logger.js';
import { openSqliteStore } from './store/sqlite/sqlite-store.js';

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

const config = readConfig();
const logger = createLogger(config.logLevel);
const store = await openSqliteStore({ dataDir: config.dataDir });
const server = createServer({ store, config, logger });
const { port } = await server.listen();
const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
logger.info(
  { url: config.publicOrigin ?? `http://${shownHost}:${port}`, dataDir: config.dataDir },
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
