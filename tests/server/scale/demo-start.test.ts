import { afterEach, describe, expect, it } from 'vitest';
import { snapshot } from '../helpers/api.js';
import { type Cluster, startCluster, two } from './cluster.js';

let cluster: Cluster | undefined;
afterEach(async () => {
  await cluster?.destroy();
  cluster = undefined;
});

describe('two instances starting together on an empty database with DEMO on', () => {
  it('both start, and exactly one demo camp is created', async () => {
    cluster = await startCluster(2, { demo: true });
    const [first, second] = two(cluster);
    expect(await first.store.countCamps()).toBe(1);
    const demo = await snapshot(first.url, 'nextcamp-demo');
    expect(demo.sessions.length).toBeGreaterThan(0);
    expect(await snapshot(second.url, 'nextcamp-demo')).toEqual(demo);
  });
});
