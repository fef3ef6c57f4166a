import { offsetMinutesAt } from '@campgrid/shared';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

interface Transition {
  /** The first moment of the new offset. */
  at: number;
  from: number;
  to: number;
}

/** The minute the offset changes within (before, after], which differ in offset. */
function findChange(before: number, after: number, timeZone: string): number {
  let low = before;
  let high = after;
  const start = offsetMinutesAt(low, timeZone);
  while (high - low > MINUTE_MS) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (offsetMinutesAt(middle, timeZone) === start) low = middle;
    else high = middle;
  }
  return high;
}

/** Every change of the zone's offset between two moments, read from Intl's time zone data. */
export function offsetTransitions(from: number, to: number, timeZone: string): Transition[] {
  const transitions: Transition[] = [];
  let previous = from;
  let previousOffset = offsetMinutesAt(previous, timeZone);
  for (let at = from + DAY_MS; at <= to; at += DAY_MS) {
    const offset = offsetMinutesAt(at, timeZone);
    if (offset !== previousOffset) {
      transitions.push({
        at: findChange(previous, at, timeZone),
        from: previousOffset,
        to: offset,
      });
      previousOffset = offset;
    }
    previous = at;
  }
  return transitions;
}

function icsOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}${String(absolute % 60).padStart(2, '0')}`;
}

/** A moment as local time in the given offset, in iCalendar's form: 20261025T030000. */
function localStamp(at: number, offsetMinutes: number): string {
  return new Date(at + offsetMinutes * MINUTE_MS)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, '');
}

/**
 * A VTIMEZONE for the camp's zone covering the given years and the one before (whose autumn
 * change is in force in January), one STANDARD or DAYLIGHT part per change: calendar apps then
 * need no zone database of their own, and the times stay right even where theirs is old.
 */
export function vtimezoneLines(timeZone: string, years: readonly number[]): string[] {
  const first = Math.min(...years) - 1;
  const last = Math.max(...years);
  const from = Date.UTC(first, 0, 1);
  const to = Date.UTC(last + 1, 0, 1);
  const transitions = offsetTransitions(from, to, timeZone);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  if (transitions.length === 0) {
    const offset = icsOffset(offsetMinutesAt(from, timeZone));
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offset}`,
      `TZOFFSETTO:${offset}`,
      'END:STANDARD',
    );
  }
  for (const transition of transitions) {
    // Clocks going forward start daylight saving time, in either hemisphere.
    const kind = transition.to > transition.from ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${localStamp(transition.at, transition.from)}`,
      `TZOFFSETFROM:${icsOffset(transition.from)}`,
      `TZOFFSETTO:${icsOffset(transition.to)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
