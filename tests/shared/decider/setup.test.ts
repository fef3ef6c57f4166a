import { type Actor, type Command, decide, ROOMS_MAX, SLOTS_MAX } from '@campgrid/shared';
import { describe, expect, it } from 'vitest';
import {
  ALICE,
  applyDecision,
  campWithGrid,
  command,
  DAY,
  DAY_TWO,
  decideInput,
  emptyCamp,
  eventsOf,
  expectRefused,
  MODERATOR,
  plannedCamp,
  ROOM,
  run,
  SESSION,
  SLOT,
  settingsWith,
  VIEWER,
} from '../fixtures.js';

/*
 * Set-up rules: the camp itself, its rooms and its slots.
 * SETUP-1  Only a moderator changes the set-up.
 * SETUP-2  camp:update emits camp:updated with exactly the given fields; settings merge.
 * SETUP-3  camp:update may not drop a day that still has slots (IN_USE, days).
 * SETUP-4  camp:update may not set the vote limit below a ballot already cast
 *          (INVALID, settings.votesPerParticipant).
 * SETUP-5  room:add emits room:added; a taken id is ALREADY_EXISTS (room.id).
 * SETUP-6  room:add past ROOMS_MAX is INVALID (room).
 * SETUP-7  room:update emits the whole merged room; an unknown room is NOT_FOUND (roomId).
 * SETUP-8  room:remove emits room:removed; unknown is NOT_FOUND (roomId); a room holding a
 *          placed session is IN_USE (roomId).
 * SETUP-9  slot:add emits slot:added; a taken id is ALREADY_EXISTS (slot.id); past SLOTS_MAX is
 *          INVALID (slot); a day the camp does not have is INVALID (slot.day).
 * SETUP-10 Slots on one day may not overlap: CONFLICT (slot.start on add, start on update);
 *          back-to-back slots and the same times on another day are fine.
 * SETUP-11 slot:update emits the whole merged slot; unknown is NOT_FOUND (slotId); an end not
 *          after the start is INVALID (end); a day the camp does not have is INVALID (day).
 * SETUP-12 slot:update may not turn a slot holding sessions into a break or plenary
 *          (IN_USE, kind); moving it in time keeps its sessions.
 * SETUP-13 slot:remove emits slot:removed; unknown is NOT_FOUND (slotId); a slot holding
 *          sessions is IN_USE (slotId).
 */

const setupCommands: Command[] = [
  command('camp:update', { title: 'Neuer Titel' }),
  command('room:add', { room: { id: 'annex', name: 'Anbau', capacity: 10 } }),
  command('room:update', { roomId: ROOM.garden, name: 'Wiese' }),
  command('room:remove', { roomId: ROOM.garden }),
  command('slot:add', {
    slot: { id: 'late', day: DAY, start: '14:00', end: '14:45', kind: 'session' },
  }),
  command('slot:update', { slotId: SLOT.third, label: 'Letzte Runde' }),
  command('slot:remove', { slotId: SLOT.third }),
];

describe('SETUP-1 only a moderator changes the set-up', () => {
  const state = campWithGrid();
  const others: [string, Actor][] = [
    ['participant', ALICE],
    ['viewer', VIEWER],
  ];

  for (const setupCommand of setupCommands) {
    for (const [role, actor] of others) {
      it(`SETUP-1 ${setupCommand.type} from a ${role} is refused with FORBIDDEN`, () => {
        expectRefused(decide(state, setupCommand, actor), 'FORBIDDEN');
      });
    }
    it(`SETUP-1 ${setupCommand.type} from a moderator is accepted`, () => {
      expect(decide(state, setupCommand, MODERATOR).ok).toBe(true);
    });
  }
});

