import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the background connection copies the write-ahead log into the database file. */
export const CHECKPOINT_INTERVAL_MS = 1_000;

/**
 * The writing connection's own automatic checkpoint, kept only as a safety net should the
 * background one fall behind: 10,000 pages, about 40 MB of log.
 */
export const FALLBACK_AUTOCHECKPOINT_PAGES = 10_000;

/*
 * Runs in a worker thread on its own connection. A checkpoint in WAL mode waits for fsync twice;
 * on the event loop that stalled every socket for tens of milliseconds each time SQLite's
 * automatic checkpoint came round (every 1,000 pages, a few hundred commits). PASSIVE never waits
 * for the writer, and the writer never waits for it.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = NORMAL');
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage({ failed: String(error) });
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message === 'checkpoint') {
    checkpoint();
    parentPort.postMessage({ checkpointed: true });
  } else if (message === 'close') {
    clearInterval(timer);
    db.close();
    parentPort.close();
  }
});
`;

/** Checkpoints one database file from a worker thread until closed. */
export class BackgroundCheckpointer {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;
  private gone = false;
  private failure: string | null = null;

  constructor(file: string, intervalMs = CHECKPOINT_INTERVAL_MS) {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        file,
        intervalMs,
        // Resolved here: the worker's own require would look from the process's working directory.
        driver: createRequire(import.meta.url).resolve('better-sqlite3'),
      },
    });
    // A running checkpointer must not keep a stopping server alive.
    this.worker.unref();
    this.exited = new Promise((resolve) =>
      this.worker.once('exit', () => {
        this.gone = true;
        resolve();
      }),
    );
    this.worker.on('message', (message: { failed?: string }) => {
      if (message.failed !== undefined) this.failure = message.failed;
    });
    // The writer's own fallback checkpoint keeps the log bounded; the failure is kept for ping().
    this.worker.on('error', (error) => {
      this.failure = error.message;
    });
  }

  /** The last checkpoint error, or null while all is well. */
  get lastFailure(): string | null {
    return this.failure;
  }

  /** Runs a checkpoint now and resolves once it has finished; for tests and shutdown. */
  checkpointNow(): Promise<void> {
    if (this.gone) return Promise.resolve();
    return new Promise((resolve) => {
      const onMessage = (message: { checkpointed?: boolean }) => {
        if (message.checkpointed !== true) return;
        this.worker.off('message', onMessage);
        this.worker.off('exit', onExit);
        resolve();
      };
      const onExit = () => {
        this.worker.off('message', onMessage);
        resolve();
      };
      this.worker.on('message', onMessage);
      this.worker.once('exit', onExit);
      this.worker.postMessage('checkpoint');
    });
  }

  async close(): Promise<void> {
    this.worker.postMessage('close');
    const timer = setTimeout(() => void this.worker.terminate(), 5_000);
    await this.exited;
    clearTimeout(timer);
  }
}
