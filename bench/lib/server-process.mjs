// Starts the production build of campgrid as a child process and reads its memory.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { inspectorUrlFrom } from './inspector.mjs';
import { sleep } from './util.mjs';

export async function freePort() {
  const probe = net.createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Resident set size of a process in KiB, from /proc (Linux). */
export function rssKb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]);
}

/** The soft limit on open files of this process, which its children inherit. */
export function openFilesLimit() {
  try {
    const limits = readFileSync('/proc/self/limits', 'utf8');
    const match = /^Max open files\s+(\d+|unlimited)/m.exec(limits);
    if (!match) return null;
    return match[1] === 'unlimited' ? Number.POSITIVE_INFINITY : Number(match[1]);
  } catch {
    return null;
  }
}

/**
 * Runs `node <entry>` with a fresh DATA_DIR on a free port and waits for /healthz.
 * Its output goes to this process's stderr, so stdout stays clean for --json.
 */
export async function startServer({ entry, dataDir, inspect = false, cwd }) {
  const port = await freePort();
  const nodeArgs = inspect ? ['--inspect=127.0.0.1:0'] : [];
  const child = spawn(process.execPath, [...nodeArgs, entry], {
    cwd,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      DEMO: 'false',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      // Node flags for the server alone, e.g. to try GC settings: BENCH_SERVER_NODE_OPTIONS.
      NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS ?? '',
      // Every bench client comes from 127.0.0.1 and votes as fast as it can: the per-address and
      // per-socket limits would measure the limits, not the server. 0 turns a limit off.
      RATE_LIMIT_SOCKET_COMMANDS: '0',
      RATE_LIMIT_IP_COMMANDS: '0',
      RATE_LIMIT_IP_CONNECTS: '0',
      RATE_LIMIT_IP_JOINS: '0',
      RATE_LIMIT_IP_CAMPS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(process.stderr);
  const inspectorUrl = inspect ? inspectorUrlFrom(child.stderr) : Promise.resolve(null);
  child.stderr.pipe(process.stderr);
  let exit = null;
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      resolve(exit);
    });
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (exit) throw new Error(`the server exited at start (${exit.code ?? exit.signal})`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the server did not answer /healthz in 20 s');
    await sleep(50);
  }
  return {
    url,
    pid: child.pid,
    inspectorUrl: await inspectorUrl,
    rssKb: () => rssKb(child.pid),
    /** SIGTERM: the server finishes running commands, closes the database and exits. */
    async stop() {
      if (exit) return exit;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}
