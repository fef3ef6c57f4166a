// npm run bench: starts the production build of campgrid, drives it with real Socket.IO clients
// from separate load processes and reports fan-out, votes, reconnect storm, memory and planner
// figures. See docs/performance.md for what each number means and how to read a run.
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ATTENDEE_BUDGET_BYTES, attendeeInitialJs } from './bundle-size.mjs';
import { parseArgs, USAGE } from './lib/args.mjs';
import { command, connectModerator, createCamp, joinParticipants } from './lib/camp-setup.mjs';
import { startCpuMeter } from './lib/cpu.mjs';
import { connectProfiler } from './lib/inspector.mjs';
import { Mover } from './lib/moves.mjs';
import { checksFor, formatTable, jsonLine } from './lib/report.mjs';
import { forkRpc } from './lib/rpc.mjs';
import { openFilesLimit, startServer } from './lib/server-process.mjs';
import { transportCheck } from './lib/transport-check.mjs';
import { round, sleep } from './lib/util.mjs';
import { fanout } from './scenarios/fanout.mjs';
import { reconnect } from './scenarios/reconnect.mjs';
import { countStoredVotes, votes } from './scenarios/votes.mjs';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const serverEntry = path.join(rootDir, 'server/dist/index.js');
const VOTE_SESSIONS = 20;
/** After the last connect, the server gets this long to settle before its RSS is read. */
const SETTLE_MS = 2_000;

const log = (message) => process.stderr.write(`[bench] ${message}\n`);

function ensureBuild() {
  if (existsSync(serverEntry) && existsSync(path.join(rootDir, 'client/dist/index.html'))) return;
  log('no production build yet: npm run build');
  const built = spawnSync('npm', ['run', 'build'], { cwd: rootDir, stdio: ['ignore', 2, 2] });
  if (built.status !== 0) throw new Error('npm run build failed');
}

/**
 * The attendee view's initial JavaScript (bench/bundle-size.mjs), from a fresh production build of
 * the client: a build left from older sources would report an old figure. It takes seconds.
 */
function measureBundle() {
  log('npm run build:client');
  const built = spawnSync('npm', ['run', 'build:client'], {
    cwd: rootDir,
    stdio: ['ignore', 2, 2],
  });
  if (built.status !== 0) throw new Error('npm run build:client failed');
  const { gzipBytes } = attendeeInitialJs();
  return {
    attendee_initial_js_gzip_kb: round(gzipBytes / 1000),
    budget_kb: round(ATTENDEE_BUDGET_BYTES / 1000),
  };
}

function machine() {
  const cpu = os.cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  const memory = Math.round(os.totalmem() / 2 ** 30);
  return `${os.cpus().length} cores (${cpu}), ${memory} GiB, Node ${process.versions.node}`;
}

function checkOpenFiles(clients, workers) {
  const limit = openFilesLimit();
  // Each process holds one descriptor per connection plus its own few dozen.
  const needed = Math.ceil(clients / workers) + clients + 200;
  if (limit !== null && limit < needed) {
    throw new Error(
      `the open-files limit is ${limit}, ${clients} clients need about ${needed}: ` +
        `raise it first, e.g. \`ulimit -n ${Math.max(needed, 20_000)}\``,
    );
  }
}

