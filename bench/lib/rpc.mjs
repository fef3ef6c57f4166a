// A small request/response layer over the IPC channel of a forked process, so the orchestrator
// can drive load workers and the baseline server with plain async calls.
import { fork } from 'node:child_process';

/** Starts `modulePath` as a child process and returns a handle with `call(method, params)`. */
export function forkRpc(modulePath, { name, execArgv = [], env = process.env } = {}) {
  const child = fork(modulePath, [], {
    execArgv,
    env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'advanced',
  });
  let nextId = 1;
  const waiting = new Map();
  let exited = null;
  child.on('message', (message) => {
    const pending = waiting.get(message.id);
    if (!pending) return;
    waiting.delete(message.id);
    if (message.error) pending.reject(new Error(`${name}: ${message.error}`));
    else pending.resolve(message.result);
  });
  let stopping = false;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
    if (!stopping) process.stderr.write(`[bench] ${name} exited early (${code ?? signal})\n`);
    for (const pending of waiting.values()) {
      pending.reject(new Error(`${name} exited (${code ?? signal}) during a call`));
    }
    waiting.clear();
  });
  return {
    name,
    pid: child.pid,
    call(method, params = {}) {
      if (exited) return Promise.reject(new Error(`${name} has exited`));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        child.send({ id, method, params });
      });
    },
    async stop() {
      stopping = true;
      if (exited) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await gone;
      clearTimeout(timer);
    },
  };
}

/** The child's side: answers each call with the handler's result or its error message. */
export function serveRpc(handlers) {
  process.on('message', async (message) => {
    const handler = handlers[message.method];
    try {
      if (!handler) throw new Error(`no method ${message.method}`);
      const result = await handler(message.params ?? {});
      process.send({ id: message.id, result });
    } catch (error) {
      process.send({ id: message.id, error: error instanceof Error ? error.stack : String(error) });
    }
  });
  // The orchestrator going away must not leave load processes behind. Exiting through
  // process.exit (also on SIGTERM) lets --cpu-prof write its profile.
  process.on('disconnect', () => process.exit(0));
  process.on('SIGTERM', () => process.exit(0));
}
