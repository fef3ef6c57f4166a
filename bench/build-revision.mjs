// Builds the server of an earlier commit into a directory of its own, to run the current bench
// against it (`npm run bench -- --server-entry DIR/server/dist/index.js`) and compare two builds
// on the same machine within minutes of each other. Uses this checkout's node_modules, except
// that @campgrid/* points into DIR, so the old server is bundled with its own shared/.
//
//   node bench/build-revision.mjs <commit> <dir>
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const [revision, target] = process.argv.slice(2);
if (!revision || !target) {
  process.stderr.write('usage: node bench/build-revision.mjs <commit> <dir>\n');
  process.exit(2);
}
const dir = path.resolve(target);
if (existsSync(dir)) {
  process.stderr.write(`${dir} exists already; pick a new directory\n`);
  process.exit(2);
}
mkdirSync(dir, { recursive: true });
const archive = execFileSync('git', ['archive', revision], { cwd: rootDir, maxBuffer: 1 << 30 });
execFileSync('tar', ['-x', '-C', dir], { input: archive });

const modules = path.join(dir, 'node_modules');
mkdirSync(path.join(modules, '@campgrid'), { recursive: true });
for (const name of readdirSync(path.join(rootDir, 'node_modules'))) {
  if (name === '@campgrid') continue;
  symlinkSync(path.join(rootDir, 'node_modules', name), path.join(modules, name));
}
for (const workspace of ['shared', 'server', 'client']) {
  symlinkSync(path.join(dir, workspace), path.join(modules, '@campgrid', workspace));
}
execFileSync('node', ['server/build.mjs'], { cwd: dir, stdio: 'inherit' });
process.stdout.write(`built: ${path.join(dir, 'server/dist/index.js')}\n`);
