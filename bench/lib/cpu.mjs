// CPU time from /proc (Linux): how much the server used for a scenario, and how much went to
// processes outside the bench, which on a shared 2-core machine skews every latency.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const ticksPerSecond = (() => {
  const result = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  const value = Number(result.stdout?.trim());
  return Number.isFinite(value) && value > 0 ? value : 100;
})();
const msPerTick = 1000 / ticksPerSecond;

/** User plus system CPU time of one process, in ms; 0 once it has gone. */
export function processCpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces; the fields after it are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * msPerTick;
  } catch {
    return 0;
  }
}

/**
 * CPU time all cores spent running processes since boot (user, nice, system), in ms. Interrupt
 * time is left out: loopback networking runs there and belongs to no process, not even ours.
 */
function machineBusyMs() {
  const [first] = readFileSync('/proc/stat', 'utf8').split('\n');
  const [user, nice, system] = first.trim().split(/\s+/).slice(1).map(Number);
  return (user + nice + system) * msPerTick;
}

/**
 * Measures a stretch of the run. `pids()` names the bench's own processes (workers and the
 * baseline server come and go); each is sampled every half second, so one that exits inside the
 * stretch is counted up to its last sample.
 */
export function startCpuMeter(serverPid, pids) {
  const startedAt = performance.now();
  const busyAtStart = machineBusyMs();
  const first = new Map();
  const last = new Map();
  const sample = () => {
    for (const pid of [serverPid, ...pids()]) {
      const ms = processCpuMs(pid);
      if (!first.has(pid)) first.set(pid, ms);
      if (ms > 0) last.set(pid, ms);
    }
  };
  sample();
  const timer = setInterval(sample, 500);
  timer.unref();
  return {
    sample,
    stop() {
      sample();
      clearInterval(timer);
      const elapsedMs = performance.now() - startedAt;
      const busyMs = machineBusyMs() - busyAtStart;
      let benchMs = 0;
      for (const [pid, ms] of last) benchMs += ms - (first.get(pid) ?? 0);
      return {
        elapsedMs,
        serverMs: (last.get(serverPid) ?? 0) - (first.get(serverPid) ?? 0),
        benchMs,
        foreignMs: Math.max(0, busyMs - benchMs),
      };
    },
  };
}
