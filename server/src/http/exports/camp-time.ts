import { campInstant, type LocalDate, type LocalTime, offsetMinutesAt } from '@campgrid/shared';

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
