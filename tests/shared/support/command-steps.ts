import {
  type Actor,
  type CampSettings,
  type CampState,
  type CommandInput,
  type CommandType,
  DEFAULT_NEEDS,
  minutesOf,
  SLOT_KINDS,
  timeOf,
} from '@campgrid/shared';
import fc from 'fast-check';
import {
  ALICE,
  BOB,
  CAROL,
  DAVE,
  DAY,
  DAY_TWO,
  MODERATOR,
  plannedCamp,
  run,
  SESSION,
  VIEWER,
} from '../fixtures.js';

/*
 * Random command sequences for the property tests: every command of the catalog, valid and
 * invalid payloads, from a moderator, four participants and a viewer.
 */

/**
 * Property tests over these sequences run hundreds of command sequences; on a busy machine that can
 * take longer than vitest's default of 5 s. This bounds a hang, it does not measure speed.
 */
export const PROPERTY_TIMEOUT_MS = 60_000;

/**
 * How a step's payload adapts to the state it meets, for the rules that compare the command with
 * the state: a queue order must be a permutation of the queue, a plan must name the current version.
 */
export type Tweak = { queueRotation: number } | { versionLag: number };

export interface Step {
  actor: Actor;
  type: CommandType;
  payload: unknown;
  tweak?: Tweak;
}

/** The payload a step sends in the given state. */
export function payloadFor(step: Step, state: CampState): unknown {
  const { payload, tweak } = step;
  if (tweak === undefined || typeof payload !== 'object' || payload === null) return payload;
  if ('queueRotation' in tweak) {
    const turn = tweak.queueRotation % Math.max(1, state.queue.length);
    return { ...payload, sessionIds: [...state.queue.slice(turn), ...state.queue.slice(0, turn)] };
  }
  return { ...payload, basedOnVersion: Math.max(0, state.version - tweak.versionLag) };
}

/** Nine times in ten the usual values, else the rare ones (unknown, or refused by the schemas). */
function mostly<T>(usual: fc.Arbitrary<T>, rare: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ weight: 9, arbitrary: usual }, { weight: 1, arbitrary: rare });
}

// Known ids mixed with unknown ones, and now and then one the schemas refuse.
const badId = fc.constant('bad id!');
const sessionId = mostly(
  fc.constantFrom('forms', 'ki', 'oss', 'data', 'w1', 'n1', 'n2', 'ghost'),
  badId,
);
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
const needs = mostly(
  fc.constantFrom<string[]>([], ['Beamer'], ['Beamer', 'Moderationskoffer']),
  fc.constant(['Sauna']),
);
const settings = fc.record(
  {
    votesPerParticipant: limit,
    allowSelfVote: fc.boolean(),
    hideVoteCounts: fc.boolean(),
    hideHostNames: fc.boolean(),
    shuffleVotingList: fc.boolean(),
    needs: fc.constantFrom<string[]>(DEFAULT_NEEDS, ['Beamer']),
  },
  { requiredKeys: [] },
);
const placements = fc.array(
  fc.record({ sessionId, placement: fc.oneof(fc.constant(null), placement) }),
  { maxLength: 3 },
);

const payloads: { [T in CommandType]: fc.Arbitrary<CommandInput<T>> } = {
  'camp:update': fc.record(
    {
      title,
      days: fc.constantFrom([DAY], [DAY, DAY_TWO], [DAY_TWO], []),
      settings,
    },
    { requiredKeys: [] },
  ),
  'room:add': fc.record({
    room: fc.record({ id: roomId, name: roomName, capacity }),
  }),
  'room:update': fc.record(
    { roomId, name: roomName, capacity, features: needs },
    { requiredKeys: ['roomId'] },
  ),
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
  'session:configure': fc.record(
    {
      sessionId,
      needs,
      capacityLimit: fc.constantFrom(null, 10, 40),
      pinned: fc.boolean(),
      allowedSlotIds: fc.constantFrom(null, ['first'], ['second', 'third'], ['gone']),
    },
    { requiredKeys: ['sessionId'] },
  ),
  'session:cancel': fc.record({ sessionId, reason: fc.constantFrom('Krank', '') }),
  'session:restore': fc.record({ sessionId }),
  'session:count-hands': fc.record({
    sessionId,
    count: mostly(fc.constantFrom(null, 0, 12, 40), fc.constant(-1)),
  }),
  'wish:post': fc.record({
    sessionId,
    wish: fc.record({ title, language: fc.constantFrom('de', 'en') }, { requiredKeys: ['title'] }),
  }),
  'wish:adopt': fc.record({ sessionId, hostName: mostly(fc.constantFrom('Dave', 'Erika'), title) }),
  'queue:join': fc.record({ sessionId }),
  'queue:leave': fc.record({ sessionId }),
  'queue:reorder': fc.record({
    sessionIds: fc.shuffledSubarray(['forms', 'ki', 'oss', 'data', 'w1'], { maxLength: 3 }),
  }),
  'spotlight:set': fc.record({ sessionId: fc.oneof(fc.constant(null), sessionId) }),
  'plan:apply': fc.record({ basedOnVersion: fc.nat({ max: 100 }), placements }),
  'slot:shift': fc.record({
    slotId,
    minutes: mostly(fc.constantFrom(-60, -15, 15, 30, 120), fc.constantFrom(0, 7)),
  }),
  'room:mark-full': fc.record({ roomId, full: fc.boolean() }),
  'schedule:publish': fc.constant({}),
  'participant:leave': fc.constant({}),
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
  'session:count-hands',
  'queue:reorder',
  'spotlight:set',
  'plan:apply',
  'slot:shift',
  'room:mark-full',
  'schedule:publish',
]);
const participantCommands = new Set<CommandType>([
  'vote:cast',
  'vote:retract',
  'participant:leave',
]);

