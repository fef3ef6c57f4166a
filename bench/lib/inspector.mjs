// Per-scenario CPU profiles of the server: it runs with --inspect on a free port and the bench
// starts and stops V8's profiler over the DevTools protocol around each scenario.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// ws is what engine.io speaks websockets with; borrowed from there rather than declared twice.
const requireFromEngine = createRequire(createRequire(import.meta.url).resolve('engine.io'));
const WebSocket = requireFromEngine('ws');

/** Waits for the "Debugger listening on ws://…" line on a child's stderr. */
export function inspectorUrlFrom(stream) {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk) => {
      seen += chunk;
      const match = /Debugger listening on (ws:\/\/\S+)/.exec(seen);
      if (match) {
        stream.off('data', onData);
        resolve(match[1]);
      }
    };
    stream.on('data', onData);
    setTimeout(() => reject(new Error('the server printed no inspector address')), 20_000);
  });
}

export async function connectProfiler(url, dir) {
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let nextId = 1;
  const waiting = new Map();
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString());
    const pending = waiting.get(message.id);
    if (!pending) return;
    waiting.delete(message.id);
    if (message.error) pending.reject(new Error(message.error.message));
    else pending.resolve(message.result);
  });
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params }));
    });
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: 500 });
  return {
    async start() {
      await send('Profiler.start');
    },
    /** Stops and writes DIR/<name>.cpuprofile; returns its path. */
    async stop(name) {
      const { profile } = await send('Profiler.stop');
      const file = path.join(dir, `${name}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      return file;
    },
    close() {
      socket.close();
    },
  };
}
