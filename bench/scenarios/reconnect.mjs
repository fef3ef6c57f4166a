// reconnect storm: every client drops its transport at once and reconnects with the browser
// client's backoff; meanwhile the moderator keeps moving sessions. Each client catches up with
// camp:sync from its last version. Counts who came back in sync and every version skipped.
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
  await Promise.all(
    workers.map((worker) => worker.call('waitForVersion', { version: last, timeoutMs: 10_000 })),
  );
  const results = await Promise.all(
    workers.map((worker) => worker.call('stormResult', { version: last })),
  );
  const syncMs = mergeSorted(parts.map((part) => part.syncMs));
  const errors = parts.flatMap((part) => part.errors);
  return {
    clients: parts.reduce((sum, part) => sum + part.clients, 0),
    resynced: results.reduce((sum, part) => sum + part.resynced, 0),
    missed_events: results.reduce((sum, part) => sum + part.missed, 0),
    p50_ms: round(percentile(syncMs, 50), 0),
    p99_ms: round(percentile(syncMs, 99), 0),
    commands_during_storm: COMMANDS_DURING_STORM,
    server_cpu_ms_per_client: round(cpuMs / Math.max(1, syncMs.length), 2),
    ...(errors.length > 0 ? { errors } : {}),
  };
}
