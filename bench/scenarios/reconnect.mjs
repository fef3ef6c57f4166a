// reconnect storm: every client drops its transport at once and reconnects with the browser
// client's backoff; meanwhile the moderator keeps moving sessions. Each client catches up with
// camp:sync from its last version. Counts who came back in sync and every version skipped.
// Then the same storm against a bare Socket.IO server (bench/baseline-server.mjs), whose sync is
// one round trip answered with a copy of a real camp:sync reply: what this machine and Socket.IO
// cost before any campgrid code runs.
//
// Server and load share the machine's cores, so the storm cannot end sooner than all the CPU it
// took (server and load processes) spread over every core: `cpu_floor_ms`, for each server. It
// tells a slow server from a machine too small for the storm.

import os from 'node:os';
import { withBaselineServer } from '../lib/baseline.mjs';
import { processCpuMs } from '../lib/cpu.mjs';
import { mergeSorted, percentile, round, sleep } from '../lib/util.mjs';

const STORM_TIMEOUT_MS = 45_000;
const COMMANDS_DURING_STORM = 5;

/** CPU time (ms) the load processes have used so far. */
function loadCpuMs(workers) {
  return workers.reduce((sum, worker) => sum + processCpuMs(worker.pid), 0);
}

/** The shortest the storm could take if its CPU time were spread evenly over every core. */
function cpuFloorMs(serverCpuMs, loadCpuMs) {
  return (serverCpuMs + loadCpuMs) / os.cpus().length;
}

export async function reconnect(context) {
  const { workers, mover, currentVersion, serverPid } = context;
  const before = await currentVersion();
  await Promise.all(
    workers.map((worker) => worker.call('waitForVersion', { version: before, timeoutMs: 20_000 })),
  );
  const cpuAtStart = processCpuMs(serverPid);
  const loadAtStart = loadCpuMs(workers);
  const storms = Promise.all(
    workers.map((worker) => worker.call('storm', { timeoutMs: STORM_TIMEOUT_MS })),
  );
  // Awaited below; until then a failing worker must not count as an unhandled rejection.
  storms.catch(() => {});
  let last = before;
  for (let index = 0; index < COMMANDS_DURING_STORM; index += 1) {
    last = (await mover.move()).version;
    await sleep(100);
  }
  const parts = await storms;
  const cpuMs = processCpuMs(serverPid) - cpuAtStart;
  const loadMs = loadCpuMs(workers) - loadAtStart;
  // Before the baseline runs: the figure is campgrid's storm alone.
  await Promise.all(
    workers.map((worker) => worker.call('waitForVersion', { version: last, timeoutMs: 10_000 })),
  );
  const results = await Promise.all(
    workers.map((worker) => worker.call('stormResult', { version: last })),
  );
  const syncMs = mergeSorted(parts.map((part) => part.syncMs));
  const errors = parts.flatMap((part) => part.errors);
  const { reply } = await workers[0].call('lastSyncReply');
  // Our clients stay connected, idle, while the baseline runs: the run's consistency check needs them.
  const baseline = await baselineStorm(context, reply);
  const p99 = percentile(syncMs, 99);
  return {
    clients: parts.reduce((sum, part) => sum + part.clients, 0),
    resynced: results.reduce((sum, part) => sum + part.resynced, 0),
    missed_events: results.reduce((sum, part) => sum + part.missed, 0),
    p50_ms: round(percentile(syncMs, 50), 0),
    p99_ms: round(p99, 0),
    baseline_clients: baseline.clients,
    baseline_synced: baseline.synced,
    baseline_p99_ms: round(baseline.p99, 0),
    ratio_p99: round(p99 / Math.max(baseline.p99, 1), 2),
    baseline_cpu_ms_per_client: round(baseline.cpuMs / Math.max(1, baseline.synced), 2),
    commands_during_storm: COMMANDS_DURING_STORM,
    server_cpu_ms_per_client: round(cpuMs / Math.max(1, syncMs.length), 2),
    load_cpu_ms_per_client: round(loadMs / Math.max(1, syncMs.length), 2),
    cpu_floor_ms: round(cpuFloorMs(cpuMs, loadMs), 0),
    baseline_load_cpu_ms_per_client: round(baseline.loadMs / Math.max(1, baseline.synced), 2),
    baseline_cpu_floor_ms: round(cpuFloorMs(baseline.cpuMs, baseline.loadMs), 0),
    ...(errors.length > 0 ? { errors } : {}),
  };
}

async function baselineStorm(context, reply) {
  const { workers, clientShares } = context;
  return withBaselineServer(context, async ({ baseline, url, sender }) => {
    await baseline.call('setSyncReply', { reply });
    await Promise.all(
      workers.map((worker, index) =>
        worker.call('connectBaseline', { url, count: clientShares[index], reconnection: true }),
      ),
    );
    const cpuAtStart = processCpuMs(baseline.pid);
    const loadAtStart = loadCpuMs(workers);
    const storms = Promise.all(
      workers.map((worker) => worker.call('stormBaseline', { timeoutMs: STORM_TIMEOUT_MS })),
    );
    storms.catch(() => {});
    // The same five broadcasts during the storm as the moderator's moves above.
    for (let index = 0; index < COMMANDS_DURING_STORM; index += 1) {
      await sender.timeout(15_000).emitWithAck('bench:broadcast', {
        name: 'session:placed',
        envelope: { version: index, at: Date.now(), event: { type: 'session:placed' } },
      });
      await sleep(100);
    }
    const parts = await storms;
    const cpuMs = processCpuMs(baseline.pid) - cpuAtStart;
    const loadMs = loadCpuMs(workers) - loadAtStart;
    await Promise.all(workers.map((worker) => worker.call('disconnectBaseline')));
    const syncMs = mergeSorted(parts.map((part) => part.syncMs));
    return {
      clients: parts.reduce((sum, part) => sum + part.clients, 0),
      synced: syncMs.length,
      p99: percentile(syncMs, 99),
      cpuMs,
      loadMs,
    };
  });
}
