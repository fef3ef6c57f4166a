import { randomBytes } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Namespace, ServerOptions } from 'socket.io';
import { redactedUrl } from './redacted-url.js';
import { deliverInStreamOrder, SendingBroadcasts } from './stream-order.js';

/** Entries kept in the stream (approximately); only readers that fall this far behind lose any. */
const STREAM_MAX_LENGTH = 10_000;
/** Failed reconnects before a command (a broadcast) gives up, so an outage delays nothing long. */
const RETRIES_PER_COMMAND = 2;
const READER_WAIT_MS = 5_000;
const READER_POLL_MS = 10;

export interface RedisBroadcastOptions {
  /** redis://[:password@]host:6379[/db], as in REDIS_URL. */
  url: string;
  /** The stream (and pub/sub prefix) that one deployment's instances share. */
  streamName: string;
  logger: Logger;
}

/** What createServer needs to broadcast across instances. */
export interface ClusterBroadcast {
  adapter: ServerOptions['adapter'];
  /** Resolves once every broadcast handed to Socket.IO so far is in the shared stream. */
  sent(): Promise<void>;
}

export interface RedisBroadcast extends ClusterBroadcast {
  streamName: string;
  /** Call after the Socket.IO server has closed (which stops the adapter's reader). */
  close(): Promise<void>;
}

/** True once a connection of ours has run XREAD: from then on no entry of the stream is missed. */
async function isReading(client: Redis, connectionName: string): Promise<boolean> {
  const list = await client.call('CLIENT', ['LIST', 'TYPE', 'normal']);
  return (
    typeof list === 'string' &&
    list
      .split('\n')
      .some((line) => line.includes(` name=${connectionName} `) && line.includes(' cmd=xread '))
  );
}

async function untilReading(client: Redis, connectionName: string, logger: Logger): Promise<void> {
  const deadline = Date.now() + READER_WAIT_MS;
  for (;;) {
    let reading: boolean;
    try {
      reading = await isReading(client, connectionName);
    } catch (error) {
      // Managed Redis services may forbid CLIENT; the adapter still works, we just cannot wait.
      logger.warn({ err: error }, 'cannot see whether the Redis stream reader has started');
      return;
    }
    if (reading) return;
    if (Date.now() > deadline) {
      throw new Error(`The Redis stream reader did not start within ${READER_WAIT_MS} ms.`);
    }
    await delay(READER_POLL_MS);
  }
}

/**
 * Connects to Redis and makes the Socket.IO Redis Streams adapter, so that a broadcast on one
 * instance reaches the sockets of every other. Streams rather than pub/sub: a stream is ordered
 * and lets a reader that lagged for a moment continue where it was instead of losing messages.
 * Resolves once this instance is reading the stream; rejects if Redis does not answer.
 */
export async function connectRedisBroadcast(
  options: RedisBroadcastOptions,
): Promise<RedisBroadcast> {
  const { logger } = options;
  const { streamName } = options;
  // The adapter's extra connections copy this name, which is how we find its reader below.
  const connectionName = `campgrid-${randomBytes(6).toString('hex')}`;
  const client = new Redis(options.url, {
    connectionName,
    maxRetriesPerRequest: RETRIES_PER_COMMAND,
  });
  client.on('error', (error: Error) => {
    logger.warn({ err: error }, 'Redis connection error');
  });
  try {
    await client.ping();
  } catch (error) {
    client.disconnect();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Redis at ${redactedUrl(options.url)} does not answer: ${reason}`);
  }

  const streamsAdapter = createAdapter(client, {
    streamName,
    channelPrefix: streamName,
    maxLen: STREAM_MAX_LENGTH,
    // Broadcasts are JSON envelopes, never binary: skip the adapter's search for buffers.
    onlyPlaintext: true,
  });
  const sending = new SendingBroadcasts();
  // A function, not an arrow: Socket.IO calls it with `new`, and takes the object it returns.
  function adapter(namespace: Namespace) {
    return deliverInStreamOrder(streamsAdapter(namespace), sending);
  }
  const appendMarker = (field: 'hello' | 'bye') =>
    client.xadd(streamName, 'MAXLEN', '~', STREAM_MAX_LENGTH, '*', field, connectionName);

  try {
    await untilReading(client, connectionName, logger);
    // A reader starts at "$" (whatever comes next) and stays there until it reads an entry, so an
    // entry written between two of its reads would be skipped. Our marker (ignored by every
    // adapter: it names no namespace) moves each instance's reader to a fixed position.
    await appendMarker('hello');
  } catch (error) {
    client.disconnect();
    throw error;
  }
  logger.info({ stream: streamName }, 'broadcasting through Redis');

  let closing: Promise<void> | null = null;
  return {
    adapter,
    sent: () => sending.sent(),
    streamName,
    close() {
      closing ??= (async () => {
        // A closed adapter's reader notices only when its blocking read returns (up to 5 s);
        // an entry makes it return now.
        await appendMarker('bye').catch(() => undefined);
        await client.quit().catch(() => client.disconnect());
      })();
      return closing;
    },
  };
}
