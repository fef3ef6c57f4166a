// Bundles the server into one ESM file. npm dependencies stay external (node_modules is there at
// run time, and better-sqlite3 is native); @campgrid/shared is TypeScript source, so it is bundled.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const serverDir = fileURLToPath(new URL('.', import.meta.url));
const readManifest = async (path) =>
  JSON.parse(await readFile(new URL(path, import.meta.url), 'utf8'));
const manifests = [
  await readManifest('package.json'),
  await readManifest('../shared/package.json'),
];
const external = [
  ...new Set(manifests.flatMap((manifest) => Object.keys(manifest.dependencies ?? {}))),
].filter((name) => !name.startsWith('@campgrid/'));

await build({
  absWorkingDir: serverDir,
  entryPoints: ['src/index.ts'],
  outfile: 'dist/index.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external: [...external, ...external.map((name) => `${name}/*`)],
  // Some CommonJS code reached through the bundle calls require(); ESM has none by default.
  banner: {
    js: "import { createRequire as __campgridCreateRequire } from 'node:module'; const require = __campgridCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
console.log('server/dist/index.js built');
