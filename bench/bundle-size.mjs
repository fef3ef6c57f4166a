// The attendee view's initial JavaScript, gzipped: what a phone downloads before /c/:slug can show
// its schedule. Read from Vite's build manifest (client/dist/.vite/manifest.json): the entry chunk,
// every chunk it imports statically (Vite preloads them all), and the chunks the first render
// waits for although they load through import(): the texts of the default language. Chunks only
// other pages load (moderation, participation, joining, the start page, screens, print, QR codes)
// do not count.
//
//   node bench/bundle-size.mjs            prints the figure (after `npm run build:client`)
//   node bench/bundle-size.mjs --check    also exits 1 when it is above the budget
//   node bench/bundle-size.mjs --max-kb N also exits 1 when it is above N kB (the CI ceiling)
//   node bench/bundle-size.mjs --json     one JSON line, for bench/run.mjs
//   node bench/bundle-size.mjs --dist DIR reads another build than client/dist
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const rootDir = fileURLToPath(new URL('..', import.meta.url));

/** The budget: 110 kB (1000 bytes each, as Vite reports sizes). */
export const ATTENDEE_BUDGET_BYTES = 110_000;

/**
 * Modules the attendee view loads with import() but cannot render without, by their manifest key
 * (the path from client/). client/src/i18n/index.ts loads each language's texts on demand, and the
 * first render waits for them; German is the default language.
 */
export const FIRST_RENDER_MODULES = ['src/i18n/de.json'];

/**
 * @typedef {{ file: string, src?: string, isEntry?: boolean, imports?: string[], dynamicImports?: string[] }} ManifestChunk
 */

/**
 * The manifest keys of every chunk the attendee's first render needs: the entry, the dynamic
 * imports it waits for, and everything those import statically, each once.
 *
 * @param {Record<string, ManifestChunk>} manifest
 * @param {readonly string[]} [firstRender]
 * @returns {string[]}
 */
export function initialChunkKeys(manifest, firstRender = FIRST_RENDER_MODULES) {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (entries.length !== 1) {
    throw new Error(`expected one entry chunk in the manifest, found ${entries.length}`);
  }
  for (const key of firstRender) {
    // Failing loudly keeps a renamed or inlined module from silently dropping out of the figure.
    if (!manifest[key]) {
      throw new Error(
        `the manifest has no chunk for ${key}, which the first render needs: ` +
          'update FIRST_RENDER_MODULES in bench/bundle-size.mjs',
      );
    }
  }
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest names ${key} but has no entry for it`);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entries[0]);
  for (const key of firstRender) visit(key);
  return [...seen];
}

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
  /** @type {Record<string, ManifestChunk>} */
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const files = [];
  for (const key of initialChunkKeys(manifest)) {
    const { file } = /** @type {ManifestChunk} */ (manifest[key]);
    if (!file.endsWith('.js')) continue;
    const bytes = readFileSync(path.join(distDir, file));
    files.push({ file, rawBytes: bytes.length, gzipBytes: gzipSync(bytes).length });
  }
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
  const argv = process.argv.slice(2);
  const args = new Set(argv);
  const distIndex = argv.indexOf('--dist');
  const distDir = distIndex >= 0 ? argv[distIndex + 1] : undefined;
  if (distIndex >= 0 && distDir === undefined) throw new Error('--dist needs a directory');
  const result = attendeeInitialJs(distDir === undefined ? {} : { distDir: path.resolve(distDir) });
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
  const ceilingIndex = argv.indexOf('--max-kb');
  const ceilingKb = ceilingIndex >= 0 ? Number(argv[ceilingIndex + 1]) : null;
  if (ceilingKb !== null && !(ceilingKb > 0)) throw new Error('--max-kb needs a number of kB');
  if (ceilingKb !== null && result.gzipBytes > ceilingKb * 1000) {
    process.stderr.write(
      `bundle check failed: ${kB(result.gzipBytes)} is above the ceiling of ${ceilingKb} kB\n`,
    );
    process.exit(1);
  }
  if (args.has('--check') && result.gzipBytes > result.budgetBytes) {
    process.stderr.write(
      `bundle check failed: ${kB(result.gzipBytes)} is above the budget of ${kB(result.budgetBytes)}\n`,
    );
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
