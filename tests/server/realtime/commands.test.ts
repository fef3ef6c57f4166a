import type { CommandAck } from '@campgrid/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot } from '../helpers/api.js';
import { type CampFixture, campWithPeople, pitchPayload } from '../helpers/camp-fixture.js';
import {
  closeAllSockets,
  connectClient,
  mustCommand,
  nextEvent,
  recordEvents,
  sendCommand,
  sync,
} from '../helpers/socket-client.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { nextTally } from './tally.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  closeAllSockets();
  await server.destroy();
});

function refusal(ack: CommandAck) {
  if (ack.ok) throw new Error(`expected a refusal, got version ${ack.version}`);
  return ack;
}

describe('one client acts, the others receive', () => {
  it('acks the sender after the commit and broadcasts to everyone else in the camp', async () => {
    const camp = await campWithPeople(server.url);
    const viewer = await connectClient(server.url, { slug: camp.slug });
    const outsider = (await campWithPeople(server.url)).moderator;
    const outsiderEvents = recordEvents(outsider);
    const aliceEvents = recordEvents(camp.alice.socket);

    const atBob = nextEvent(camp.bob.socket, 'session:pitched');
    const atViewer = nextEvent(viewer, 'session:pitched');
    const atModerator = nextEvent(camp.moderator, 'session:pitched');
    const ack = await sendCommand(
      camp.alice.socket,
      'session:pitch',
      pitchPayload('s1', 'OZG 2.0'),
    );

    expect(ack).toMatchObject({ ok: true, version: 2, duplicate: false });
    if (!ack.ok) return;
    expect(ack.events).toHaveLength(1);
    const pitched = ack.events[0];
    expect(pitched).toMatchObject({
      type: 'session:pitched',
      session: {
        id: 's1',
        title: 'OZG 2.0',
        hosts: [{ name: 'Alice', participantId: camp.alice.participantId }],
      },
    });
    for (const envelope of [await atBob, await atViewer, await atModerator]) {
      expect(envelope).toEqual({ version: 2, at: expect.any(Number), event: pitched });
    }
    // Everything committed is in the log, so the snapshot shows it too.
    expect((await snapshot(server.url, camp.slug)).sessions.map((session) => session.id)).toEqual([
      's1',
    ]);
    // The sender learns from its ack; another camp learns nothing.
    await mustCommand(camp.moderator, 'phase:set', { phase: 'pitching', open: true });
    await nextEvent(camp.alice.socket, 'phase:changed');
    expect(aliceEvents.map((received) => received.name)).toEqual(['phase:changed']);
    expect(outsiderEvents).toEqual([]);
  });

  it('numbers concurrent commands of one camp without gaps or repeats', async () => {
    const camp = await campWithPeople(server.url);
    await mustCommand(camp.moderator, 'session:pitch', pitchPayload('s1'));
    const acks = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        sendCommand(
          index % 2 === 0 ? camp.alice.socket : camp.bob.socket,
          'session:pitch',
          pitchPayload(`c${index}`, 'Parallel', index % 2 === 0 ? 'Alice' : 'Bob'),
        ),
      ),
    );
    const versions = acks.map((ack) => (ack.ok ? ack.version : -1)).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: 12 }, (_, index) => index + 3));
  });

  it('lets exactly one of two moderators take the same cell at the same time', async () => {
    const camp = await campWithPeople(server.url);
    const second = await connectClient(server.url, { slug: camp.slug, token: camp.moderatorToken });
    await mustCommand(camp.moderator, 'session:pitch', pitchPayload('a'));
    await mustCommand(camp.moderator, 'session:pitch', pitchPayload('b'));
    const cell = { roomId: 'r1', slotId: 'd1s2' };
    const [first, other] = await Promise.all([
      sendCommand(camp.moderator, 'session:place', { sessionId: 'a', placement: cell }),
      sendCommand(second, 'session:place', { sessionId: 'b', placement: cell }),
    ]);
    expect([first, other].filter((ack) => ack.ok)).toHaveLength(1);
    expect([first, other].find((ack) => !ack.ok)).toMatchObject({ code: 'CELL_OCCUPIED' });
  });
});

