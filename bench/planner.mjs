// Times the session planner on its benchmark case and counts attendee clashes, its own and the
// greedy baseline's. Runs under tsx (shared/ is TypeScript source); prints one JSON line.
import { performance } from 'node:perf_hooks';

const RUNS = 5;

const planning = await import('../shared/src/planning/index.ts');
const { countAttendeeClashes, greedyBaseline, makeBenchCase, suggestPlan } = planning;

const input = makeBenchCase();
const times = [];
let plan = null;
for (let run = 0; run < RUNS; run += 1) {
  const started = performance.now();
  plan = suggestPlan(input);
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const baseline = greedyBaseline(input);
console.log(
  JSON.stringify({
    ms: Math.round(times[Math.floor(RUNS / 2)] * 10) / 10,
    clashes: countAttendeeClashes(input, plan.placements),
    baseline_clashes: countAttendeeClashes(input, baseline.placements),
  }),
);
