import semver from 'semver';
import { z } from 'zod';
import type { Floor } from './floors.js';

export interface InstalledCopy {
  name: string;
  version: string;
  /** Where it sits in package-lock.json, e.g. node_modules/engine.io-client/node_modules/ws. */
  path: string;
}

export interface FloorViolation {
  copy: InstalledCopy;
  floor: Floor;
}

const LockSchema = z.object({
  packages: z.record(
    z.string(),
    z.object({ version: z.string().optional(), link: z.boolean().optional() }),
  ),
});

/**
 * Every installed copy in a package-lock.json (lockfileVersion 2 or 3): one entry per place a
 * package sits in node_modules, nested copies included. Workspaces and links are not copies.
 */
export function installedCopies(lock: unknown): InstalledCopy[] {
  const { packages } = LockSchema.parse(lock);
  const copies: InstalledCopy[] = [];
  for (const [path, entry] of Object.entries(packages)) {
    const marker = path.lastIndexOf('node_modules/');
    if (marker < 0 || entry.link === true || entry.version === undefined) continue;
    copies.push({
      name: path.slice(marker + 'node_modules/'.length),
      version: entry.version,
      path,
    });
  }
  return copies;
}

/** The floors an installed copy falls below: on its line, older than the fix, or no fix at all. */
export function violations(
  copies: readonly InstalledCopy[],
  floors: readonly Floor[],
): FloorViolation[] {
  const found: FloorViolation[] = [];
  for (const copy of copies) {
    for (const floor of floors) {
      if (floor.name !== copy.name) continue;
      if (!semver.satisfies(copy.version, floor.line, { includePrerelease: true })) continue;
      if (floor.minimum === null || semver.lt(copy.version, floor.minimum)) {
        found.push({ copy, floor });
      }
    }
  }
  return found;
}

export function describeViolation({ copy, floor }: FloorViolation): string {
  const wanted = floor.minimum === null ? 'a later release line' : `>= ${floor.minimum}`;
  return `${copy.path} is ${copy.version}; ${floor.advisory} needs ${wanted}`;
}
