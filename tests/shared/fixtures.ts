import {
  type Actor,
  applyEntry,
  type CampSettings,
  type CampSetup,
  type CampState,
  type CommandInput,
  type CommandOf,
  type CommandType,
  campStateFromSetup,
  DEFAULT_CAMP_SETTINGS,
  type Decision,
  type DomainEvent,
  decide,
  type ErrorCode,
  MODERATOR,
  parseCommand,
  participant,
  VIEWER,
} from '@campgrid/shared';
import { expect } from 'vitest';

/** The camp's one day; DAY_TWO is a day the camp does not have until a test adds it. */
export const DAY = '2026-11-28';
export const DAY_TWO = '2026-11-29';

export const ALICE = participant('alice');
export const BOB = participant('bob');
export const CAROL = participant('carol');
/** A participant who has pitched nothing and voted for nothing. */
export const DAVE = participant('dave');
export { MODERATOR, VIEWER };

export const ROOM = { aula: 'aula', lab: 'lab', garden: 'garden' } as const;
export const SLOT = {
  opening: 'opening',
  first: 'first',
  second: 'second',
  lunch: 'lunch',
  third: 'third',
} as const;
export const SESSION = { forms: 'forms', ki: 'ki', oss: 'oss', data: 'data' } as const;

/** A camp's set-up fields to change; settings merge into the defaults, so a test names only its own. */
export type CampOverrides = Partial<Omit<CampSetup, 'settings'>> & {
  settings?: Partial<CampSettings>;
};

/** The camp's settings: the defaults, with the given ones changed. */
export function settingsWith(changes: Partial<CampSettings> = {}): CampSettings {
  return { ...DEFAULT_CAMP_SETTINGS, ...changes };
}

export function campSetup(overrides: CampOverrides = {}): CampSetup {
  const { settings, ...rest } = overrides;
  return {
    id: 'camp-1',
    slug: 'nextcamp-test',
    title: 'NExTcamp Test',
    timezone: 'Europe/Berlin',
    days: [DAY],
    settings: settingsWith(settings),
    phases: { pitching: true, voting: true },
    rooms: [],
    slots: [],
    ...rest,
  };
}

/** The state right after the camp's first log entry, `camp:created`, as every camp starts. */
export function emptyCamp(overrides: CampOverrides = {}): CampState {
  const created: DomainEvent = { type: 'camp:created', setup: campSetup(overrides) };
  // evolve ignores the state it is given for camp:created; the placeholder only fills the signature.
  return applyEntry(campStateFromSetup(campSetup()), { version: 1, at: 0, events: [created] });
}

/** Parses a payload through its catalog schema (defaults included), as the server does. */
export function command<T extends CommandType>(type: T, payload: CommandInput<T>): CommandOf<T> {
  const parsed = parseCommand(type, payload);
  if (!parsed.ok) throw new Error(`fixture command ${type} is invalid: ${parsed.message}`);
  if (parsed.command.type !== type) throw new Error(`parseCommand changed the type of ${type}`);
  return parsed.command as CommandOf<T>;
}

export function decideInput<T extends CommandType>(
  state: CampState,
  actor: Actor,
  type: T,
  payload: CommandInput<T>,
): Decision {
  return decide(state, command(type, payload), actor);
}

/** Runs one command the way the server does: decide, then apply its events at the next version. */
export function run<T extends CommandType>(
  state: CampState,
  actor: Actor,
  type: T,
  payload: CommandInput<T>,
): CampState {
  const decision = decideInput(state, actor, type, payload);
  if (!decision.ok) {
    throw new Error(`fixture command ${type} was refused: ${decision.code} ${decision.message}`);
  }
  return applyEntry(state, { version: state.version + 1, at: 0, events: decision.events });
}