describe('SETUP-2 camp:update', () => {
  it('SETUP-2 emits camp:updated with only the fields given', () => {
    const decision = decideInput(campWithGrid(), MODERATOR, 'camp:update', {
      title: 'NExTcamp Herbst',
      timezone: 'Europe/Vienna',
    });
    expect(eventsOf(decision)).toEqual([
      { type: 'camp:updated', title: 'NExTcamp Herbst', timezone: 'Europe/Vienna' },
    ]);
  });

  it('SETUP-2 an empty update is accepted and changes nothing', () => {
    const state = campWithGrid();
    const decision = decideInput(state, MODERATOR, 'camp:update', {});
    expect(eventsOf(decision)).toEqual([{ type: 'camp:updated' }]);
    expect(applyDecision(state, decision)).toEqual({ ...state, version: state.version + 1 });
  });

  it('SETUP-2 settings are merged into the current settings', () => {
    const state = campWithGrid({ settings: { votesPerParticipant: 3 } });
    const decision = decideInput(state, MODERATOR, 'camp:update', { settings: {} });
    expect(eventsOf(decision)).toEqual([
      { type: 'camp:updated', settings: settingsWith({ votesPerParticipant: 3 }) },
    ]);
    const lifted = decideInput(state, MODERATOR, 'camp:update', {
      settings: { votesPerParticipant: null },
    });
    expect(applyDecision(state, lifted).settings).toEqual(
      settingsWith({ votesPerParticipant: null }),
    );
  });

  it('SETUP-2 a change of one setting keeps every other setting', () => {
    const state = campWithGrid({ settings: { votesPerParticipant: 3, hideHostNames: true } });
    const next = run(state, MODERATOR, 'camp:update', {
      settings: { hideVoteCounts: true, needs: ['Beamer'] },
    });
    expect(next.settings).toEqual(
      settingsWith({
        votesPerParticipant: 3,
        hideHostNames: true,
        hideVoteCounts: true,
        needs: ['Beamer'],
      }),
    );
  });

  it('SETUP-2 adding a day keeps the title, rooms and slots', () => {
    const state = campWithGrid();
    const next = run(state, MODERATOR, 'camp:update', { days: [DAY, DAY_TWO] });
    expect(next.days).toEqual([DAY, DAY_TWO]);
    expect(next.title).toBe(state.title);
    expect(next.rooms).toEqual(state.rooms);
    expect(next.slots).toEqual(state.slots);
  });
});

describe('SETUP-3 camp:update keeps every slot on a camp day', () => {
  it('SETUP-3 dropping a day that still has slots is refused with IN_USE on days', () => {
    const state = campWithGrid();
    expectRefused(
      decideInput(state, MODERATOR, 'camp:update', { days: [DAY_TWO] }),
      'IN_USE',
      'days',
    );
  });

  it('SETUP-3 dropping a day without slots is accepted', () => {
    const state = run(campWithGrid(), MODERATOR, 'camp:update', { days: [DAY, DAY_TWO] });
    const decision = decideInput(state, MODERATOR, 'camp:update', { days: [DAY] });
    expect(eventsOf(decision)).toEqual([{ type: 'camp:updated', days: [DAY] }]);
  });

  it('SETUP-3 a camp without slots may move to another day', () => {
    const decision = decideInput(emptyCamp(), MODERATOR, 'camp:update', { days: [DAY_TWO] });
    expect(eventsOf(decision)).toEqual([{ type: 'camp:updated', days: [DAY_TWO] }]);
  });
});

describe('SETUP-4 camp:update keeps every ballot within the vote limit', () => {
  // Bob's ballot holds two sessions in the planned camp.
  it('SETUP-4 a limit below a cast ballot is refused with INVALID on settings.votesPerParticipant', () => {
    expectRefused(
      decideInput(plannedCamp(), MODERATOR, 'camp:update', {
        settings: { votesPerParticipant: 1 },
      }),
      'INVALID',
      'settings.votesPerParticipant',
    );
  });

  it('SETUP-4 a limit equal to the fullest ballot is accepted', () => {
    const decision = decideInput(plannedCamp(), MODERATOR, 'camp:update', {
      settings: { votesPerParticipant: 2 },
    });
    expect(eventsOf(decision)).toEqual([
      { type: 'camp:updated', settings: settingsWith({ votesPerParticipant: 2 }) },
    ]);
  });

  it('SETUP-4 any limit is accepted before anyone has voted', () => {
    const decision = decideInput(campWithGrid(), MODERATOR, 'camp:update', {
      settings: { votesPerParticipant: 1 },
    });
    expect(eventsOf(decision)).toEqual([
      { type: 'camp:updated', settings: settingsWith({ votesPerParticipant: 1 }) },
    ]);
  });
});

