import type { CampState } from '@campgrid/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshot } from '../helpers/api.js';
import { campWithPeople, pitchPayload } from '../helpers/camp-fixture.js';
import { closeAllSockets, connectClient, mustCommand, sync } from '../helpers/socket-client.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let server: TestServer | undefined;
afterEach(async () => {
  closeAllSockets();
  await server?.destroy();
});

describe('a restart', () => {
  it('keeps camps, log, participants and tokens, and continues at the next version', async () => {
    server = await startTestServer();
    const camp = await campWithPeople(server.url);
    await mustCommand(camp.alice.socket, 'session:pitch', pitchPayload('kept'));
    await mustCommand(camp.bob.socket, 'vote:cast', { sessionId: 'kept' });
    await mustCommand(camp.moderator, 'session:place', {
      sessionId: 'kept',
      placement: { roomId: 'r1', slotId: 'd1s2' },
    });
    const before: CampState = await snapshot(server.url, camp.slug);
    closeAllSockets();

    server = await server.restart();
    expect(await snapshot(server.url, camp.slug)).toEqual(before);

    // The same tokens still work, with the same roles and the same ballot.
    const bob = await connectClient(server.url, { slug: camp.slug, token: camp.bob.token });
    const moderator = await connectClient(server.url, {
      slug: camp.slug,
      token: camp.moderatorToken,
    });
    const bobSync = await sync(bob, 0);
    expect(bobSync).toMatchObject({
      ok: true,
      version: 4,
      viewer: { role: 'participant', participantId: camp.bob.participantId },
    });
    const retract = await mustCommand(bob, 'vote:retract', { sessionId: 'kept' });
    expect(retract).toBe(5);
    expect(await mustCommand(moderator, 'phase:set', { phase: 'voting', open: false })).toBe(6);
    const after = await snapshot(server.url, camp.slug);
    expect(after.sessions[0]).toMatchObject({
      id: 'kept',
      voteCount: 0,
      placement: before.sessions[0]?.placement,
    });
  });
});
