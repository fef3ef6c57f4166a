import type { LocalDate, LocalTime, Slot } from '@campgrid/shared';
import type { Language } from '../store/index.js';

/** The grid's and the schedule's time label, e.g. 10:15–11:00 (slots are camp-local already). */
export function timeRange(slot: Pick<Slot, 'start' | 'end'>): string {
  return `${slot.start}–${slot.end}`;
}

/** A camp day, e.g. "Samstag, 28. November". The date is camp-local, so it is read as UTC noon. */
export function formatDay(day: LocalDate, language: Language): string {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, date, 12)));
}

/** A moment as the camp's wall clock shows it, e.g. 10:42. */
export function formatClock(at: number, timeZone: string, language: Language): string {
  return new Intl.DateTimeFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(at);
}

/** The camp's local day and time at a moment, to find the slot that is running. */
export function campClock(at: number, timeZone: string): { day: LocalDate; time: LocalTime } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((item) => item.type === type)?.value ?? '00';
  return {
    day: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}
