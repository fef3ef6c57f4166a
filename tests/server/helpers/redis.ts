import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import {
  connectRedisBroadcast,
  type RedisBroadcast,
} from '../../../server/src/scale/redis-broadcast.js';

/** The CI machine's Redis; TEST_REDIS_URL points the tests at another. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const HOW_TO_START =
  'Start it with `redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" ' +
  '--appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log` (.ci/run does this), ' +
  'or set TEST_REDIS_URL to a Redis that answers.';

/** A stream no other test run uses, so parallel runs never hear each other. */
export function uniqueStreamName(): string {
  return `cg-test-${randomBytes(6).toString('hex')}`;
}

export async function connectTestBroadcast(streamName: string): Promise<RedisBroadcast> {
  try {
    return await connectRedisBroadcast({
      url: TEST_REDIS_URL,
      streamName,
      logger: pino({ level: 'silent' }),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${reason}. ${HOW_TO_START}`);
  }
}

/** Removes what a test run wrote to Redis: its stream. */
export async function deleteStream(streamName: string): Promise<void> {
  const client = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    await client.del(streamName);
  } finally {
    client.disconnect();
  }
}
