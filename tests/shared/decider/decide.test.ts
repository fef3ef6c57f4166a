import {
  type Actor,
  type CampState,
  COMMAND_TYPES,
  type Command,
  type CommandType,
  DomainEventSchema,
  decide,
  ErrorReplySchema,
  type EventType,
} from '@campgrid/shared';
import { describe, expect, it } from 'vitest';
import {
  ALICE,
  BOB,
  CAROL,
  command,
  DAVE,
  DAY,
  eventsOf,
  MODERATOR,
  plannedCamp,
  ROOM,
  run,
  SESSION,
  SLOT,
  VIEWER,
} from '../fixtures.js';

/*
 * Dispatch rules for decide(state, command, actor).
 * DECIDE-1 Every command of the catalog reaches its rule and yields the events named here.
 * DECIDE-2 decide is pure: it never changes the state it is given, and the same input decides
 *          the same way.
 * DECIDE-3 Every event decide emits passes the event catalog, so it can be stored and broadcast.
 * DECIDE-4 Every refusal is a well-formed error reply.
 */

/**
 * The planned camp in the middle of its planning round: Dave's wish "wish" is open, ki and oss
 * wait in the queue, and Alice has cancelled data.
 */
function roundCamp(): CampState {
  let state = plannedCamp();
  state = run(state, DAVE, 'wish:post', { sessionId: 'wish', wish: { title: 'OZG 2.0?' } });
  state = run(state, BOB, 'queue:join', { sessionId: SESSION.ki });
  state = run(state, CAROL, 'queue:join', { sessionId: SESSION.oss });
  return run(state, ALICE, 'session:cancel', { sessionId: SESSION.data, reason: 'Krank' });
}
const roundVersion = roundCamp().version;

/** One accepted sample per command, with the actor that may send it and the events it yields. */
const samples: { [T in CommandType]: { actor: Actor; command: Command; events: EventType[] } } = {
  'camp:update': {
    actor: MODERATOR,
    command: command('camp:update', { title: 'NExTcamp Frühjahr' }),
    events: ['camp:updated'],
  },
  'room:add': {
    actor: MODERATOR,
    command: command('room:add', { room: { id: 'annex', name: 'Anbau', capacity: 8 } }),
    events: ['room:added'],
  },
  'room:update': {
    actor: MODERATOR,
    command: command('room:update', { roomId: ROOM.garden, capacity: 12 }),
    events: ['room:updated'],
  },
  'room:remove': {
    actor: MODERATOR,
    command: command('room:remove', { roomId: ROOM.garden }),
    events: ['room:removed'],
  },
  'slot:add': {
    actor: MODERATOR,
    command: command('slot:add', {
      slot: { id: 'late', day: DAY, start: '16:00', end: '16:45', kind: 'session' },
    }),
    events: ['slot:added'],
  },
  'slot:update': {
    actor: MODERATOR,
    command: command('slot:update', { slotId: SLOT.lunch, label: 'Essen' }),
    events: ['slot:updated'],
  },
  'slot:remove': {
    actor: MODERATOR,
    command: command('slot:remove', { slotId: SLOT.third }),
    events: ['slot:removed'],
  },
  'session:pitch': {
    actor: DAVE,
    command: command('session:pitch', {
      sessionId: 'new',
      draft: { title: 'Neu', hosts: ['Dave'] },
    }),
    events: ['session:pitched'],
  },
  'session:update': {
    actor: ALICE,
    command: command('session:update', { sessionId: SESSION.data, changes: { title: 'Daten' } }),
    events: ['session:updated'],
  },
  'session:withdraw': {
    actor: ALICE,
    command: command('session:withdraw', { sessionId: SESSION.data }),
    events: ['session:withdrawn'],
  },
  'vote:cast': {
    actor: DAVE,
    command: command('vote:cast', { sessionId: SESSION.oss }),
    events: ['vote:cast'],
  },
  'vote:retract': {
    actor: BOB,
    command: command('vote:retract', { sessionId: SESSION.forms }),
    events: ['vote:retracted'],
  },
  'session:place': {
    actor: MODERATOR,
    command: command('session:place', {
      sessionId: SESSION.data,
      placement: { roomId: ROOM.lab, slotId: SLOT.second },
    }),
    events: ['session:placed'],
  },
  'session:unplace': {
    actor: MODERATOR,
    command: command('session:unplace', { sessionId: SESSION.oss }),
    events: ['session:unplaced'],
  },
  'session:swap': {
    actor: MODERATOR,
    command: command('session:swap', { sessionId: SESSION.forms, otherSessionId: SESSION.ki }),
    events: ['sessions:swapped'],
  },
  'phase:set': {
    actor: MODERATOR,
    command: command('phase:set', { phase: 'pitching', open: false }),
    events: ['phase:changed'],
  },
  'session:configure': {
    actor: ALICE,
    command: command('session:configure', {
      sessionId: SESSION.forms,
      needs: ['Beamer'],
      capacityLimit: 20,
    }),
    events: ['session:configured'],
  },
  'session:cancel': {
    actor: BOB,
    command: command('session:cancel', { sessionId: SESSION.ki, reason: 'Zug fällt aus' }),
    events: ['session:cancelled'],
  },
  'session:restore': {
    actor: ALICE,
    command: command('session:restore', { sessionId: SESSION.data }),
    events: ['session:restored'],
  },
  'session:count-hands': {
    actor: MODERATOR,
    command: command('session:count-hands', { sessionId: SESSION.ki, count: 12 }),
    events: ['hands:counted'],
  },
  'wish:post': {
    actor: DAVE,
    command: command('wish:post', { sessionId: 'wish-2', wish: { title: 'Cloud-Souveränität?' } }),
    events: ['wish:posted'],
  },
  'wish:adopt': {
    actor: CAROL,
    command: command('wish:adopt', { sessionId: 'wish', hostName: 'Carol' }),
    events: ['wish:adopted'],
  },
  'queue:join': {
    actor: ALICE,
    command: command('queue:join', { sessionId: SESSION.forms }),
    events: ['queue:joined'],
  },
  'queue:leave': {
    actor: BOB,
    command: command('queue:leave', { sessionId: SESSION.ki }),
    events: ['queue:left'],
  },
  'queue:reorder': {
    actor: MODERATOR,
    command: command('queue:reorder', { sessionIds: [SESSION.oss, SESSION.ki] }),
    events: ['queue:reordered'],
  },
  'spotlight:set': {
    actor: MODERATOR,
    command: command('spotlight:set', { sessionId: SESSION.ki }),
    events: ['spotlight:changed'],
  },
  'plan:apply': {
    actor: MODERATOR,
    command: command('plan:apply', {
      basedOnVersion: roundVersion,
      placements: [
        { sessionId: SESSION.forms, placement: { roomId: ROOM.lab, slotId: SLOT.third } },
      ],
    }),
    events: ['plan:applied'],
  },
  'slot:shift': {
    actor: MODERATOR,
    command: command('slot:shift', { slotId: SLOT.third, minutes: 15 }),
    events: ['slots:shifted'],
  },
  'room:mark-full': {
    actor: MODERATOR,
    command: command('room:mark-full', { roomId: ROOM.garden, full: true }),
    events: ['room:full-marked'],
  },
  'schedule:publish': {
    actor: MODERATOR,
    command: command('schedule:publish', {}),
    events: ['schedule:published'],
  },
  'participant:leave': {
    actor: BOB,
    command: command('participant:leave', {}),
    events: ['vote:retracted', 'vote:retracted', 'participant:left'],
  },
};

