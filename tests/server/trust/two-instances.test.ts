import type { CoModeratorCreated, ModeratorLinkRotated } from '@campgrid/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCamp, joinCamp } from '../helpers/api.js';
import {
  closeAllSockets,
  connectClient,
  connectError,
  mustCommand,
  sendCommand,
} from '../helpers/socket-client.js';
import { type Cluster, type Instance, startCluster, two } from '../scale/cluster.js';
import { asHolder, revocationOf } from './support.js';

/*
 * With several instances behind a load balancer, a link revoked through one instance must stop
 * working on the sockets of every other at once: the close travels through the Redis adapter.
 */

let cluster: Cluster;
let first: Instance;
let second: Instance;

beforeAll(async () => {
  cluster = await startCluster(2);
  [first, second] = two(cluster);
});
afterEach(() => {
  closeAllSockets();
});
afterAll(async () => {
  await cluster?.destroy();
});

describe('revocation across instances', () => {
  it('a rotation on one instance closes the old link’s sockets on the other', async () => {
    const camp = await createCamp(first.url);
    const elsewhere = await connectClient(second.url, {
      slug: camp.slug,
      token: camp.moderatorToken,
    });
    const closed = revocationOf(elsewhere);
    const rotated = await asHolder<ModeratorLinkRotated>(
      first.url,
      camp.moderatorToken,
      'POST',
      `/api/camps/${camp.slug}/moderator-link/rotate`,
    );
    expect(rotated.status).toBe(200);
    expect((await closed).notice).toEqual({ reason: 'rotated' });
    expect(
      (await connectError(second.url, { slug: camp.slug, token: camp.moderatorToken })).message,
    ).toBe('UNAUTHORIZED');
    const fresh = await connectClient(second.url, {
      slug: camp.slug,
      token: (rotated.body as ModeratorLinkRotated).moderatorToken,
    });
    await mustCommand(fresh, 'phase:set', { phase: 'voting', open: false });
  });

  it('a revoked co-moderator and a participant who left are closed on every instance', async () => {
    const camp = await createCamp(first.url);
    const co = (
      await asHolder<CoModeratorCreated>(
        first.url,
        camp.moderatorToken,
        'POST',
        `/api/camps/${camp.slug}/co-moderators`,
        { label: 'Team Nord' },
      )
    ).body as CoModeratorCreated;
    const member = await joinCamp(first.url, camp.slug, 'Anna');
    const coElsewhere = await connectClient(second.url, { slug: camp.slug, token: co.token });
    const memberHere = await connectClient(first.url, { slug: camp.slug, token: member.token });
    const memberElsewhere = await connectClient(second.url, {
      slug: camp.slug,
      token: member.token,
    });
    const coClosed = revocationOf(coElsewhere);
    const memberClosed = revocationOf(memberElsewhere);

    await asHolder(
      first.url,
      camp.moderatorToken,
      'DELETE',
      `/api/camps/${camp.slug}/co-moderators/${co.id}`,
    );
    expect((await coClosed).notice).toEqual({ reason: 'revoked' });

    expect(await sendCommand(memberHere, 'participant:leave', {})).toMatchObject({ ok: true });
    expect((await memberClosed).notice).toEqual({ reason: 'left' });
  });

  it('a deleted camp closes its sockets on every instance', async () => {
    const camp = await createCamp(first.url);
    const viewer = await connectClient(second.url, { slug: camp.slug });
    const closed = revocationOf(viewer);
    const deleted = await asHolder(
      first.url,
      camp.moderatorToken,
      'DELETE',
      `/api/camps/${camp.slug}`,
    );
    expect(deleted.status).toBe(200);
    expect((await closed).notice).toEqual({ reason: 'camp-deleted' });
    expect((await connectError(second.url, { slug: camp.slug })).message).toBe('NOT_FOUND');
  });
});
