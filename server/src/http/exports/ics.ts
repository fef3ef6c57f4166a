import { createHash } from 'node:crypto';
import type { CampState } from '@campgrid/shared';
import { type ScheduleEntry, sessionUrl } from './schedule-entries.js';
import { vtimezoneLines } from './vtimezone.js';

const LINE_OCTETS = 75;

/** TEXT values escape backslashes, semicolons, commas and line breaks (RFC 5545, 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line after at most 75 octets (RFC 5545, 3.1), never inside a UTF-8 character;
 * each continuation starts with a space, which counts towards its 75.
 */
export function foldLine(line: string): string {
  const folded: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    const limit = folded.length === 0 ? LINE_OCTETS : LINE_OCTETS - 1;
    if (octets + size > limit) {
      folded.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  folded.push(current);
  return folded.join('\r\n ');
}

/** 20261128T101500: a camp-local date and time as a DATE-TIME with TZID. */
function localDateTime(day: string, time: string): string {
  return `${day.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

function utcStamp(at: number): string {
  return new Date(at)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/** Stable across exports and feeds, so a calendar updates the event instead of adding another. */
export function eventUid(camp: CampState, sessionId: string): string {
  const campPart = createHash('sha256').update(camp.id).digest('hex').slice(0, 16);
  return `${sessionId}.${campPart}@campgrid`;
}

function eventLines(
  camp: CampState,
  entry: ScheduleEntry,
  origin: string,
  stamp: string,
): string[] {
  const { session, room, slot } = entry;
  const hosts = session.hosts.map((host) => host.name).join(', ');
  const description = [
    session.cancellation ? `Abgesagt / Cancelled: ${session.cancellation.reason}`.trim() : '',
    session.description,
    hosts ? `Hosts: ${hosts}` : '',
  ]
    .filter((part) => part !== '')
    .join('\n\n');
  const lines = [
    'BEGIN:VEVENT',
    `UID:${eventUid(camp, session.id)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;TZID=${camp.timezone}:${localDateTime(slot.day, slot.start)}`,
    `DTEND;TZID=${camp.timezone}:${localDateTime(slot.day, slot.end)}`,
    `SUMMARY:${escapeText(session.title)}`,
    `LOCATION:${escapeText(room.name)}`,
    `URL:${sessionUrl(origin, camp, session)}`,
    `STATUS:${session.cancellation ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
  ];
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  if (session.tags.length > 0) {
    lines.push(`CATEGORIES:${session.tags.map(escapeText).join(',')}`);
  }
  lines.push('END:VEVENT');
  return lines;
}

export interface CalendarOptions {
  camp: CampState;
  entries: readonly ScheduleEntry[];
  /** The calendar's name in calendar apps. */
  name: string;
  /** Where the app runs, for each event's link back to its session page. */
  origin: string;
  /** DTSTAMP: when this copy was made. */
  now: number;
}

/** An iCalendar (RFC 5545) file: CRLF line ends, folded lines, times in the camp's zone. */
export function calendarFile(options: CalendarOptions): string {
  const { camp, entries, name, origin, now } = options;
  const stamp = utcStamp(now);
  const years = [...new Set(camp.days.map((day) => Number(day.slice(0, 4))))];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//campgrid//campgrid schedule//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${camp.timezone}`,
    ...vtimezoneLines(camp.timezone, years),
    ...entries.flatMap((entry) => eventLines(camp, entry, origin, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
