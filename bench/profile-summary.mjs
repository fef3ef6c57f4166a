// Summarises a V8 .cpuprofile (from `npm run bench -- --profile DIR`): the functions with the most
// self time, and the most inclusive time, with their files. Usage:
//   node bench/profile-summary.mjs DIR/CPU.*.cpuprofile [--top N] [--filter TEXT]
import { readFileSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith('--'));
if (!file) {
  console.error(
    'usage: node bench/profile-summary.mjs PROFILE.cpuprofile [--top N] [--filter TEXT]',
  );
  process.exit(2);
}
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] !== undefined ? args[index + 1] : fallback;
};
const top = Number(option('--top', 30));
const filter = option('--filter', null);

const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map();
for (const node of profile.nodes) {
  for (const child of node.children ?? []) parentOf.set(child, node.id);
}

// Each sample is one tick in a node; the time between samples is in timeDeltas (µs).
const selfUs = new Map();
profile.samples.forEach((id, index) => {
  selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
});
const totalUs = [...selfUs.values()].reduce((sum, value) => sum + value, 0);

const label = (node) => {
  const frame = node.callFrame;
  const where = frame.url ? `${path.basename(frame.url)}:${frame.lineNumber + 1}` : '';
  return `${frame.functionName || '(anonymous)'} ${where}`.trim();
};
const moduleOf = (node) => {
  const url = node.callFrame.url;
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1];
  if (url.includes('/server/dist/')) return 'campgrid (server bundle)';
  if (url.startsWith('node:')) return 'node core';
  return node.callFrame.functionName.startsWith('(') ? node.callFrame.functionName : 'other';
};

const selfByLabel = new Map();
const selfByModule = new Map();
const inclusiveByLabel = new Map();
for (const [id, us] of selfUs) {
  const node = byId.get(id);
  selfByLabel.set(label(node), (selfByLabel.get(label(node)) ?? 0) + us);
  selfByModule.set(moduleOf(node), (selfByModule.get(moduleOf(node)) ?? 0) + us);
  // Inclusive: add to each distinct function on the stack once.
  const seen = new Set();
  for (let current = id; current !== undefined; current = parentOf.get(current)) {
    const name = label(byId.get(current));
    if (seen.has(name)) continue;
    seen.add(name);
    inclusiveByLabel.set(name, (inclusiveByLabel.get(name) ?? 0) + us);
  }
}

const pct = (us) => `${((100 * us) / totalUs).toFixed(1).padStart(5)}%`;
const print = (title, map) => {
  console.log(`\n${title}`);
  const rows = [...map.entries()]
    .filter(([name]) => filter === null || name.includes(filter))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top);
  for (const [name, us] of rows) console.log(`${pct(us)}  ${name}`);
};
console.log(`${file}: ${(totalUs / 1e6).toFixed(2)} s sampled`);
print('self time by package', selfByModule);
print('self time by function', selfByLabel);
print('inclusive time by function', inclusiveByLabel);