/** Mostly someone the rule lets through, so that sequences reach past the role checks. */
function actorFor(type: CommandType): fc.Arbitrary<Actor> {
  if (moderatorCommands.has(type)) return mostly(fc.constant(MODERATOR), anyone);
  if (participantCommands.has(type)) return mostly(participants, anyone);
  return mostly(fc.oneof(participants, fc.constant(MODERATOR)), anyone);
}

/** Mostly fitting the state, now and then a stale plan or a queue order from another queue. */
function tweakFor(type: CommandType): fc.Arbitrary<Tweak | undefined> {
  if (type === 'queue:reorder') {
    return mostly(
      fc.nat({ max: 4 }).map((queueRotation) => ({ queueRotation })),
      fc.constant(undefined),
    );
  }
  if (type === 'plan:apply') {
    return mostly<Tweak | undefined>(
      fc.constant({ versionLag: 0 }),
      fc.constantFrom({ versionLag: 1 }, undefined),
    );
  }
  return fc.constant(undefined);
}

function stepsOf<T extends CommandType>(type: T): fc.Arbitrary<Step> {
  return fc
    .tuple(actorFor(type), payloads[type], tweakFor(type))
    .map(([who, payload, tweak]) =>
      tweak === undefined ? { actor: who, type, payload } : { actor: who, type, payload, tweak },
    );
}

/**
 * Votes and moves come often, a participant leaving rarely, as on the day; commands whose rules
 * refuse most random payloads come more often, so that every rule gets reached.
 */
const weights: Partial<Record<CommandType, number>> = {
  'vote:cast': 6,
  'vote:retract': 3,
  'session:place': 4,
  'session:unplace': 3,
  'session:restore': 5,
  'slot:add': 4,
  'slot:update': 5,
  'participant:leave': 1,
};

export function stepFrom(types: readonly CommandType[]): fc.Arbitrary<Step> {
  return fc.oneof(
    ...types.map((type) => ({ weight: weights[type] ?? 2, arbitrary: stepsOf(type) })),
  );
}

/**
 * The starts the sequences run from: the planned camp (see fixtures) with Dave's wish "w1" open,
 * ki in the queue and oss cancelled in its cell, under settings that switch on each rule that
 * depends on them.
 */
export const START_SETTINGS = {
  plain: {},
  limited: { votesPerParticipant: 2 },
  strict: { votesPerParticipant: 3, allowSelfVote: false },
  private: { hideVoteCounts: true, hideHostNames: true },
} as const satisfies Record<string, Partial<CampSettings>>;
export type StartName = keyof typeof START_SETTINGS;
export const START_NAMES = Object.keys(START_SETTINGS) as StartName[];

function buildStart(settings: Partial<CampSettings>): CampState {
  // Settings change after the planned votes, as a moderator would, so Bob's vote for ki stays.
  let state = run(plannedCamp(), MODERATOR, 'camp:update', { settings });
  state = run(state, DAVE, 'wish:post', { sessionId: 'w1', wish: { title: 'Wer erklärt OZG?' } });
  state = run(state, BOB, 'queue:join', { sessionId: SESSION.ki });
  return run(state, CAROL, 'session:cancel', { sessionId: SESSION.oss, reason: 'Zug fällt aus' });
}

// Built once: each start runs some twenty commands.
const starts = new Map<StartName, CampState>(
  START_NAMES.map((name) => [name, buildStart(START_SETTINGS[name])]),
);

export function startNamed(name: StartName): CampState {
  const start = starts.get(name);
  if (!start) throw new Error(`no start state named ${name}`);
  return start;
}

// Generates the start's name, not the state, so a counterexample prints short.
export const startName = fc.constantFrom(...START_NAMES);