describe('the rules, enforced by the server', () => {
  let camp: CampFixture;
  beforeAll(async () => {
    camp = await campWithPeople(server.url, {
      title: 'Regeln',
      settings: { votesPerParticipant: 2 },
    });
    await mustCommand(
      camp.alice.socket,
      'session:pitch',
      pitchPayload('alice-1', 'Erste', 'Alice'),
    );
    await mustCommand(
      camp.alice.socket,
      'session:pitch',
      pitchPayload('alice-2', 'Zweite', 'Alice'),
    );
    await mustCommand(camp.bob.socket, 'session:pitch', pitchPayload('bob-1', 'Dritte', 'Bob'));
  });

  it('refuses moderator commands from a participant with FORBIDDEN', async () => {
    for (const ack of [
      await sendCommand(camp.alice.socket, 'phase:set', { phase: 'voting', open: false }),
      await sendCommand(camp.alice.socket, 'session:place', {
        sessionId: 'alice-1',
        placement: { roomId: 'r1', slotId: 'd1s2' },
      }),
      await sendCommand(camp.alice.socket, 'room:add', {
        room: { id: 'x', name: 'X', capacity: 3 },
      }),
    ]) {
      expect(refusal(ack).code).toBe('FORBIDDEN');
    }
  });

  it('refuses edits and withdrawals of another participant’s session with FORBIDDEN', async () => {
    const update = await sendCommand(camp.bob.socket, 'session:update', {
      sessionId: 'alice-1',
      changes: { title: 'Gekapert' },
    });
    expect(refusal(update).code).toBe('FORBIDDEN');
    const withdraw = await sendCommand(camp.bob.socket, 'session:withdraw', {
      sessionId: 'alice-1',
    });
    expect(refusal(withdraw).code).toBe('FORBIDDEN');
    expect(
      (await snapshot(server.url, camp.slug)).sessions.find((s) => s.id === 'alice-1')?.title,
    ).toBe('Erste');
  });

  it('lets hosts edit their own sessions and moderators edit any', async () => {
    await mustCommand(camp.alice.socket, 'session:update', {
      sessionId: 'alice-2',
      changes: { description: 'Mehr Details' },
    });
    await mustCommand(camp.moderator, 'session:update', {
      sessionId: 'bob-1',
      changes: { title: 'Dritte (verschoben)' },
    });
    const sessions = (await snapshot(server.url, camp.slug)).sessions;
    expect(sessions.find((s) => s.id === 'alice-2')?.description).toBe('Mehr Details');
    expect(sessions.find((s) => s.id === 'bob-1')?.title).toBe('Dritte (verschoben)');
  });

  it('refuses read-only viewers', async () => {
    const viewer = await connectClient(server.url, { slug: camp.slug });
    expect(refusal(await sendCommand(viewer, 'session:pitch', pitchPayload('v1'))).code).toBe(
      'FORBIDDEN',
    );
    expect(refusal(await sendCommand(viewer, 'vote:cast', { sessionId: 'alice-1' })).code).toBe(
      'FORBIDDEN',
    );
  });

  it('enforces the vote limit with VOTE_LIMIT', async () => {
    await mustCommand(camp.bob.socket, 'vote:cast', { sessionId: 'alice-1' });
    await mustCommand(camp.bob.socket, 'vote:cast', { sessionId: 'alice-2' });
    const third = await sendCommand(camp.bob.socket, 'vote:cast', { sessionId: 'bob-1' });
    expect(refusal(third).code).toBe('VOTE_LIMIT');
    const counts = (await snapshot(server.url, camp.slug)).sessions.map((s) => [s.id, s.voteCount]);
    expect(counts).toEqual([
      ['alice-1', 1],
      ['alice-2', 1],
      ['bob-1', 0],
    ]);
  });

  it('refuses pitches and votes with PHASE_CLOSED once the moderator closes the phase', async () => {
    const closedAtBob = nextEvent(camp.bob.socket, 'phase:changed');
    await mustCommand(camp.moderator, 'phase:set', { phase: 'voting', open: false });
    expect((await closedAtBob).event).toEqual({
      type: 'phase:changed',
      phase: 'voting',
      open: false,
    });
    expect(
      refusal(await sendCommand(camp.alice.socket, 'vote:cast', { sessionId: 'bob-1' })).code,
    ).toBe('PHASE_CLOSED');
    await mustCommand(camp.moderator, 'phase:set', { phase: 'pitching', open: false });
    expect(
      refusal(await sendCommand(camp.alice.socket, 'session:pitch', pitchPayload('late'))).code,
    ).toBe('PHASE_CLOSED');
    await mustCommand(camp.moderator, 'phase:set', { phase: 'voting', open: true });
    await mustCommand(camp.moderator, 'phase:set', { phase: 'pitching', open: true });
  });

  it('refuses an occupied cell with CELL_OCCUPIED and a break with SLOT_NOT_BOOKABLE', async () => {
    const cell = { roomId: 'r2', slotId: 'd1s3' };
    await mustCommand(camp.moderator, 'session:place', { sessionId: 'alice-1', placement: cell });
    const clash = await sendCommand(camp.moderator, 'session:place', {
      sessionId: 'bob-1',
      placement: cell,
    });
    expect(refusal(clash)).toMatchObject({ code: 'CELL_OCCUPIED' });
    expect(refusal(clash).message).toContain('Erste');
    const lunch = await sendCommand(camp.moderator, 'session:place', {
      sessionId: 'bob-1',
      placement: { roomId: 'r2', slotId: 'd1s5' },
    });
    expect(refusal(lunch).code).toBe('SLOT_NOT_BOOKABLE');
  });
});

