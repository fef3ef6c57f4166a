import {
  CHANGEOVER_MINUTES,
  defaultDaySlots,
  defaultRooms,
  minutesOf,
  RoomSchema,
  SESSION_MINUTES,
  SlotSchema,
} from '@campgrid/shared';
import { describe, expect, it } from 'vitest';

/*
 * The default day template a new camp starts from.
 * DOMAIN-6 Each day opens with a plenary, holds 45-minute session slots with 15-minute
 *          changeovers, a lunch break and a closing plenary; its slots are valid, in order, and
 *          do not overlap.
 * DOMAIN-7 Slot ids are unique across days; default rooms are valid and numbered.
 */

const days = ['2026-11-28', '2026-11-29'];

describe('DOMAIN-6 the day template', () => {
  const slots = defaultDaySlots(days);

  it('DOMAIN-6 every slot passes the slot schema', () => {
    for (const slot of slots) expect(SlotSchema.parse(slot)).toEqual(slot);
  });

  it('DOMAIN-6 each day runs plenary, sessions, break, sessions, plenary', () => {
    for (const day of days) {
      const kinds = slots.filter((slot) => slot.day === day).map((slot) => slot.kind);
      expect(kinds[0]).toBe('plenary');
      expect(kinds.at(-1)).toBe('plenary');
      expect(kinds.filter((kind) => kind === 'break')).toHaveLength(1);
      expect(kinds.filter((kind) => kind === 'session').length).toBeGreaterThanOrEqual(4);
    }
  });

  it('DOMAIN-6 session slots last 45 minutes and follow 15-minute changeovers', () => {
    const daySlots = slots.filter((slot) => slot.day === days[0]);
    for (const [index, slot] of daySlots.entries()) {
      const previous = daySlots[index - 1];
      if (previous) expect(minutesOf(slot.start)).toBeGreaterThanOrEqual(minutesOf(previous.end));
      if (slot.kind !== 'session') continue;
      expect(minutesOf(slot.end) - minutesOf(slot.start)).toBe(SESSION_MINUTES);
      if (previous?.kind === 'session') {
        expect(minutesOf(slot.start) - minutesOf(previous.end)).toBe(CHANGEOVER_MINUTES);
      }
    }
  });
});

describe('DOMAIN-7 ids and rooms', () => {
  it('DOMAIN-7 slot ids are unique across days', () => {
    const ids = defaultDaySlots(days).map((slot) => slot.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('DOMAIN-7 default rooms are valid, numbered and as many as asked', () => {
    const rooms = defaultRooms(6);
    expect(rooms).toHaveLength(6);
    for (const room of rooms) expect(RoomSchema.parse(room)).toEqual(room);
    expect(new Set(rooms.map((room) => room.id)).size).toBe(6);
    expect(defaultRooms()).toHaveLength(4);
  });
});