/** A camp with three rooms and one day of slots: a plenary, three session slots and a lunch break. */
export function campWithGrid(overrides: CampOverrides = {}): CampState {
  let state = emptyCamp(overrides);
  state = run(state, MODERATOR, 'room:add', {
    room: { id: ROOM.aula, name: 'Aula', capacity: 120 },
  });
  state = run(state, MODERATOR, 'room:add', { room: { id: ROOM.lab, name: 'Lab', capacity: 20 } });
  state = run(state, MODERATOR, 'room:add', {
    room: { id: ROOM.garden, name: 'Garten', capacity: 15 },
  });
  const slots = [
    { id: SLOT.opening, start: '09:00', end: '10:00', kind: 'plenary', label: 'Sessionplanung' },
    { id: SLOT.first, start: '10:15', end: '11:00', kind: 'session', label: '' },
    { id: SLOT.second, start: '11:15', end: '12:00', kind: 'session', label: '' },
    { id: SLOT.lunch, start: '12:00', end: '13:00', kind: 'break', label: 'Mittagspause' },
    { id: SLOT.third, start: '13:00', end: '13:45', kind: 'session', label: '' },
  ] as const;
  for (const slot of slots) {
    state = run(state, MODERATOR, 'slot:add', { slot: { ...slot, day: DAY } });
  }
  return state;
}

/**
 * The planned camp most tests start from. Sessions: forms (Alice, in aula/first), ki (Bob, in
 * lab/first), oss (Carol, in aula/second), data (Alice, unplaced). Ballots: Alice [ki],
 * Bob [forms, ki], Carol [ki]. Dave has none.
 */
export function plannedCamp(overrides: CampOverrides = {}): CampState {
  let state = campWithGrid(overrides);
  state = run(state, ALICE, 'session:pitch', {
    sessionId: SESSION.forms,
    draft: { title: 'Barrierefreie Formulare', hosts: ['Alice'], format: 'workshop' },
  });
  state = run(state, BOB, 'session:pitch', {
    sessionId: SESSION.ki,
    draft: { title: 'KI in der Verwaltung', hosts: ['Bob'], tags: ['ki'] },
  });
  state = run(state, CAROL, 'session:pitch', {
    sessionId: SESSION.oss,
    draft: { title: 'Open Source first', hosts: ['Carol', 'Dora'], language: 'en' },
  });
  state = run(state, ALICE, 'session:pitch', {
    sessionId: SESSION.data,
    draft: { title: 'Offene Daten', hosts: ['Alice'], description: 'Was geht, was nicht.' },
  });
  state = run(state, ALICE, 'vote:cast', { sessionId: SESSION.ki });
  state = run(state, BOB, 'vote:cast', { sessionId: SESSION.forms });
  state = run(state, BOB, 'vote:cast', { sessionId: SESSION.ki });
  state = run(state, CAROL, 'vote:cast', { sessionId: SESSION.ki });
  state = run(state, MODERATOR, 'session:place', {
    sessionId: SESSION.forms,
    placement: { roomId: ROOM.aula, slotId: SLOT.first },
  });
  state = run(state, MODERATOR, 'session:place', {
    sessionId: SESSION.ki,
    placement: { roomId: ROOM.lab, slotId: SLOT.first },
  });
  state = run(state, MODERATOR, 'session:place', {
    sessionId: SESSION.oss,
    placement: { roomId: ROOM.aula, slotId: SLOT.second },
  });
  return state;
}

export function withPhases(state: CampState, phases: Partial<CampState['phases']>): CampState {
  let next = state;
  for (const [phase, open] of Object.entries(phases)) {
    if (phase !== 'pitching' && phase !== 'voting') continue;
    if (open !== undefined) next = run(next, MODERATOR, 'phase:set', { phase, open });
  }
  return next;
}

export function sessionOf(state: CampState, sessionId: string) {
  const session = state.sessions.find((candidate) => candidate.id === sessionId);
  if (!session) throw new Error(`no session ${sessionId} in the fixture state`);
  return session;
}

export function eventsOf(decision: Decision): DomainEvent[] {
  if (!decision.ok) {
    throw new Error(
      `expected the command to be accepted, got ${decision.code}: ${decision.message}`,
    );
  }
  return decision.events;
}

/** Asserts a refusal: its code, and its field when the rule names one (undefined when it names none). */
export function expectRefused(decision: Decision, code: ErrorCode, field?: string): void {
  expect(decision).toMatchObject({ ok: false, code });
  if (decision.ok) return;
  expect(decision.field).toBe(field);
  expect(decision.message.length).toBeGreaterThan(0);
}

export function applyDecision(state: CampState, decision: Decision): CampState {
  return applyEntry(state, { version: state.version + 1, at: 0, events: eventsOf(decision) });
}