describe('retries and privacy', () => {
  it('applies a retried commandId once and acks the retry as a duplicate', async () => {
    const camp = await campWithPeople(server.url);
    const bobEvents = recordEvents(camp.bob.socket);
    const commandId = 'retry-pitch-0001';
    const first = await sendCommand(
      camp.alice.socket,
      'session:pitch',
      pitchPayload('r1'),
      commandId,
    );
    const retry = await sendCommand(
      camp.alice.socket,
      'session:pitch',
      pitchPayload('r1'),
      commandId,
    );
    expect(first).toMatchObject({ ok: true, version: 2, duplicate: false });
    expect(retry).toEqual({ ...first, duplicate: true });

    // A vote retried after it was applied would be ALREADY_VOTED if decided again.
    const voteId = 'retry-vote-0001';
    const vote = await sendCommand(camp.bob.socket, 'vote:cast', { sessionId: 'r1' }, voteId);
    const voteRetry = await sendCommand(camp.bob.socket, 'vote:cast', { sessionId: 'r1' }, voteId);
    expect(vote).toMatchObject({ ok: true, version: 3, duplicate: false });
    expect(voteRetry).toEqual({ ...vote, duplicate: true });

    // Bob saw one pitch, one tally holding his vote and nothing for either retry.
    const marker = nextEvent(camp.bob.socket, 'phase:changed');
    await mustCommand(camp.moderator, 'phase:set', { phase: 'voting', open: true });
    await marker;
    expect(bobEvents.map((received) => [received.name, received.envelope.version])).toEqual([
      ['session:pitched', 2],
      ['votes:tallied', 3],
      ['phase:changed', 4],
    ]);
    const state = await snapshot(server.url, camp.slug);
    expect(state.sessions).toHaveLength(1);
    expect(state.sessions[0]?.voteCount).toBe(1);
  });

  it('hides who voted from everyone but the voter', async () => {
    const camp = await campWithPeople(server.url);
    await mustCommand(camp.alice.socket, 'session:pitch', pitchPayload('p1'));
    const atBob = nextTally(camp.bob.socket);
    const atModerator = nextTally(camp.moderator);
    const ack = await sendCommand(camp.alice.socket, 'vote:cast', { sessionId: 'p1' });
    expect(ack).toMatchObject({
      ok: true,
      events: [{ type: 'vote:cast', sessionId: 'p1', participantId: camp.alice.participantId }],
    });
    // Others learn which session got a vote, not whose it was; moderators get a pseudonym.
    const tally = {
      fromVersion: ack.ok ? ack.version : -1,
      version: ack.ok ? ack.version : -1,
      at: expect.any(Number),
      sessionIds: ['p1'],
      votes: [[0, 1]],
    };
    expect(await atBob).toEqual(tally);
    const forModerator = await atModerator;
    expect(forModerator).toEqual({ ...tally, voters: [expect.stringMatching(/^[\w-]{22}$/)] });
    expect(JSON.stringify(forModerator)).not.toContain(camp.alice.participantId);
    const publicState = await snapshot(server.url, camp.slug);
    expect(publicState.ballots).toEqual({});
    expect(publicState.sessions[0]?.voteCount).toBe(1);

    // A retry by someone else with the voter's commandId learns nothing either.
    const stolenId = 'vote-commandid-x';
    await sendCommand(camp.alice.socket, 'vote:retract', { sessionId: 'p1' }, stolenId);
    const replay = await sendCommand(
      camp.bob.socket,
      'vote:retract',
      { sessionId: 'p1' },
      stolenId,
    );
    expect(replay).toMatchObject({
      ok: true,
      duplicate: true,
      events: [{ type: 'vote:retracted' }],
    });
    expect(replay.ok && replay.events[0]).not.toHaveProperty('participantId');

    // camp:sync shows the voter their own votes and nobody else's.
    const forAlice = await sync(camp.alice.socket, 0);
    const forBob = await sync(camp.bob.socket, 0);
    const voteEvents = (ack: typeof forAlice) =>
      ack.ok && ack.catchUp.kind === 'events'
        ? ack.catchUp.entries.flatMap((entry) =>
            entry.events.filter((event) => event.type.startsWith('vote:')),
          )
        : [];
    expect(voteEvents(forAlice)).toEqual([
      { type: 'vote:cast', sessionId: 'p1', participantId: camp.alice.participantId },
      { type: 'vote:retracted', sessionId: 'p1', participantId: camp.alice.participantId },
    ]);
    expect(voteEvents(forBob)).toEqual([
      { type: 'vote:cast', sessionId: 'p1' },
      { type: 'vote:retracted', sessionId: 'p1' },
    ]);
  });
});
