#!/usr/bin/env node
// The developer loop: the server from TypeScript (tsx, restarting on change) beside Vite's dev
// server, which proxies /api, /healthz and /socket.io to it (vite.config.ts). Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** The local binary when installed (so signals reach it directly), else npx, which finds it. */
function command(bin, args) {
  const local = `${repoRoot}node_modules/.bin/${bin}`;
  return existsSync(local) ? [local, args] : ['npx', [bin, ...args]];
}

const processes = [
  { name: 'server', run: command('tsx', ['watch', 'server/src/index.ts']) },
  { name: 'client', run: command('vite', []) },
];

let stopping = false;
const children = processes.map(({ name, run: [file, args] }) => {
  const child = spawn(file, args, { cwd: repoRoot, stdio: 'inherit', env: process.env });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`[dev] ${name} stopped (${signal ?? `exit ${code}`}); stopping the rest`);
    stopAll('SIGTERM', code ?? 1);
  });
  return child;
});

function stopAll(signal, exitCode) {
  stopping = true;
  const alive = children.filter((child) => child.exitCode === null && child.signalCode === null);
  for (const child of alive) child.kill(signal);
  let remaining = alive.length;
  if (remaining === 0) process.exit(exitCode);
  for (const child of alive) {
    child.once('exit', () => {
      remaining -= 1;
      if (remaining === 0) process.exit(exitCode);
    });
  }
  // A child that ignores the signal must not keep the terminal hostage.
  setTimeout(() => {
    for (const child of alive) child.kill('SIGKILL');
    process.exit(exitCode);
  }, 5_000).unref();
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (!stopping) stopAll(signal, 0);
  });
}
