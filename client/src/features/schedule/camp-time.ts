import { type LocalDate, type LocalTime, minutesOf } from '@campgrid/shared';

const MINUTE_MS = 60_000;

/** The zone's offset from UTC at a moment, in minutes (Berlin in summer: 120). */
function offsetMinutesAt(at: number, timeZone: string): number {
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
  return Math.round((wallClock - Math.floor(at / MINUTE_MS) * MINUTE_MS) / MINUTE_MS);
}

/**
 * The moment a camp-local wall-clock time happens, for countdowns. Two guesses settle it around
 * a change of offset.
 */
export function campInstant(day: LocalDate, time: LocalTime, timeZone: string): number {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  const local = Date.UTC(year, month - 1, date) + minutesOf(time) * MINUTE_MS;
  const first = local - offsetMinutesAt(local, timeZone) * MINUTE_MS;
  return local - offsetMinutesAt(first, timeZone) * MINUTE_MS;
}
