import type { CampState } from '@campgrid/shared';
import { type ScheduleEntry, sessionUrl } from './schedule-entries.js';

/** Excel reads a file as UTF-8 only when it starts with this mark. */
export const UTF8_BOM = '\uFEFF';

export type CsvSeparator = ',' | ';';

/** A field is quoted when it holds the separator, a quote or a line break (RFC 4180). */
export function csvField(value: string, separator: CsvSeparator): string {
  const needsQuotes =
    value.includes(separator) ||
    value.includes('"') ||
    /[\r\n]/.test(value) ||
    /^\s|\s$/.test(value);
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

const HEADER = [
  'date',
  'start',
  'end',
  'room',
  'title',
  'hosts',
  'tags',
  'format',
  'language',
  'status',
  'cancellation_reason',
  'description',
  'url',
];

/**
 * The published schedule as CSV, one session per row, CRLF line ends. Commas by default; German
 * Excel splits columns on semicolons, which `;` gives.
 */
export function scheduleCsv(
  camp: CampState,
  entries: readonly ScheduleEntry[],
  origin: string,
  separator: CsvSeparator = ',',
): string {
  const rows = entries.map(({ session, room, slot }) => [
    slot.day,
    slot.start,
    slot.end,
    room.name,
    session.title,
    session.hosts.map((host) => host.name).join(', '),
    session.tags.join(', '),
    session.format,
    session.language,
    session.cancellation ? 'cancelled' : 'confirmed',
    session.cancellation?.reason ?? '',
    session.description,
    sessionUrl(origin, camp, session),
  ]);
  const lines = [HEADER, ...rows].map((row) =>
    row.map((field) => csvField(field, separator)).join(separator),
  );
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