describe('SETUP-5 and SETUP-6 room:add', () => {
  it('SETUP-5 emits room:added with the room', () => {
    const room = { id: 'annex', name: 'Anbau', capacity: 10, features: ['Beamer'] };
    const decision = decideInput(campWithGrid(), MODERATOR, 'room:add', { room });
    expect(eventsOf(decision)).toEqual([{ type: 'room:added', room: { ...room, full: false } }]);
    expect(applyDecision(campWithGrid(), decision).rooms.map((each) => each.id)).toEqual([
      ROOM.aula,
      ROOM.lab,
      ROOM.garden,
      'annex',
    ]);
  });

  it('SETUP-5 a taken room id is refused with ALREADY_EXISTS on room.id', () => {
    expectRefused(
      decideInput(campWithGrid(), MODERATOR, 'room:add', {
        room: { id: ROOM.lab, name: 'Zweites Lab', capacity: 10 },
      }),
      'ALREADY_EXISTS',
      'room.id',
    );
  });

  it(`SETUP-6 a room past the limit of ${ROOMS_MAX} is refused with INVALID on room`, () => {
    let state = emptyCamp();
    for (let index = 0; index < ROOMS_MAX; index += 1) {
      state = run(state, MODERATOR, 'room:add', {
        room: { id: `room-${index}`, name: `Raum ${index}`, capacity: 10 },
      });
    }
    expect(state.rooms).toHaveLength(ROOMS_MAX);
    expectRefused(
      decideInput(state, MODERATOR, 'room:add', {
        room: { id: 'one-too-many', name: 'Zu viel', capacity: 10 },
      }),
      'INVALID',
      'room',
    );
  });
});

describe('SETUP-7 room:update', () => {
  it('SETUP-7 emits room:updated with the whole room, changed fields merged', () => {
    const decision = decideInput(campWithGrid(), MODERATOR, 'room:update', {
      roomId: ROOM.lab,
      capacity: 25,
    });
    expect(eventsOf(decision)).toEqual([
      {
        type: 'room:updated',
        room: { id: ROOM.lab, name: 'Lab', capacity: 25, features: [], full: false },
      },
    ]);
  });

  it('SETUP-7 features change when given; a room marked full stays full', () => {
    const full = run(campWithGrid(), MODERATOR, 'room:mark-full', { roomId: ROOM.lab, full: true });
    const decision = decideInput(full, MODERATOR, 'room:update', {
      roomId: ROOM.lab,
      features: ['Beamer', 'Barrierefreier Zugang'],
    });
    expect(eventsOf(decision)).toEqual([
      {
        type: 'room:updated',
        room: {
          id: ROOM.lab,
          name: 'Lab',
          capacity: 20,
          features: ['Beamer', 'Barrierefreier Zugang'],
          full: true,
        },
      },
    ]);
  });

  it('SETUP-7 an unknown room is refused with NOT_FOUND on roomId', () => {
    expectRefused(
      decideInput(campWithGrid(), MODERATOR, 'room:update', { roomId: 'cellar', name: 'Keller' }),
      'NOT_FOUND',
      'roomId',
    );
  });
});

describe('SETUP-8 room:remove', () => {
  it('SETUP-8 an empty room is removed with room:removed', () => {
    const state = plannedCamp();
    const decision = decideInput(state, MODERATOR, 'room:remove', { roomId: ROOM.garden });
    expect(eventsOf(decision)).toEqual([{ type: 'room:removed', roomId: ROOM.garden }]);
    expect(applyDecision(state, decision).rooms.map((room) => room.id)).toEqual([
      ROOM.aula,
      ROOM.lab,
    ]);
  });

  it('SETUP-8 an unknown room is refused with NOT_FOUND on roomId', () => {
    expectRefused(
      decideInput(plannedCamp(), MODERATOR, 'room:remove', { roomId: 'cellar' }),
      'NOT_FOUND',
      'roomId',
    );
  });

  it('SETUP-8 a room holding a placed session is refused with IN_USE on roomId', () => {
    expectRefused(
      decideInput(plannedCamp(), MODERATOR, 'room:remove', { roomId: ROOM.lab }),
      'IN_USE',
      'roomId',
    );
  });

  it('SETUP-8 the room may go once its session is unplaced', () => {
    const state = run(plannedCamp(), MODERATOR, 'session:unplace', { sessionId: SESSION.ki });
    expect(decideInput(state, MODERATOR, 'room:remove', { roomId: ROOM.lab }).ok).toBe(true);
  });
});

