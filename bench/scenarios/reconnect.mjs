// reconnect storm: every client drops its transport at once and reconnects with the browser
// client's backoff; meanwhile the moderator keeps moving sessions. Each client catches up with
// camp:sync from its last version. Counts who came back in sync and every version skipped.
// Then the same storm against a bare Socket.IO server (bench/baseline-server.mjs), whose sync is
// one round trip answered with a copy of a real camp:sync reply: what this machine and Socket.IO
// cost before any campgrid code runs.

import { withBaselineServer } from '../lib/baseline.mjs';
import { processCpuMs } from '../lib/cpu.mjs';
import { mergeSorted, percentile, round, sleep } from '../lib/util.mjs';

const STORM_TIMEOUT_MS = 45_000;
const COMMANDS_DURING_STORM = 5;

export async function reconnect(context) {
  const { workers, mover, currentVersion, serverPid } = context;
  const before = await currentVersion();
  await Promise.all(
    workers.map((worker) => worker.call('waitForVersion', { version: before, timeoutMs: 20_000 })),
  );
  const cpuAtStart = processCpuMs(serverPid);
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
    await Promise.all(workers.map((worker) => worker.call('disconnectBaseline')));
    const syncMs = mergeSorted(parts.map((part) => part.syncMs));
    return {
      clients: parts.reduce((sum, part) => sum + part.clients, 0),
      synced: syncMs.length,
      p99: percentile(syncMs, 99),
      cpuMs,
    };
  });
}
