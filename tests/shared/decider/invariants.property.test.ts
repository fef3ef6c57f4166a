import {
  type Actor,
  applyEntry,
  type CampState,
  CampStateSchema,
  COMMAND_TYPES,
  type CommandInput,
  type CommandType,
  type DomainEvent,
  DomainEventSchema,
  decide,
  ErrorReplySchema,
  evolveAll,
  type LogEntry,
  minutesOf,
  parseCommand,
  redactEventFor,
  SLOT_KINDS,
  timeOf,
} from '@campgrid/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALICE,
  BOB,
  CAROL,
  DAVE,
  DAY,
  DAY_TWO,
  MODERATOR,
  plannedCamp,
  VIEWER,
} from '../fixtures.js';

/*
 * Invariants of the decider, checked after every accepted command of random command sequences
 * (valid and invalid, from a moderator, four participants and a viewer).
 * INV-1 No two sessions share a cell.
 * INV-2 Every placed session sits in an existing room and in an existing slot of kind 'session'.
 * INV-3 Each session's voteCount equals the number of ballots holding it.
 * INV-4 No ballot holds a session twice or a session that is gone.
 * INV-5 No ballot holds more sessions than votesPerParticipant.
 * INV-6 Every slot lies on a camp day and ends after it starts; slots of one day do not overlap;
 *       ids of rooms, slots and sessions are unique; every session has a host.
 * INV-7 decide never throws; a payload either parses or is refused INVALID naming a field; every
 *       accepted event passes the event catalog; every refusal is a well-formed error reply.
 * INV-8 Each accepted command raises the version by exactly one, and the state always passes
 *       CampStateSchema.
 * INV-9 evolve is deterministic: replaying the log gives a deep-equal state.
 * INV-10 A participant's client, fed its own acks and the redacted broadcasts, holds the same
 *        sessions and its own ballot as the server, and decides its own commands as the server does.
 */

interface Step {
  actor: Actor;
  type: CommandType;
  payload: unknown;
}

/** Nine times in ten the usual values, else the rare ones (unknown, or refused by the schemas). */
function mostly<T>(usual: fc.Arbitrary<T>, rare: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ weight: 9, arbitrary: usual }, { weight: 1, arbitrary: rare });
}

// Known ids mixed with unknown ones, and now and then one the schemas refuse.
const badId = fc.constant('bad id!');
const sessionId = mostly(fc.constantFrom('forms', 'ki', 'oss', 'data', 'n1', 'n2', 'ghost'), badId);
const roomId = mostly(fc.constantFrom('aula', 'lab', 'garden', 'annex', 'cellar'), badId);
const slotId = mostly(
  fc.constantFrom('opening', 'first', 'second', 'lunch', 'third', 'late', 'gone'),
  badId,
);
// Mostly the planned grid's cells, breaks and plenaries included, so cells fill up and clash.
const placement = mostly(
  fc.record({
    roomId: fc.constantFrom('aula', 'lab', 'garden'),
    slotId: fc.constantFrom('opening', 'first', 'second', 'lunch', 'third'),
  }),
  fc.record({ roomId, slotId }),
);
const expected = fc.oneof(fc.constant(undefined), fc.constant(null), placement);
const title = mostly(
  fc.constantFrom('Neu', 'KI im Amt', 'Offene Daten'),
  fc.oneof(fc.string({ minLength: 121, maxLength: 125 }), fc.constant('   ')),
);
const hosts = fc.constantFrom<string[]>([], ['Dave'], ['Alice', 'Bob'], ['Carol']);
const day = mostly(fc.constantFrom(DAY, DAY, DAY_TWO), fc.constant('2026-02-30'));
const quarter = fc.integer({ min: 8 * 4, max: 17 * 4 }).map((index) => timeOf(index * 15));
const duration = mostly(fc.constantFrom(30, 45, 60), fc.constantFrom(-15, 0));
const slot = fc.record({
  id: slotId,
  day,
  start: quarter,
  duration,
  kind: fc.constantFrom(...SLOT_KINDS),
});
const limit = mostly(fc.constantFrom(null, 1, 2, 3), fc.constant(0));
const roomName = mostly(fc.constant('Anbau'), fc.constant(''));
const capacity = mostly(fc.constant(12), fc.constant(0));