const actors: Actor[] = [MODERATOR, ALICE, BOB, DAVE, VIEWER];

describe('DECIDE-1 every command reaches its rule', () => {
  it('DECIDE-1 the samples cover the whole catalog', () => {
    expect(Object.keys(samples).sort()).toEqual([...COMMAND_TYPES].sort());
  });

  for (const type of COMMAND_TYPES) {
    const sample = samples[type];
    it(`DECIDE-1 ${type} from a ${sample.actor.role} yields ${sample.events.join(', ')}`, () => {
      expect(sample.command.type).toBe(type);
      const events = eventsOf(decide(roundCamp(), sample.command, sample.actor));
      expect(events.map((event) => event.type)).toEqual(sample.events);
    });
  }
});

describe('DECIDE-2 decide is pure', () => {
  it('DECIDE-2 no command from any actor changes the state it is given', () => {
    const state = roundCamp();
    const before = structuredClone(state);
    for (const type of COMMAND_TYPES) {
      for (const actor of actors) decide(state, samples[type].command, actor);
    }
    expect(state).toEqual(before);
  });

  it('DECIDE-2 the same command on the same state decides the same way', () => {
    for (const type of COMMAND_TYPES) {
      for (const actor of actors) {
        const first = decide(roundCamp(), samples[type].command, actor);
        const second = decide(roundCamp(), samples[type].command, actor);
        expect(second).toEqual(first);
      }
    }
  });
});

describe('DECIDE-3 and DECIDE-4 decisions fit the wire', () => {
  it('DECIDE-3 every accepted event passes the event catalog unchanged', () => {
    for (const type of COMMAND_TYPES) {
      for (const event of eventsOf(
        decide(roundCamp(), samples[type].command, samples[type].actor),
      )) {
        expect(DomainEventSchema.parse(event)).toEqual(event);
      }
    }
  });

  it('DECIDE-4 every refusal is an error reply with a known code and a message', () => {
    let refusals = 0;
    for (const type of COMMAND_TYPES) {
      for (const actor of actors) {
        const decision = decide(roundCamp(), samples[type].command, actor);
        if (decision.ok) continue;
        refusals += 1;
        expect(ErrorReplySchema.parse(decision)).toEqual(decision);
        expect(decision.message).not.toBe('');
      }
    }
    expect(refusals).toBeGreaterThan(COMMAND_TYPES.length);
  });
});
