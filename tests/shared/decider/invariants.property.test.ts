import {
  applyEntry,
  ballotEntries,
  type CampState,
  CampStateSchema,
  COMMAND_TYPES,
  type CommandType,
  type DomainEvent,
  DomainEventSchema,
  decide,
  ErrorReplySchema,
  evolveAll,
  type LogEntry,
  minutesOf,
  ownBallotOnly,
  parseCommand,
  redactEventFor,
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
 * Invariants of the decider, checked after every accepted command of random command sequences
 * (every command of the catalog, valid and invalid, from a moderator, four participants and a
 * viewer; see support/command-steps.ts).
 * INV-1  No two sessions share a cell.
 * INV-2  Every placed session sits in an existing room and in an existing slot of kind 'session'.
 * INV-3  Each session's voteCount equals the number of ballots holding it.
 * INV-4  No ballot holds a session twice or a session that is gone.
 * INV-5  No ballot holds more sessions than votesPerParticipant.
 * INV-6  Every slot lies on a camp day and ends after it starts; slots of one day do not overlap;
 *        ids of rooms, slots and sessions are unique; every pitch has a host unless its last
 *        linked host left the camp.
 * INV-7  decide never throws; a payload either parses or is refused INVALID naming a field; every
 *        accepted event passes the event catalog; every refusal is a well-formed error reply.
 * INV-8  Each accepted command raises the version by exactly one, and the state always passes
 *        CampStateSchema.
 * INV-9  evolve is deterministic: replaying the log gives a deep-equal state.
 * INV-10 A participant's client, fed its own acks and the redacted broadcasts, holds the same
 *        sessions and its own ballot as the server, and decides its own commands as the server does.
 * INV-11 The queue holds only existing pitches, each once, never the spotlighted one; the
 *        spotlight is nobody or an existing session.
 * INV-12 A published schedule never reverts to a draft.
 */

/** What the run has seen so far that an invariant depends on. */
interface History {
  /** Pitches left without a host because their linked host left the camp. */
  orphaned: ReadonlySet<string>;
  wasPublished: boolean;
}

function violations(state: CampState, history: History): string[] {
  const found: string[] = [];
  const cells = new Set<string>();
  for (const session of state.sessions) {
    if (
      session.kind === 'pitch' &&
      session.hosts.length === 0 &&
      !history.orphaned.has(session.id)
    ) {
      found.push(`INV-6 ${session.id} has no host`);
    }
    const votes = ballotEntries(state.ballots).filter(([, ballot]) => ballot.includes(session.id));
    if (session.voteCount !== votes.length) {
      found.push(
        `INV-3 ${session.id} counts ${session.voteCount} votes, ballots hold ${votes.length}`,
      );
    }
    if (session.placement === null) continue;
    const { roomId: placedRoom, slotId: placedSlot } = session.placement;
    const cell = `${placedRoom}/${placedSlot}`;
    if (cells.has(cell)) found.push(`INV-1 two sessions in ${cell}`);
    cells.add(cell);
    if (!state.rooms.some((room) => room.id === placedRoom)) {
      found.push(`INV-2 ${session.id} is in a missing room ${placedRoom}`);
    }
    const placedIn = state.slots.find((candidate) => candidate.id === placedSlot);
    if (placedIn?.kind !== 'session') {
      found.push(
        `INV-2 ${session.id} is in ${placedSlot}, which is ${placedIn?.kind ?? 'missing'}`,
      );
    }
  }
  const sessionIds = new Set(state.sessions.map((session) => session.id));
  const votesPerParticipant = state.settings.votesPerParticipant;
  for (const [participantId, ballot] of ballotEntries(state.ballots)) {
    if (new Set(ballot).size !== ballot.length) found.push(`INV-4 ${participantId} voted twice`);
    for (const id of ballot) {
      if (!sessionIds.has(id)) found.push(`INV-4 ${participantId} voted for missing ${id}`);
    }
    if (votesPerParticipant !== null && ballot.length > votesPerParticipant) {
      found.push(`INV-5 ${participantId} holds ${ballot.length} > ${votesPerParticipant} votes`);
    }
  }
  const unique = (ids: string[]) => new Set(ids).size === ids.length;
  if (sessionIds.size !== state.sessions.length) found.push('INV-6 duplicate session ids');
  if (!unique(state.rooms.map((room) => room.id))) found.push('INV-6 duplicate room ids');
  if (!unique(state.slots.map((each) => each.id))) found.push('INV-6 duplicate slot ids');
  for (const [index, each] of state.slots.entries()) {
    if (!state.days.includes(each.day)) found.push(`INV-6 slot ${each.id} is on no camp day`);
    if (minutesOf(each.start) >= minutesOf(each.end)) found.push(`INV-6 ${each.id} ends early`);
    for (const other of state.slots.slice(index + 1)) {
      const overlap =
        other.day === each.day &&
        minutesOf(each.start) < minutesOf(other.end) &&
        minutesOf(other.start) < minutesOf(each.end);
      if (overlap) found.push(`INV-6 slots ${each.id} and ${other.id} overlap`);
    }
  }
  if (!unique(state.queue)) found.push('INV-11 the queue holds a pitch twice');
  for (const id of state.queue) {
    const queued = state.sessions.find((session) => session.id === id);
    if (queued?.kind !== 'pitch') found.push(`INV-11 the queue holds ${id}, no pitch`);
    if (id === state.spotlight) found.push(`INV-11 the spotlighted ${id} is still queued`);
  }
  if (state.spotlight !== null && !sessionIds.has(state.spotlight)) {
    found.push(`INV-11 the spotlight is on the missing ${state.spotlight}`);
  }
  if (history.wasPublished && !state.published) found.push('INV-12 the schedule became a draft');
  return found;
}

/** What a participant's client holds: the public state and only its own ballot. */
function clientViewOf(state: CampState, participantId: string): CampState {
  return { ...state, ballots: ownBallotOnly(state.ballots, participantId) };
}

function redactedFor(entry: LogEntry, participantId: string): LogEntry {
  return { ...entry, events: entry.events.map((event) => redactEventFor(event, participantId)) };
}

interface Run {
  start: CampState;
  state: CampState;
  alicesClient: CampState;
  log: LogEntry[];
  acceptedTypes: Set<CommandType>;
}

function runSteps(start: CampState, steps: readonly Step[]): Run {
  let state = start;
  let alicesClient = clientViewOf(start, 'alice');
  const log: LogEntry[] = [];
  const acceptedTypes = new Set<CommandType>();
  const orphaned = new Set<string>();
  for (const step of steps) {
    const { actor: who, type } = step;
    const parsed = parseCommand(type, payloadFor(step, state));
    if (!parsed.ok) {
      expect(parsed.code).toBe('INVALID');
      expect(parsed.field).toEqual(expect.any(String));
      continue;
    }
    const decision = decide(state, parsed.command, who);
    if (who.role === 'participant' && who.participantId === 'alice') {
      expect(decide(alicesClient, parsed.command, who)).toEqual(decision);
    }
    if (!decision.ok) {
      expect(ErrorReplySchema.safeParse(decision).success).toBe(true);
      continue;
    }
    expect(decision.events.length).toBeGreaterThan(0);
    for (const event of decision.events) {
      expect(DomainEventSchema.safeParse(event).success).toBe(true);
    }
    const entry: LogEntry = { version: state.version + 1, at: log.length, events: decision.events };
    const before = state;
    state = applyEntry(state, entry);
    alicesClient = applyEntry(alicesClient, redactedFor(entry, 'alice'));
    log.push(entry);
    acceptedTypes.add(type);
    if (decision.events.some((event) => event.type === 'participant:left')) {
      for (const session of state.sessions) {
        if (session.hosts.length === 0) orphaned.add(session.id);
      }
    }
    expect(state.version).toBe(before.version + 1);
    expect(violations(state, { orphaned, wasPublished: before.published })).toEqual([]);
  }
  return { start, state, alicesClient, log, acceptedTypes };
}

const step = stepFrom(COMMAND_TYPES);
const sequences = fc.record({
  start: startName,
  steps: fc.array(step, { minLength: 1, maxLength: 60, size: 'max' }),
});

describe('decider invariants over random command sequences', () => {
  it(
    'INV-1 to INV-8, INV-11 and INV-12 hold after every accepted command, and decide never throws',
    () => {
      for (const name of START_NAMES) {
        expect(violations(startNamed(name), { orphaned: new Set(), wasPublished: false })).toEqual(
          [],
        );
      }
      let accepted = 0;
      const acceptedTypes = new Set<CommandType>();
      fc.assert(
        fc.property(sequences, ({ start, steps }) => {
          const run = runSteps(startNamed(start), steps);
          accepted += run.log.length;
          for (const type of run.acceptedTypes) acceptedTypes.add(type);
          expect(CampStateSchema.safeParse(run.state).success).toBe(true);
        }),
        { numRuns: 200 },
      );
      // The generator must reach the rules, not only the schemas: every command gets accepted.
      expect(accepted).toBeGreaterThan(1000);
      expect([...acceptedTypes].sort()).toEqual([...COMMAND_TYPES].sort());
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'INV-9 replaying the log gives a deep-equal state',
    () => {
      fc.assert(
        fc.property(sequences, ({ start: name, steps }) => {
          const start = startNamed(name);
          const { state, log } = runSteps(start, steps);
          expect(log.reduce(applyEntry, start)).toEqual(state);
          expect(log.reduce(applyEntry, start)).toEqual(log.reduce(applyEntry, start));
          const events: DomainEvent[] = log.flatMap((entry) => entry.events);
          expect({ ...evolveAll(start, events), version: state.version }).toEqual(state);
        }),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'INV-10 a participant client agrees with the server on sessions, its ballot and its own decisions',
    () => {
      fc.assert(
        fc.property(sequences, ({ start, steps }) => {
          const { state, alicesClient } = runSteps(startNamed(start), steps);
          expect(alicesClient.sessions).toEqual(state.sessions);
          expect(alicesClient).toEqual(clientViewOf(state, 'alice'));
        }),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'INV-8 applyEntry sets the version the entry carries',
    () => {
      fc.assert(
        fc.property(
          startName,
          fc.nat({ max: 1_000_000 }),
          fc.array(step, { maxLength: 5 }),
          (name, version, steps) => {
            const start = startNamed(name);
            const { log } = runSteps(start, steps);
            const events = log.flatMap((entry) => entry.events);
            expect(applyEntry(start, { version, at: 0, events }).version).toBe(version);
          },
        ),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