const payloads: { [T in CommandType]: fc.Arbitrary<CommandInput<T>> } = {
  'camp:update': fc.record(
    {
      title,
      days: fc.constantFrom([DAY], [DAY, DAY_TWO], [DAY_TWO], []),
      settings: fc.record({ votesPerParticipant: limit }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  ),
  'room:add': fc.record({
    room: fc.record({
      id: roomId,
      name: roomName,
      capacity,
    }),
  }),
  'room:update': fc.record({ roomId, name: roomName, capacity }, { requiredKeys: ['roomId'] }),
  'room:remove': fc.record({ roomId }),
  'slot:add': fc.record({
    slot: slot.map(({ duration: minutes, ...rest }) => ({
      ...rest,
      end: timeOf(minutesOf(rest.start) + minutes),
    })),
  }),
  'slot:update': fc.record(
    {
      slotId,
      day,
      start: quarter,
      end: quarter,
      kind: fc.constantFrom(...SLOT_KINDS),
      label: fc.constantFrom('Kaffee', ''),
    },
    { requiredKeys: ['slotId'] },
  ),
  'slot:remove': fc.record({ slotId }),
  'session:pitch': fc.record({
    sessionId,
    draft: fc.record(
      { title, hosts, format: fc.constantFrom('talk', 'workshop') },
      { requiredKeys: ['title'] },
    ),
  }),
  'session:update': fc.record({
    sessionId,
    changes: fc.record(
      { title, hosts, language: fc.constantFrom('de', 'en') },
      { requiredKeys: [] },
    ),
  }),
  'session:withdraw': fc.record({ sessionId }),
  'vote:cast': fc.record({ sessionId }),
  'vote:retract': fc.record({ sessionId }),
  'session:place': fc.record({ sessionId, placement, expected }),
  'session:unplace': fc.record({ sessionId, expected }),
  'session:swap': fc.record({ sessionId, otherSessionId: sessionId }),
  'phase:set': fc.record({
    phase: fc.constantFrom('pitching', 'voting'),
    open: fc.boolean(),
  }),
};

const participants = fc.constantFrom<Actor>(ALICE, BOB, CAROL, DAVE);
const anyone = fc.constantFrom<Actor>(MODERATOR, ALICE, BOB, CAROL, DAVE, VIEWER);
const moderatorCommands = new Set<CommandType>([
  'camp:update',
  'room:add',
  'room:update',
  'room:remove',
  'slot:add',
  'slot:update',
  'slot:remove',
  'session:place',
  'session:unplace',
  'session:swap',
  'phase:set',
]);

/** Mostly someone the rule lets through, so that sequences reach past the role checks. */
function actorFor(type: CommandType): fc.Arbitrary<Actor> {
  if (moderatorCommands.has(type)) return mostly(fc.constant(MODERATOR), anyone);
  if (type === 'vote:cast' || type === 'vote:retract') return mostly(participants, anyone);
  return mostly(fc.oneof(participants, fc.constant(MODERATOR)), anyone);
}

function stepsOf<T extends CommandType>(type: T): fc.Arbitrary<Step> {
  return fc
    .tuple(actorFor(type), payloads[type])
    .map(([who, payload]) => ({ actor: who, type, payload }));
}

const step = fc.oneof(...COMMAND_TYPES.map(stepsOf));

/** The planned camp with each vote limit, built once: building runs 20 commands. */
const startLimits = [null, 2, 3] as const;
const starts = new Map<number | null, CampState>(
  startLimits.map((votesPerParticipant) => [
    votesPerParticipant,
    plannedCamp({ settings: { votesPerParticipant } }),
  ]),
);
function startWith(votesPerParticipant: number | null): CampState {
  const start = starts.get(votesPerParticipant);
  if (!start) throw new Error(`no start state with limit ${votesPerParticipant}`);
  return start;
}
// Generates the limit, not the state, so a counterexample prints short.
const startLimit = fc.constantFrom(...startLimits);

function violations(state: CampState): string[] {
  const found: string[] = [];
  const cells = new Set<string>();
  for (const session of state.sessions) {
    if (session.hosts.length === 0) found.push(`INV-6 ${session.id} has no host`);
    const votes = Object.values(state.ballots).filter((ballot) => ballot.includes(session.id));
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
  for (const [participantId, ballot] of Object.entries(state.ballots)) {
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
  return found;
}

/** What a participant's client holds: the public state and only its own ballot. */
function clientViewOf(state: CampState, participantId: string): CampState {
  const own = state.ballots[participantId];
  return { ...state, ballots: own === undefined ? {} : { [participantId]: own } };
}

function redactedFor(entry: LogEntry, participantId: string): LogEntry {
  return { ...entry, events: entry.events.map((event) => redactEventFor(event, participantId)) };
}

interface Run {
  start: CampState;
  state: CampState;
  alicesClient: CampState;
  log: LogEntry[];
}

function runSteps(start: CampState, steps: readonly Step[]): Run {
  let state = start;
  let alicesClient = clientViewOf(start, 'alice');
  const log: LogEntry[] = [];
  for (const { actor: who, type, payload } of steps) {
    const parsed = parseCommand(type, payload);
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
    const previousVersion = state.version;
    state = applyEntry(state, entry);
    alicesClient = applyEntry(alicesClient, redactedFor(entry, 'alice'));
    log.push(entry);
    expect(state.version).toBe(previousVersion + 1);
    expect(violations(state)).toEqual([]);
  }
  return { start, state, alicesClient, log };
}

const sequences = fc.record({
  limit: startLimit,
  steps: fc.array(step, { minLength: 1, maxLength: 60, size: 'max' }),
});

describe('decider invariants over random command sequences', () => {
  it('INV-1 to INV-8 hold after every accepted command, and decide never throws', () => {
    for (const start of starts.values()) expect(violations(start)).toEqual([]);
    let accepted = 0;
    fc.assert(
      fc.property(sequences, ({ limit: votesPerParticipant, steps }) => {
        const start = startWith(votesPerParticipant);
        const { state, log } = runSteps(start, steps);
        accepted += log.length;
        expect(CampStateSchema.safeParse(state).success).toBe(true);
      }),
      { numRuns: 200 },
    );
    // The generator must reach the rules, not only the schemas.
    expect(accepted).toBeGreaterThan(1000);
  });

  it('INV-9 replaying the log gives a deep-equal state', () => {
    fc.assert(
      fc.property(sequences, ({ limit: votesPerParticipant, steps }) => {
        const start = startWith(votesPerParticipant);
        const { state, log } = runSteps(start, steps);
        expect(log.reduce(applyEntry, start)).toEqual(state);
        expect(log.reduce(applyEntry, start)).toEqual(log.reduce(applyEntry, start));
        const events: DomainEvent[] = log.flatMap((entry) => entry.events);
        expect({ ...evolveAll(start, events), version: state.version }).toEqual(state);
      }),
      { numRuns: 100 },
    );
  });

  it('INV-10 a participant client agrees with the server on sessions, its ballot and its own decisions', () => {
    fc.assert(
      fc.property(sequences, ({ limit: votesPerParticipant, steps }) => {
        const start = startWith(votesPerParticipant);
        const { state, alicesClient } = runSteps(start, steps);
        expect(alicesClient.sessions).toEqual(state.sessions);
        expect(alicesClient).toEqual(clientViewOf(state, 'alice'));
      }),
      { numRuns: 100 },
    );
  });

  it('INV-8 applyEntry sets the version the entry carries', () => {
    fc.assert(
      fc.property(
        startLimit,
        fc.nat({ max: 1_000_000 }),
        fc.array(step, { maxLength: 5 }),
        (votesPerParticipant, version, steps) => {
          const start = startWith(votesPerParticipant);
          const { log } = runSteps(start, steps);
          const events = log.flatMap((entry) => entry.events);
          expect(applyEntry(start, { version, at: 0, events }).version).toBe(version);
        },
      ),
      { numRuns: 100 },
    );
  });
});
