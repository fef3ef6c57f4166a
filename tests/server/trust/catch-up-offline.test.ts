import {
  type Audience,
  applyEntry,
  ballotsRecord,
  type CampState,
  projectStateFor,
  type SyncAck,
} from '@campgrid/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replay } from '../../../server/src/camps/registry.js';
import {
  type CampFixture,
  campWithPeople,
  connectParticipant,
  pitchPayload,
} from '../helpers/camp-fixture.js';
import {
  closeAllSockets,
  connectClient,
  mustCommand,
  sync,
  waitForDisconnect,
} from '../helpers/socket-client.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let server: TestServer;
beforeAll(async () => {
  // The test replays hours of a camp day in seconds, far faster than people click.
  server = await startTestServer({ env: { RATE_LIMIT_SOCKET_COMMANDS: '0' } });
});
afterAll(async () => {
  closeAllSockets();
  await server.destroy();
});

function okSync(ack: SyncAck) {
  if (!ack.ok) throw new Error(`sync refused: ${ack.code}`);
  return ack;
}

/** The camp as the server's log has it, projected for one audience. */
async function serverViewFor(slug: string, audience: Audience): Promise<CampState> {
  const campId = (await server.store.findCampBySlug(slug))?.id ?? '';
  return projectStateFor(replay(await server.store.readEntries(campId, 0)), audience);
}

/**
 * What a busy stretch of a camp day looks like while one phone sleeps: pitches, votes and
 * retractions, placements, swaps, a slot shift, edits and a withdrawal, `rounds` times over.
 */
async function busyStretch(camp: CampFixture, rounds: number, prefix: string): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    const a = `${prefix}${round}a`;
    const b = `${prefix}${round}b`;
    await mustCommand(camp.alice.socket, 'session:pitch', pitchPayload(a, `Thema ${a}`, 'Alice'));
    await mustCommand(camp.bob.socket, 'session:pitch', pitchPayload(b, `Thema ${b}`, 'Bob'));
    await mustCommand(camp.bob.socket, 'vote:cast', { sessionId: a });
    await mustCommand(camp.alice.socket, 'vote:cast', { sessionId: b });
    await mustCommand(camp.alice.socket, 'session:update', {
      sessionId: a,
      changes: { description: `Runde ${round}` },
    });
    if (round % 2 === 0) await mustCommand(camp.alice.socket, 'vote:retract', { sessionId: b });
    // Two sessions stay in the grid; the others pass through one cell and leave it again.
    const kept = round === 1 || round === 2;
    await mustCommand(camp.moderator, 'session:place', {
      sessionId: a,
      placement: kept
        ? { roomId: `r${round + 1}`, slotId: 'd1s3' }
        : { roomId: 'r1', slotId: 'd1s7' },
    });
    if (!kept) await mustCommand(camp.moderator, 'session:unplace', { sessionId: a });
    if (round % 3 === 0) {
      await mustCommand(camp.bob.socket, 'session:withdraw', { sessionId: b });
    }
  }
}

describe('a client offline for a while', () => {
  it('catches up exactly through the events it missed', async () => {
    const camp = await campWithPeople(server.url);
    const carol = await connectParticipant(server.url, camp.slug, 'Carol');
    await mustCommand(camp.alice.socket, 'session:pitch', pitchPayload('kept', 'Bleibt', 'Alice'));
    await mustCommand(carol.socket, 'vote:cast', { sessionId: 'kept' });
    // Carol's phone has a snapshot (a client ahead of the log always gets one) and then sleeps.
    const before = okSync(await sync(carol.socket, Number.MAX_SAFE_INTEGER));
    if (before.catchUp.kind !== 'snapshot') throw new Error('a snapshot was expected');
    const carolState = before.catchUp.state;
    carol.socket.disconnect();
    await waitForDisconnect(carol.socket);

    await busyStretch(camp, 12, 'e');
    await mustCommand(camp.moderator, 'slot:shift', { slotId: 'd1s3', minutes: 15 });
    await mustCommand(camp.moderator, 'camp:update', { title: 'Umbenannt' });

    const back = await connectClient(server.url, { slug: camp.slug, token: carol.token });
    const ack = okSync(await sync(back, carolState.version));
    expect(ack.catchUp.kind).toBe('events');
    if (ack.catchUp.kind !== 'events') return;
    expect(ack.catchUp.entries.map((entry) => entry.version)).toEqual(
      Array.from(
        { length: ack.version - carolState.version },
        (_, i) => carolState.version + 1 + i,
      ),
    );
    const caughtUp = ack.catchUp.entries.reduce(
      (state, entry) => applyEntry(state, entry),
      carolState,
    );
    const audience = { role: 'participant', participantId: carol.participantId } as const;
    expect(caughtUp).toEqual(await serverViewFor(camp.slug, audience));
    expect(ballotsRecord(caughtUp.ballots)).toEqual({ [carol.participantId]: ['kept'] });
  });

  it('catches up through a snapshot when it missed too much, equal to the server’s view', async () => {
    const camp = await campWithPeople(server.url);
    const viewer = await connectClient(server.url, { slug: camp.slug });
    const seen = okSync(await sync(viewer, 1)).version;
    viewer.disconnect();
    await waitForDisconnect(viewer);
    await busyStretch(camp, 70, 's');
    const campId = (await server.store.findCampBySlug(camp.slug))?.id ?? '';
    // Past the catch-up window, straight through the registry: the socket path is tested above.
    for (let index = 0; index < 120; index += 1) {
      await server.server.registry.execute(campId, {
        commandId: `offline-${String(index).padStart(4, '0')}`,
        command: { type: 'phase:set', phase: 'pitching', open: index % 2 === 1 },
        actor: { role: 'moderator' },
      });
    }

    const back = await connectClient(server.url, { slug: camp.slug });
    const ack = okSync(await sync(back, seen));
    expect(ack.version - seen).toBeGreaterThan(500);
    expect(ack.catchUp.kind).toBe('snapshot');
    if (ack.catchUp.kind !== 'snapshot') return;
    expect(ack.catchUp.state).toEqual(
      await serverViewFor(camp.slug, { role: 'viewer', participantId: null }),
    );
  });
});
