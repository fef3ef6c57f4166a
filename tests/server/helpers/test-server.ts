import path from 'node:path';
import { type CampgridServer, createServer } from '../../../server/src/app.js';
import { parseConfig } from '../../../server/src/config.js';
import { openSqliteStore } from '../../../server/src/store/sqlite/sqlite-store.js';
import type { Store } from '../../../server/src/store/store.js';
import { makeTempDir, removeDir } from './temp-dir.js';

export interface TestServer {
  url: string;
  port: number;
  dataDir: string;
  store: Store;
  server: CampgridServer;
  /** Closes the server and its store; the data directory stays for a restart. */
  close(): Promise<void>;
  /** Closes, then opens a new store and server on the same data directory. */
  restart(): Promise<TestServer>;
  /** Closes and deletes the data directory. */
  destroy(): Promise<void>;
}

export interface TestServerOptions {
  dataDir?: string;
  demo?: boolean;
  /** More environment variables, as the real server would read them. */
  env?: Record<string, string>;
}

/** A real server on an ephemeral port with its own data directory; silent logs, no demo unless asked. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await makeTempDir());
  const config = parseConfig({
    DATA_DIR: dataDir,
    DEMO: options.demo ? 'true' : 'false',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: '0',
    CLIENT_DIST: path.join(dataDir, 'no-client-build'),
    ...options.env,
  });
  const store = await openSqliteStore({ dataDir });
  const server = createServer({ store, config });
  const { port } = await server.listen(0, '127.0.0.1');
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await server.close();
    await store.close();
  };
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    store,
    server,
    close,
    async restart() {
      await close();
      return startTestServer({ ...options, dataDir });
    },
    async destroy() {
      await close();
      await removeDir(dataDir);
    },
  };
}