async function runPlanner() {
  if (!existsSync(path.join(rootDir, 'shared/src/planning/index.ts'))) {
    return { ms: null, clashes: null, baseline_clashes: null };
  }
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(rootDir, 'bench/planner.mjs')],
    {
      cwd: rootDir,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  const code = await new Promise((resolve) => child.once('exit', resolve));
  const line = output.trim().split('\n').at(-1);
  if (code !== 0 || !line) {
    log('the planner run failed; its figures stay null');
    return { ms: null, clashes: null, baseline_clashes: null };
  }
  return JSON.parse(line);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const started = Date.now();
  const wants = (name) => options.scenarios.includes(name);
  const result = { clients: options.clients, machine: machine(), transport: transportCheck() };
  const needsServer = ['fanout', 'votes', 'reconnect', 'memory'].some(wants);

  if (needsServer) {
    checkOpenFiles(options.clients, options.workers);
    if (options.serverEntry === null) ensureBuild();
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'campgrid-bench-'));
    const server = await startServer({
      entry: options.serverEntry === null ? serverEntry : path.resolve(options.serverEntry),
      dataDir,
      inspect: options.profileDir !== null,
      cwd: rootDir,
    });
    let profiler = null;
    if (options.profileDir !== null) {
      mkdirSync(options.profileDir, { recursive: true });
      profiler = await connectProfiler(server.inspectorUrl, path.resolve(options.profileDir));
    }
    /** Runs a stretch of the bench under the profiler when --profile is given. */
    const profiled = async (name, task) => {
      if (profiler === null) return task();
      await profiler.start();
      try {
        return await task();
      } finally {
        log(`profile: ${await profiler.stop(name)}`);
      }
    };
    const workers = Array.from({ length: options.workers }, (_, index) =>
      forkRpc(path.join(rootDir, 'bench/load-worker.mjs'), {
        name: `load worker ${index + 1}`,
        execArgv: process.env.BENCH_WORKER_PROFILE
          ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_WORKER_PROFILE}`]
          : [],
      }),
    );
    let moderator = null;
    /** CPU taken by processes outside the bench while it measured; it skews every figure. */
    const foreign = [];
    try {
      log(`server pid ${server.pid} at ${server.url}; creating the camp`);
      const camp = await createCamp(server.url, 'Bench Camp');
      moderator = await connectModerator(server.url, {
        slug: camp.slug,
        token: camp.moderatorToken,
      });
      const mover = new Mover(moderator);
      await mover.setUp();
      // Ids as the browser makes them (UUIDs), so messages have their real size.
      const voteSessionIds = Array.from({ length: VOTE_SESSIONS }, () => randomUUID());
      for (const [index, sessionId] of voteSessionIds.entries()) {
        await command(moderator, 'session:pitch', {
          sessionId,
          draft: { title: `Session ${index + 1}`, hosts: ['Bench'] },
        });
      }

      let joinedAt = Date.now();
      const auths = await joinParticipants(server.url, camp.slug, options.clients);
      log(`${auths.length} participants joined in ${Date.now() - joinedAt} ms`);
      await sleep(SETTLE_MS);
      const idleRss = server.rssKb();

      const clientShares = workers.map((_, index) => {
        const base = Math.floor(options.clients / workers.length);
        return base + (index < options.clients % workers.length ? 1 : 0);
      });
      joinedAt = Date.now();
      const connecting = startCpuMeter(server.pid, () => [
        process.pid,
        ...workers.map((worker) => worker.pid),
      ]);
      let offset = 0;
      const connected = await profiled('connect', () =>
        Promise.all(
          workers.map((worker, index) => {
            const share = auths.slice(offset, offset + clientShares[index]);
            offset += clientShares[index];
            return worker.call('connect', { url: server.url, auths: share });
          }),
        ),
      );
      const connectedCount = connected.reduce((sum, part) => sum + part.connected, 0);
      const connectErrors = connected.flatMap((part) => part.errors);
      log(`${connectedCount} clients connected and synced in ${Date.now() - joinedAt} ms`);
      if (connectedCount < options.clients) {
        throw new Error(`only ${connectedCount} clients connected: ${connectErrors.join('; ')}`);
      }
      await sleep(SETTLE_MS);
      const connectedRss = server.rssKb();
      foreign.push(connecting.stop());
      if (wants('memory')) {
        result.memory = {
          rss_per_connection_kb: round((connectedRss - idleRss) / connectedCount),
          idle_rss_mb: round(idleRss / 1024),
          connected_rss_mb: round(connectedRss / 1024),
        };
      }

      const currentVersion = async () => {
        // Right after a storm of connects the server's accept queue may still be full.
        for (let attempt = 1; ; attempt += 1) {
          try {
            const response = await fetch(`${server.url}/api/camps/${camp.slug}`);
            return (await response.json()).version;
          } catch (error) {
            if (attempt >= 5) throw error;
            await sleep(500 * attempt);
          }
        }
      };
      const extraPids = new Set();
      const benchPids = () => [process.pid, ...workers.map((worker) => worker.pid), ...extraPids];
      const measure = async (task) => {
        const meter = startCpuMeter(server.pid, benchPids);
        const value = await task();
        return { result: value, cpu: meter.stop() };
      };
      const context = {
        workers,
        options,
        mover,
        rootDir,
        clientShares,
        voteSessionIds,
        currentVersion,
        extraPids,
        measure,
        serverPid: server.pid,
      };
      for (const [name, scenario] of [
        ['fanout', fanout],
        ['votes', votes],
        ['reconnect', reconnect],
      ]) {
        if (!wants(name)) continue;
        log(name);
        const { result: value, cpu } = await profiled(name, () => measure(() => scenario(context)));
        result[name] = {
          ...value,
          server_cpu_ms: round(cpu.serverMs, 0),
          load_cpu_ms: round(cpu.benchMs - cpu.serverMs, 0),
          elapsed_ms: round(cpu.elapsedMs, 0),
        };
        foreign.push(cpu);
      }
      const status = await Promise.all(workers.map((worker) => worker.call('status')));
      result.consistency = {
        missed: status.reduce((sum, part) => sum + part.missed, 0),
        unexpected_disconnects: status.reduce((sum, part) => sum + part.disconnects, 0),
      };
      await Promise.all(workers.map((worker) => worker.call('disconnect')));
      moderator.close();
      moderator = null;
      const exit = await server.stop();
      if (exit.code !== 0) log(`the server exited with ${exit.code ?? exit.signal}`);
      if (result.votes) {
        const stored = countStoredVotes(path.join(dataDir, 'campgrid.db'), camp.slug);
        result.votes.stored = stored;
        result.votes.lost = result.votes.acked - stored;
      }
      const elapsed = foreign.reduce((sum, cpu) => sum + cpu.elapsedMs, 0);
      const taken = foreign.reduce((sum, cpu) => sum + cpu.foreignMs, 0);
      result.foreign_cpu_pct = round((100 * taken) / (elapsed * os.cpus().length), 0);
    } finally {
      profiler?.close();
      moderator?.close();
      await Promise.all(workers.map((worker) => worker.stop()));
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }

  if (wants('planner')) {
    log('planner');
    result.planner = await runPlanner();
  }
  if (wants('bundle')) {
    log('bundle');
    result.bundle = measureBundle();
  }

  result.seconds = round((Date.now() - started) / 1000);
  const checks = checksFor(result);
  const table = formatTable(result, checks);
  console.log(table);
  if (options.json) console.log(jsonLine(result, checks));
  if (options.check && checks.some((check) => !check.ok)) process.exitCode = 1;
}

main().catch((error) => {
  const cause = error instanceof Error && error.cause ? ` (${error.cause})` : '';
  console.error(`bench failed: ${error instanceof Error ? error.message : error}${cause}`);
  process.exit(1);
});