describe('SETUP-9 slot:add', () => {
  it('SETUP-9 emits slot:added with the slot, label defaulting to empty', () => {
    const decision = decideInput(campWithGrid(), MODERATOR, 'slot:add', {
      slot: { id: 'late', day: DAY, start: '14:00', end: '14:45', kind: 'session' },
    });
    expect(eventsOf(decision)).toEqual([
      {
        type: 'slot:added',
        slot: { id: 'late', day: DAY, start: '14:00', end: '14:45', kind: 'session', label: '' },
      },
    ]);
  });

  it('SETUP-9 a taken slot id is refused with ALREADY_EXISTS on slot.id', () => {
    expectRefused(
      decideInput(campWithGrid(), MODERATOR, 'slot:add', {
        slot: { id: SLOT.first, day: DAY, start: '17:00', end: '17:45', kind: 'session' },
      }),
      'ALREADY_EXISTS',
      'slot.id',
    );
  });

  it('SETUP-9 a slot on a day the camp does not have is refused with INVALID on slot.day', () => {
    expectRefused(
      decideInput(campWithGrid(), MODERATOR, 'slot:add', {
        slot: { id: 'late', day: DAY_TWO, start: '14:00', end: '14:45', kind: 'session' },
      }),
      'INVALID',
      'slot.day',
    );
  });

  it(`SETUP-9 a slot past the limit of ${SLOTS_MAX} is refused with INVALID on slot`, () => {
    const days = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'];
    let state = emptyCamp({ days });
    for (let index = 0; index < SLOTS_MAX; index += 1) {
      const day = days[Math.floor(index / 24)] ?? DAY;
      const hour = String(index % 24).padStart(2, '0');
      state = run(state, MODERATOR, 'slot:add', {
        slot: { id: `slot-${index}`, day, start: `${hour}:00`, end: `${hour}:30`, kind: 'session' },
      });
    }
    expect(state.slots).toHaveLength(SLOTS_MAX);
    expectRefused(
      decideInput(state, MODERATOR, 'slot:add', {
        slot: { id: 'one-too-many', day: DAY, start: '10:00', end: '10:30', kind: 'session' },
      }),
      'INVALID',
      'slot',
    );
  });
});

describe('SETUP-10 slots on one day do not overlap', () => {
  it('SETUP-10 a new slot overlapping another is refused with CONFLICT on slot.start', () => {
    expectRefused(
      decideInput(campWithGrid(), MODERATOR, 'slot:add', {
        slot: { id: 'late', day: DAY, start: '13:30', end: '14:15', kind: 'session' },
      }),
      'CONFLICT',
      'slot.start',
    );
  });

  it('SETUP-10 a new slot enclosing another is refused with CONFLICT on slot.start', () => {
    expectRefused(
      decideInput(campWithGrid(), MODERATOR, 'slot:add', {
        slot: { id: 'long', day: DAY, start: '08:00', end: '18:00', kind: 'plenary' },
      }),
      'CONFLICT',
      'slot.start',
    );
  });

  it('SETUP-10 a slot starting when another ends is accepted', () => {
    const decision = decideInput(campWithGrid(), MODERATOR, 'slot:add', {
      slot: { id: 'late', day: DAY, start: '13:45', end: '14:30', kind: 'session' },
    });
    expect(decision.ok).toBe(true);
  });

  it('SETUP-10 the same times on another day are accepted', () => {
    const state = run(campWithGrid(), MODERATOR, 'camp:update', { days: [DAY, DAY_TWO] });
    const decision = decideInput(state, MODERATOR, 'slot:add', {
      slot: { id: 'day-two-first', day: DAY_TWO, start: '10:15', end: '11:00', kind: 'session' },
    });
    expect(decision.ok).toBe(true);
  });

  it('SETUP-10 moving a slot onto another is refused with CONFLICT on start', () => {
    expectRefused(
      decideInput(campWithGrid(), MODERATOR, 'slot:update', {
        slotId: SLOT.third,
        start: '11:30',
        end: '12:15',
      }),
      'CONFLICT',
      'start',
    );
  });

  it('SETUP-10 a slot does not overlap with itself when it grows', () => {
    const decision = decideInput(campWithGrid(), MODERATOR, 'slot:update', {
      slotId: SLOT.third,
      end: '14:00',
    });
    expect(decision.ok).toBe(true);
  });
});

