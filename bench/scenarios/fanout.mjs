// fan-out: a moderator moves sessions; every client records when each broadcast arrived, measured
// against the server's own timestamp in the envelope. The same number of same-size broadcasts to
// the same number of clients from a bare Socket.IO server gives the baseline.

import { withBaselineServer } from '../lib/baseline.mjs';
import { processCpuMs } from '../lib/cpu.mjs';
import { mergeSorted, percentile, round, sleep } from '../lib/util.mjs';

const ARRIVAL_TIMEOUT_MS = 20_000;
/**
 * Moves before the measured ones, on both servers: the first broadcasts run through code that the
 * JIT has not compiled yet, in the server and in the load processes alike.
 */
const WARM_UP_MOVES = 10;

async function collect(workers) {
  const parts = await Promise.all(workers.map((worker) => worker.call('stopRecording')));
  return mergeSorted(parts.map((part) => part.latencies));
}

/** Calls `step(i)` `count` times, one every `intervalMs` (start to start). */
async function paced(count, intervalMs, step) {
  const started = Date.now();
  for (let index = 0; index < count; index += 1) {
    await step(index);
    const wait = started + (index + 1) * intervalMs - Date.now();
    if (wait > 0) await sleep(wait);
  }
}

/** Moves `count` times at the scenario's pace; resolves once every client has them all. */
async function moveAndWait(context, count) {
  const { workers, mover, options } = context;
  const sent = [];
  await paced(count, options.moveIntervalMs, async () => {
    const ack = await mover.move();
    const event = ack.events[0];
    sent.push({ version: ack.version, name: event.type, event });
  });
  const last = sent.at(-1).version;
  const waits = await Promise.all(
    workers.map((worker) =>
      worker.call('waitForVersion', { version: last, timeoutMs: ARRIVAL_TIMEOUT_MS }),
    ),
  );
  return { sent, behind: waits.reduce((sum, wait) => sum + wait.behind, 0) };
}

async function runOurs(context) {
  const { workers, options, serverPid } = context;
  const warmUp = await moveAndWait(context, WARM_UP_MOVES);
  await Promise.all(workers.map((worker) => worker.call('startRecording')));
  const cpuAtStart = processCpuMs(serverPid);
  const { sent, behind } = await moveAndWait(context, options.moves);
  const cpuMs = processCpuMs(serverPid) - cpuAtStart;
  return { latencies: await collect(workers), warmUp: warmUp.sent, sent, behind, cpuMs };
}

/** Broadcasts the envelopes from the baseline server at the scenario's pace; waits for arrival. */
async function broadcastAndWait(context, sender, clients, envelopes) {
  const { workers, options } = context;
  await Promise.all(workers.map((worker) => worker.call('startRecording')));
  await paced(envelopes.length, options.moveIntervalMs, async (index) => {
    const { version, name, event } = envelopes[index];
    await sender
      .timeout(15_000)
      .emitWithAck('bench:broadcast', { name, envelope: { version, at: Date.now(), event } });
  });
  const expected = clients * envelopes.length;
  const deadline = Date.now() + ARRIVAL_TIMEOUT_MS;
  for (;;) {
    const counts = await Promise.all(workers.map((worker) => worker.call('recordedCount')));
    const arrived = counts.reduce((sum, part) => sum + part.count, 0);
    if (arrived >= expected || Date.now() > deadline) break;
    await sleep(20);
  }
  return collect(workers);
}

async function runBaseline(context, warmUp, sent) {
  const { workers, clientShares } = context;
  return withBaselineServer(context, async ({ baseline, url, sender }) => {
    const connected = await Promise.all(
      workers.map((worker, index) =>
        worker.call('connectBaseline', { url, count: clientShares[index] }),
      ),
    );
    const clients = connected.reduce((sum, part) => sum + part.connected, 0);
    await broadcastAndWait(context, sender, clients, warmUp);
    const cpuAtStart = processCpuMs(baseline.pid);
    const latencies = await broadcastAndWait(context, sender, clients, sent);
    const cpuMs = processCpuMs(baseline.pid) - cpuAtStart;
    await Promise.all(workers.map((worker) => worker.call('disconnectBaseline')));
    return { latencies, clients, cpuMs };
  });
}

export async function fanout(context) {
  const ours = await runOurs(context);
  const baseline = await runBaseline(context, ours.warmUp, ours.sent);
  const p99 = percentile(ours.latencies, 99);
  const baselineP99 = percentile(baseline.latencies, 99);
  return {
    p50_ms: round(percentile(ours.latencies, 50)),
    p95_ms: round(percentile(ours.latencies, 95)),
    p99_ms: round(p99),
    baseline_p99_ms: round(baselineP99),
    // Both sides are whole milliseconds; a 0 ms baseline would make any ratio meaningless.
    ratio_p99: round(p99 / Math.max(baselineP99, 1), 2),
    moves: ours.sent.length,
    arrivals: ours.latencies.length,
    baseline_arrivals: baseline.latencies.length,
    clients_behind: ours.behind,
    // CPU time per broadcast, which other processes on the machine do not skew.
    server_cpu_ms_per_move: round(ours.cpuMs / ours.sent.length, 2),
    baseline_cpu_ms_per_move: round(baseline.cpuMs / ours.sent.length, 2),
    payload_bytes: JSON.stringify({ version: 0, at: Date.now(), event: ours.sent[0]?.event })
      .length,
  };
}
