import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import {
  describeViolation,
  type InstalledCopy,
  installedCopies,
  violations,
} from './dependency-floors.js';
import { FLOORS } from './floors.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

async function readRepoFile(path: string): Promise<string> {
  return readFile(`${repoRoot}${path}`, 'utf8');
}

function lockWith(packages: Record<string, { version?: string; link?: boolean }>) {
  return { name: 'fake', lockfileVersion: 3, packages: { '': {}, ...packages } };
}

describe('the installed dependencies', () => {
  it('are all at or above their security floors', async () => {
    const copies = installedCopies(JSON.parse(await readRepoFile('package-lock.json')));
    const below = violations(copies, FLOORS).map(describeViolation);
    expect(below).toEqual([]);
  });

  it('include the packages the floors are about, so the check above is not empty', async () => {
    const copies = installedCopies(JSON.parse(await readRepoFile('package-lock.json')));
    const installed = new Set(copies.map((copy) => copy.name));
    for (const name of ['socket.io', 'socket.io-parser', 'engine.io', 'ws', 'express', 'vite']) {
      expect(installed, name).toContain(name);
    }
  });
});

describe('the floor checker', () => {
  it('finds every installed copy, nested ones too, and skips workspaces and links', () => {
    const copies = installedCopies(
      lockWith({
        server: { version: '0.1.0' },
        'node_modules/@campgrid/server': { link: true },
        'node_modules/ws': { version: '8.18.0' },
        'node_modules/engine.io-client/node_modules/ws': { version: '8.17.0' },
        'node_modules/@scope/tool': { version: '1.0.0' },
      }),
    );
    expect(copies).toEqual<InstalledCopy[]>([
      { name: 'ws', version: '8.18.0', path: 'node_modules/ws' },
      { name: 'ws', version: '8.17.0', path: 'node_modules/engine.io-client/node_modules/ws' },
      { name: '@scope/tool', version: '1.0.0', path: 'node_modules/@scope/tool' },
    ]);
  });

  it('fails a vulnerable copy, nested or not, and passes patched ones', () => {
    const copies = installedCopies(
      lockWith({
        'node_modules/ws': { version: '8.17.1' },
        'node_modules/engine.io-client/node_modules/ws': { version: '8.17.0' },
        'node_modules/socket.io-parser': { version: '4.2.2' },
        'node_modules/express': { version: '4.21.2' },
        'node_modules/express/node_modules/path-to-regexp': { version: '0.1.7' },
        'node_modules/path-to-regexp': { version: '8.2.0' },
        'node_modules/esbuild': { version: '0.24.2' },
        'node_modules/vite': { version: '6.2.5' },
        'node_modules/nanoid': { version: '3.3.8' },
      }),
    );
    expect(violations(copies, FLOORS).map((found) => found.copy.path)).toEqual([
      'node_modules/engine.io-client/node_modules/ws',
      'node_modules/socket.io-parser',
      'node_modules/express/node_modules/path-to-regexp',
      'node_modules/esbuild',
      'node_modules/vite',
    ]);
  });

  it('judges each release line by its own fix', () => {
    const verdict = (name: string, version: string) =>
      violations([{ name, version, path: `node_modules/${name}` }], FLOORS).length === 0;
    // Fixed on 0.1.x at 0.1.10, on 6.x at 6.3.0; 2.x and 7.x never got the fix.
    expect(verdict('path-to-regexp', '0.1.9')).toBe(false);
    expect(verdict('path-to-regexp', '0.1.12')).toBe(true);
    expect(verdict('path-to-regexp', '2.4.0')).toBe(false);
    expect(verdict('path-to-regexp', '6.2.2')).toBe(false);
    expect(verdict('path-to-regexp', '6.3.0')).toBe(true);
    expect(verdict('path-to-regexp', '7.1.0')).toBe(false);
    expect(verdict('ws', '7.5.10')).toBe(true);
    expect(verdict('ws', '7.5.9')).toBe(false);
    expect(verdict('vite', '5.4.18')).toBe(true);
    expect(verdict('vite', '5.3.0')).toBe(false);
    expect(verdict('socket.io', '2.5.1')).toBe(true);
    expect(verdict('socket.io', '3.1.2')).toBe(false);
    expect(verdict('unrelated', '0.0.1')).toBe(true);
  });

  it('has well-formed floors with one line per version', () => {
    for (const floor of FLOORS) {
      expect(semver.validRange(floor.line), `${floor.name} ${floor.line}`).not.toBeNull();
      if (floor.minimum !== null) {
        expect(semver.valid(floor.minimum)).toBe(floor.minimum);
        expect(semver.satisfies(floor.minimum, floor.line), `${floor.name} ${floor.line}`).toBe(
          true,
        );
      }
    }
    // No version falls under two lines of one package, so each has one verdict.
    const probes = [
      '0.0.1',
      '0.1.0',
      '0.1.9',
      '0.24.9',
      '0.25.1',
      '1.2.3',
      '2.0.0',
      '3.3.9',
      '3.4.0',
      '4.0.0',
      '4.5.0',
      '5.0.0',
      '5.4.0',
      '6.0.0',
      '6.1.0',
      '6.2.0',
      '6.3.0',
      '7.0.0',
      '7.1.0',
      '7.2.0',
      '8.0.0',
      '9.9.9',
    ];
    for (const name of new Set(FLOORS.map((floor) => floor.name))) {
      for (const probe of probes) {
        const lines = FLOORS.filter(
          (floor) => floor.name === name && semver.satisfies(probe, floor.line),
        );
        expect(lines.length, `${name}@${probe}`).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('docs/security.md', () => {
  it('lists every floor of the table', async () => {
    const doc = await readRepoFile('docs/security.md');
    const rows = doc.split('\n').filter((line) => line.startsWith('|'));
    for (const floor of FLOORS) {
      const minimum = floor.minimum ?? 'none';
      const listed = rows.some(
        (row) =>
          row.includes(`\`${floor.name}\``) &&
          row.includes(`\`${floor.line}\``) &&
          row.includes(minimum) &&
          row.includes(floor.advisory),
      );
      expect(listed, `${floor.name} ${floor.line} ${minimum} ${floor.advisory}`).toBe(true);
    }
  });
});