describe('SETUP-11 slot:update', () => {
  it('SETUP-11 emits slot:updated with the whole slot, changed fields merged', () => {
    const decision = decideInput(campWithGrid(), MODERATOR, 'slot:update', {
      slotId: SLOT.lunch,
      label: 'Mittagessen',
      end: '12:45',
    });
    expect(eventsOf(decision)).toEqual([
      {
        type: 'slot:updated',
        slot: {
          id: SLOT.lunch,
          day: DAY,
          start: '12:00',
          end: '12:45',
          kind: 'break',
          label: 'Mittagessen',
        },
      },
    ]);
  });

  it('SETUP-11 an unknown slot is refused with NOT_FOUND on slotId', () => {
    expectRefused(
      decideInput(campWithGrid(), MODERATOR, 'slot:update', { slotId: 'midnight', label: 'x' }),
      'NOT_FOUND',
      'slotId',
    );
  });

  it('SETUP-11 an end not after the merged start is refused with INVALID on end', () => {
    expectRefused(
      decideInput(campWithGrid(), MODERATOR, 'slot:update', { slotId: SLOT.third, end: '13:00' }),
      'INVALID',
      'end',
    );
    expectRefused(
      decideInput(campWithGrid(), MODERATOR, 'slot:update', {
        slotId: SLOT.third,
        start: '14:00',
      }),
      'INVALID',
      'end',
    );
  });

  it('SETUP-11 a day the camp does not have is refused with INVALID on day', () => {
    expectRefused(
      decideInput(campWithGrid(), MODERATOR, 'slot:update', { slotId: SLOT.third, day: DAY_TWO }),
      'INVALID',
      'day',
    );
  });

  it('SETUP-11 a slot may move to another camp day', () => {
    const state = run(campWithGrid(), MODERATOR, 'camp:update', { days: [DAY, DAY_TWO] });
    const next = run(state, MODERATOR, 'slot:update', { slotId: SLOT.third, day: DAY_TWO });
    expect(next.slots.find((slot) => slot.id === SLOT.third)?.day).toBe(DAY_TWO);
  });
});

describe('SETUP-12 slot:update keeps placed sessions in session slots', () => {
  for (const kind of ['break', 'plenary'] as const) {
    it(`SETUP-12 making a slot holding sessions a ${kind} is refused with IN_USE on kind`, () => {
      expectRefused(
        decideInput(plannedCamp(), MODERATOR, 'slot:update', { slotId: SLOT.first, kind }),
        'IN_USE',
        'kind',
      );
    });
  }

  it('SETUP-12 an empty session slot may become a break', () => {
    const decision = decideInput(plannedCamp(), MODERATOR, 'slot:update', {
      slotId: SLOT.third,
      kind: 'break',
    });
    expect(eventsOf(decision)).toEqual([
      {
        type: 'slot:updated',
        slot: { id: SLOT.third, day: DAY, start: '13:00', end: '13:45', kind: 'break', label: '' },
      },
    ]);
  });

  it('SETUP-12 moving a slot in time keeps its sessions placed', () => {
    const state = plannedCamp();
    const next = run(state, MODERATOR, 'slot:update', {
      slotId: SLOT.first,
      start: '10:05',
      end: '10:50',
    });
    expect(next.sessions).toEqual(state.sessions);
  });
});

describe('SETUP-13 slot:remove', () => {
  it('SETUP-13 an empty slot is removed with slot:removed', () => {
    const state = plannedCamp();
    const decision = decideInput(state, MODERATOR, 'slot:remove', { slotId: SLOT.lunch });
    expect(eventsOf(decision)).toEqual([{ type: 'slot:removed', slotId: SLOT.lunch }]);
    expect(applyDecision(state, decision).slots.map((slot) => slot.id)).toEqual([
      SLOT.opening,
      SLOT.first,
      SLOT.second,
      SLOT.third,
    ]);
  });

  it('SETUP-13 an unknown slot is refused with NOT_FOUND on slotId', () => {
    expectRefused(
      decideInput(plannedCamp(), MODERATOR, 'slot:remove', { slotId: 'midnight' }),
      'NOT_FOUND',
      'slotId',
    );
  });

  it('SETUP-13 a slot holding sessions is refused with IN_USE on slotId', () => {
    expectRefused(
      decideInput(plannedCamp(), MODERATOR, 'slot:remove', { slotId: SLOT.second }),
      'IN_USE',
      'slotId',
    );
  });
});
