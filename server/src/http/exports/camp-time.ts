import { type LocalDate, type LocalTime, minutesOf } from '@campgrid/shared';

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

/** "+01:00", "-05:30": an ISO 8601 offset. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  return `${sign}${hours}:${String(absolute % 60).padStart(2, '0')}`;
}

/** 2026-11-28T10:15:00+01:00: a camp-local time with the offset in force then. */
export function isoWithOffset(day: LocalDate, time: LocalTime, timeZone: string): string {
  const offset = offsetMinutesAt(campInstant(day, time, timeZone), timeZone);
  return `${day}T${time}:00${formatOffset(offset)}`;
}

/** "00:45": a duration as frab writes it. */
export function formatDuration(minutes: number): string {
  const hours = String(Math.floor(minutes / 60)).padStart(2, '0');
  return `${hours}:${String(minutes % 60).padStart(2, '0')}`;
}
