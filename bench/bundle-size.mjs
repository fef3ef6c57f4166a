// The attendee view's initial JavaScript, gzipped: the entry chunk and every chunk it imports
// statically, read from Vite's build manifest (client/dist/.vite/manifest.json). Lazy chunks
// (moderation, participation, screens, QR codes) load later and do not count.
//
//   node bench/bundle-size.mjs            prints the figure (after `npm run build:client`)
//   node bench/bundle-size.mjs --check    also exits 1 when it is above the budget
//   node bench/bundle-size.mjs --json     one JSON line, for bench/run.mjs
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const rootDir = fileURLToPath(new URL('..', import.meta.url));

/** The budget: 110 kB (1000 bytes each, as Vite reports sizes). */
export const ATTENDEE_BUDGET_BYTES = 110_000;

/**
 * @param {{ distDir?: string }} [options]
 * @returns {{ gzipBytes: number, rawBytes: number, budgetBytes: number, files: { file: string, rawBytes: number, gzipBytes: number }[] }}
 */
export function attendeeInitialJs(options = {}) {
  const distDir = options.distDir ?? path.join(rootDir, 'client', 'dist');
  const manifestFile = path.join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(`${manifestFile} is missing: run \`npm run build:client\` first`);
  }
  /** @type {Record<string, { file: string, isEntry?: boolean, imports?: string[] }>} */
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length !== 1) {
    throw new Error(`expected one entry chunk in the manifest, found ${entries.length}`);
  }
  const seen = new Set();
  const files = [];
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest names ${key} but has no entry for it`);
    if (chunk.file.endsWith('.js')) {
      const bytes = readFileSync(path.join(distDir, chunk.file));
      files.push({ file: chunk.file, rawBytes: bytes.length, gzipBytes: gzipSync(bytes).length });
    }
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entries[0][0]);
  const sum = (field) => files.reduce((total, file) => total + file[field], 0);
  return {
    gzipBytes: sum('gzipBytes'),
    rawBytes: sum('rawBytes'),
    budgetBytes: ATTENDEE_BUDGET_BYTES,
    files: files.sort((a, b) => b.gzipBytes - a.gzipBytes),
  };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

function main() {
  const args = new Set(process.argv.slice(2));
  const result = attendeeInitialJs();
  if (args.has('--json')) {
    process.stdout.write(
      `${JSON.stringify({ attendee_initial_js_gzip_bytes: result.gzipBytes, budget_bytes: result.budgetBytes })}\n`,
    );
  } else {
    for (const file of result.files) {
      process.stdout.write(`  ${kB(file.gzipBytes).padStart(9)}  ${file.file}\n`);
    }
    process.stdout.write(
      `attendee view, initial JS: ${kB(result.gzipBytes)} gzipped (${kB(result.rawBytes)} raw), budget ${kB(result.budgetBytes)}\n`,
    );
  }
  if (args.has('--check') && result.gzipBytes > result.budgetBytes) {
    process.stderr.write(
      `bundle check failed: ${kB(result.gzipBytes)} is above the budget of ${kB(result.budgetBytes)}\n`,
    );
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
