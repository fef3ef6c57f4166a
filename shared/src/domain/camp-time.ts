/* Camp-local wall-clock times and the moments they happen, in the camp's IANA time zone. */
import { type LocalDate, type LocalTime, minutesOf } from './primitives.js';

const MINUTE_MS = 60_000;

/** The zone's offset from UTC at a moment, in minutes (Berlin in summer: 120). */
export function offsetMinutesAt(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((item) => item.type === type)?.value ?? 0);
  const wallClock = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
  );
  const wholeMinute = Math.floor(at / MINUTE_MS) * MINUTE_MS;
  return Math.round((wallClock - wholeMinute) / MINUTE_MS);
}

function wallClockAsUtc(day: LocalDate, time: LocalTime): number {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return Date.UTC(year, month - 1, date) + minutesOf(time) * MINUTE_MS;
}

/**
 * The moment a camp-local wall-clock time happens. Two guesses settle it around a change of
 * offset; a time skipped by the spring change counts in the offset before the change.
 */
export function campInstant(day: LocalDate, time: LocalTime, timeZone: string): number {
  const local = wallClockAsUtc(day, time);
  const first = local - offsetMinutesAt(local, timeZone) * MINUTE_MS;
  return local - offsetMinutesAt(first, timeZone) * MINUTE_MS;
}
