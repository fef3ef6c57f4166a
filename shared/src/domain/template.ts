import type { Room, Slot, SlotKind } from './camp.js';
import type { LocalDate } from './primitives.js';

export const SESSION_MINUTES = 45;
export const CHANGEOVER_MINUTES = 15;

interface TemplateSlot {
  start: string;
  end: string;
  kind: SlotKind;
  label: string;
}

/**
 * A NExTcamp day: the opening plenary holds the session planning, then 45-minute sessions with
 * 15-minute changeovers, lunch, and a closing plenary. Labels are German, the camps' language.
 */
const DAY_TEMPLATE: readonly TemplateSlot[] = [
  { start: '09:00', end: '10:00', kind: 'plenary', label: 'Begrüßung & Sessionplanung' },
  { start: '10:15', end: '11:00', kind: 'session', label: '' },
  { start: '11:15', end: '12:00', kind: 'session', label: '' },
  { start: '12:15', end: '13:00', kind: 'session', label: '' },
  { start: '13:00', end: '14:00', kind: 'break', label: 'Mittagspause' },
  { start: '14:00', end: '14:45', kind: 'session', label: '' },
  { start: '15:00', end: '15:45', kind: 'session', label: '' },
  { start: '16:00', end: '16:45', kind: 'plenary', label: 'Abschluss' },
];

export function defaultDaySlots(days: readonly LocalDate[]): Slot[] {
  return days.flatMap((day, dayIndex) =>
    DAY_TEMPLATE.map((slot, index) => ({ ...slot, day, id: `d${dayIndex + 1}s${index + 1}` })),
  );
}

export function defaultRooms(count = 4): Room[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `r${index + 1}`,
    name: `Raum ${index + 1}`,
    capacity: 30,
    features: [],
    full: false,
  }));
}
