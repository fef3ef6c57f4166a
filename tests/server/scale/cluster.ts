import path from 'node:path';
import { pino } from 'pino';
import { type CampgridServer, createServer } from '../../../server/src/app.js';
import { parseConfig } from '../../../server/src/config.js';
import type { RedisBroadcast } from '../../../server/src/scale/redis-broadcast.js';
import {
  openPostgresStore,
  type PostgresStore,
} from '../../../server/src/store/postgres/postgres-store.js';
import { createTestSchema, TEST_DATABASE_URL, type TestSchema } from '../helpers/postgres.js';
import {
  connectTestBroadcast,
  deleteStream,
  TEST_REDIS_URL,
  uniqueStreamName,
} from '../helpers/redis.js';

export interface Instance {
  url: string;
  server: CampgridServer;
  store: PostgresStore;
  broadcast: RedisBroadcast;
}

export interface Cluster {
  instances: Instance[];
  /** Closes every instance, then removes the schema and the stream. */
  destroy(): Promise<void>;
}

export interface ClusterOptions {
  /** Each instance creates the demo camp on an empty database, as DEMO=true does. */
  demo?: boolean;
}

async function startInstance(
  schemaName: string,
  streamName: string,
  options: ClusterOptions,
): Promise<Instance> {
  const config = parseConfig({
    DEMO: options.demo ? 'true' : 'false',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: '0',
    CLIENT_DIST: path.join(import.meta.dirname, 'no-client-build'),
    DATABASE_URL: TEST_DATABASE_URL,
    REDIS_URL: TEST_REDIS_URL,
  });
  const store = await openPostgresStore({
    connectionString: TEST_DATABASE_URL,
    schema: schemaName,
  });
  let broadcast: RedisBroadcast | null = null;
  let server: CampgridServer | null = null;
  try {
    broadcast = await connectTestBroadcast(streamName);
    server = createServer({
      store,
      config,
      logger: pino({ level: 'silent' }),
      broadcast,
    });
    const { port } = await server.listen(0, '127.0.0.1');
    return { url: `http://127.0.0.1:${port}`, server, store, broadcast };
  } catch (error) {
    await server?.close();
    await broadcast?.close();
    await store.close();
    throw error;
  }
}

/**
 * Several real servers on ephemeral ports and no load balancer, as several processes would run:
 * each with its own connections to one fresh PostgreSQL schema and one fresh Redis stream.
 */
export async function startCluster(count: number, options: ClusterOptions = {}): Promise<Cluster> {
  const schema: TestSchema = await createTestSchema();
  const streamName = uniqueStreamName();
  const instances: Instance[] = [];
  const destroy = async () => {
    for (const instance of instances) await instance.server.close();
    for (const instance of instances) await instance.broadcast.close();
    for (const instance of instances) await instance.store.close();
    await schema.drop();
    await deleteStream(streamName);
  };
  // All at once, as instances behind one load balancer start.
  const started = await Promise.allSettled(
    Array.from({ length: count }, () => startInstance(schema.name, streamName, options)),
  );
  for (const result of started) if (result.status === 'fulfilled') instances.push(result.value);
  const failure = started.find((result) => result.status === 'rejected');
  if (failure) {
    await destroy();
    throw failure.reason;
  }
  return { instances, destroy };
}

export function two(cluster: Cluster): [Instance, Instance] {
  const [first, second] = cluster.instances;
  if (!first || !second) throw new Error('a cluster of two expected');
  return [first, second];
}
