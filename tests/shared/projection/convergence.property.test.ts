import {
  type Actor,
  type Audience,
  applyEntry,
  ballotsRecord,
  type CampState,
  COMMAND_TYPES,
  changesProjection,
  countsHiddenFor,
  type DomainEvent,
  decide,
  evolve,
  type LogEntry,
  parseCommand,
  projectEventFor,
  projectStateFor,
} from '@campgrid/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PROPERTY_TIMEOUT_MS,
  payloadFor,
  START_NAMES,
  type Step,
  startName,
  startNamed,
  stepFrom,
} from '../support/command-steps.js';

/*
 * Convergence of a client with the server, in the spirit of Excalidraw's reconcile tests: for
 * random command sequences (every command, every role, see support/command-steps.ts), a client
 * that starts from its snapshot, applies its own acked events as they are and everyone else's as
 * projected for it, and fetches a fresh snapshot whenever changesProjection says so, ends where
 * projectStateFor(server, audience) is.
 * CONV-1 A participant's client converges, and decides its own commands as the server does.
 * CONV-2 A viewer's client converges: hidden host names stay hidden, and so do hidden counts.
 * CONV-3 A moderator's client converges.
 * CONV-4 A moderator's client with ballot keys converges, ballots (under the keys) included.
 * While counts are hidden from the audience, the voteCounts are not compared: the client shows
 * none of them (countsHiddenFor), and votes:revealed sets them right when voting closes. Empty
 * ballots are not compared: the server drops the ballot of someone who leaves, while a
 * moderator's client keeps it empty under its key after the retractions (it never learns whose).
 * PROJ-9 Every entry projects the same on the state before it and the state after it, so the
 *        server may project a broadcast or catch-up entry on the state after it.
 */

/** A client of one audience: its state, and how many times it had to fetch a snapshot. */
interface Client {
  audience: Audience;
  state: CampState;
  resyncs: number;
}

function isOwn(actor: Actor, audience: Audience): boolean {
  if (actor.role === 'participant') return actor.participantId === audience.participantId;
  return actor.role === 'moderator' && audience.role === 'moderator';
}

/** What a client makes of one accepted entry: the ack if it sent the command, else the broadcast. */
function receive(
  client: Client,
  entry: LogEntry,
  actor: Actor,
  serverBefore: CampState,
  serverAfter: CampState,
): Client {
  if (isOwn(actor, client.audience)) {
    return { ...client, state: applyEntry(client.state, entry) };
  }
  let server = serverBefore;
  const projected: DomainEvent[] = [];
  let resync = false;
  for (const event of entry.events) {
    projected.push(projectEventFor(event, server, client.audience));
    resync ||= changesProjection(server, event);
    server = evolve(server, event);
  }
  // PROJ-9
  expect(entry.events.map((event) => projectEventFor(event, serverAfter, client.audience))).toEqual(
    projected,
  );
  if (resync) {
    return {
      ...client,
      state: projectStateFor(serverAfter, client.audience),
      resyncs: client.resyncs + 1,
    };
  }
  return { ...client, state: applyEntry(client.state, { ...entry, events: projected }) };
}

/** The state compared: the voteCounts drop out while the audience may not see them. */
function comparable(
  state: CampState,
  server: CampState,
  audience: Audience,
): Omit<CampState, 'ballots'> & { ballots: Record<string, string[]> } {
  const ballots = Object.fromEntries(
    Object.entries(ballotsRecord(state.ballots)).filter(([, sessionIds]) => sessionIds.length > 0),
  );
  const compared = { ...state, ballots };
  if (!countsHiddenFor(server, audience)) return compared;
  return { ...compared, sessions: state.sessions.map((session) => ({ ...session, voteCount: 0 })) };
}

interface Outcome {
  server: CampState;
  client: Client;
  ownDecisions: number;
}

function runFor(audience: Audience, start: CampState, steps: readonly Step[]): Outcome {
  let server = start;
  let client: Client = { audience, state: projectStateFor(start, audience), resyncs: 0 };
  let ownDecisions = 0;
  for (const step of steps) {
    const parsed = parseCommand(step.type, payloadFor(step, server));
    if (!parsed.ok) continue;
    const decision = decide(server, parsed.command, step.actor);
    if (isOwn(step.actor, audience) && audience.role === 'participant') {
      // The client decides optimistically on its projected state; it must agree with the server.
      expect(decide(client.state, parsed.command, step.actor)).toEqual(decision);
      ownDecisions += 1;
    }
    if (!decision.ok) continue;
    const entry: LogEntry = { version: server.version + 1, at: 0, events: decision.events };
    const after = applyEntry(server, entry);
    client = receive(client, entry, step.actor, server, after);
    server = after;
    expect(comparable(client.state, server, audience)).toEqual(
      comparable(projectStateFor(server, audience), server, audience),
    );
  }
  return { server, client, ownDecisions };
}

const sequences = fc.record({
  start: startName,
  steps: fc.array(stepFrom(COMMAND_TYPES), { minLength: 1, maxLength: 60, size: 'max' }),
});

const audiences: [string, Audience][] = [
  ['CONV-1 a participant', { role: 'participant', participantId: 'alice' }],
  ['CONV-2 a viewer', { role: 'viewer', participantId: null }],
  ['CONV-3 a moderator', { role: 'moderator', participantId: null }],
  [
    'CONV-4 a moderator with ballot keys',
    { role: 'moderator', participantId: null, ballotKeyOf: (id) => `key-${id}` },
  ],
];

describe('a client converges with the server', () => {
  for (const [who, audience] of audiences) {
    it(
      `${who}'s client ends where the projected server state is`,
      () => {
        let resyncs = 0;
        let ownDecisions = 0;
        let keyedBallots = 0;
        fc.assert(
          fc.property(sequences, ({ start, steps }) => {
            const outcome = runFor(audience, startNamed(start), steps);
            resyncs += outcome.client.resyncs;
            ownDecisions += outcome.ownDecisions;
            const voters = Object.keys(ballotsRecord(outcome.client.state.ballots));
            if (audience.ballotKeyOf !== undefined) {
              keyedBallots += voters.length;
              for (const voter of voters) expect(voter).toMatch(/^key-/);
            }
          }),
          { numRuns: 150 },
        );
        // The sequences must switch the projection now and then, or the re-sync path goes untested;
        // a moderator changes the settings itself and sees everything anyway, so it never re-syncs.
        if (audience.role !== 'moderator') expect(resyncs).toBeGreaterThan(0);
        if (audience.role === 'participant') expect(ownDecisions).toBeGreaterThan(100);
        if (audience.ballotKeyOf !== undefined) expect(keyedBallots).toBeGreaterThan(0);
      },
      PROPERTY_TIMEOUT_MS,
    );
  }

  it(
    'CONV-2 the viewer of a camp hiding host names never holds one',
    () => {
      const viewer: Audience = { role: 'viewer', participantId: null };
      fc.assert(
        fc.property(sequences, ({ steps }) => {
          const { server, client } = runFor(viewer, startNamed('private'), steps);
          if (!server.settings.hideHostNames) return;
          for (const session of client.state.sessions) expect(session.hosts).toEqual([]);
        }),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('the starts cover the settings that change what an audience sees', () => {
    const settings = START_NAMES.map((name) => startNamed(name).settings);
    expect(settings.some((each) => each.hideVoteCounts)).toBe(true);
    expect(settings.some((each) => each.hideHostNames)).toBe(true);
  });
});
