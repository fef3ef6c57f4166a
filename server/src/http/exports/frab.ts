import { createHash } from 'node:crypto';
import { type CampState, orderedSlots } from '@campgrid/shared';
import { formatDuration, isoWithOffset } from './camp-time.js';
import { durationMinutes, type ScheduleEntry, sessionUrl } from './schedule-entries.js';

/** A UUID made from a name, so every export gives a session the same guid (RFC 4122, version 5 layout). */
export function nameUuid(name: string): string {
  const hex = createHash('sha1').update(name).digest('hex');
  const variant = ((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `5${hex.slice(13, 16)}`,
    `${variant}${hex.slice(18, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}

/** frab's event ids are integers; this one is stable per session and below 2^31. */
export function numericId(name: string): number {
  return Number.parseInt(createHash('sha1').update(name).digest('hex').slice(0, 7), 16) + 1;
}

export interface FrabPerson {
  id: number;
  public_name: string;
}

export interface FrabEvent {
  guid: string;
  id: number;
  date: string;
  start: string;
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  subtitle: string;
  track: null;
  type: string;
  language: string;
  abstract: string;
  description: string;
  do_not_record: boolean;
  persons: FrabPerson[];
  links: { url: string; title: string }[];
  attachments: never[];
}

export interface FrabDay {
  index: number;
  date: string;
  day_start: string;
  day_end: string;
  rooms: Record<string, FrabEvent[]>;
}

export interface FrabSchedule {
  generator: { name: string };
  schedule: {
    version: string;
    base_url: string;
    conference: {
      acronym: string;
      title: string;
      start: string;
      end: string;
      daysCount: number;
      timeslot_duration: string;
      time_zone_name: string;
      url: string;
      rooms: { name: string; guid: string }[];
      days: FrabDay[];
    };
  };
}

function frabEvent(camp: CampState, entry: ScheduleEntry, origin: string): FrabEvent {
  const { session, room, slot } = entry;
  const url = sessionUrl(origin, camp, session);
  const cancelled = session.cancellation
    ? `Abgesagt / Cancelled${session.cancellation.reason ? `: ${session.cancellation.reason}` : ''}`
    : '';
  return {
    guid: nameUuid(`campgrid:${camp.id}:${session.id}`),
    id: numericId(`${camp.id}:${session.id}`),
    date: isoWithOffset(slot.day, slot.start, camp.timezone),
    start: slot.start,
    duration: formatDuration(durationMinutes(slot)),
    room: room.name,
    slug: `${camp.slug}-${session.id}`,
    url,
    title: cancelled ? `${session.title} (${cancelled})` : session.title,
    subtitle: '',
    track: null,
    type: session.format,
    language: session.language,
    abstract: '',
    description: session.description,
    // Chatham House Rule: barcamp sessions are not recorded.
    do_not_record: true,
    persons: session.hosts.map((host) => ({
      id: numericId(`${camp.id}:host:${host.participantId ?? host.name}`),
      public_name: host.name,
    })),
    links: [{ url, title: session.title }],
    attachments: [],
  };
}

/**
 * The published schedule in the frab schedule.json format that Giggity, ConfClerk, the
 * c3nav/fahrplan apps and the voc tooling read: days, then rooms by name, then events.
 */
export function frabSchedule(
  camp: CampState,
  entries: readonly ScheduleEntry[],
  origin: string,
  version: string,
): FrabSchedule {
  const slots = orderedSlots(camp);
  const days: FrabDay[] = camp.days.map((day, index) => {
    const daySlots = slots.filter((slot) => slot.day === day);
    const first = daySlots[0]?.start ?? '00:00';
    const last =
      daySlots
        .map((slot) => slot.end)
        .sort()
        .at(-1) ?? first;
    const rooms: Record<string, FrabEvent[]> = {};
    for (const room of camp.rooms) rooms[room.name] = [];
    for (const entry of entries) {
      if (entry.slot.day !== day) continue;
      rooms[entry.room.name]?.push(frabEvent(camp, entry, origin));
    }
    return {
      index,
      date: day,
      day_start: isoWithOffset(day, first, camp.timezone),
      day_end: isoWithOffset(day, last, camp.timezone),
      rooms,
    };
  });
  const scheduleUrl = `${origin}/c/${encodeURIComponent(camp.slug)}`;
  return {
    generator: { name: 'campgrid' },
    schedule: {
      version,
      base_url: `${scheduleUrl}/`,
      conference: {
        acronym: camp.slug,
        title: camp.title,
        start: camp.days[0] ?? '',
        end: camp.days[camp.days.length - 1] ?? '',
        daysCount: camp.days.length,
        timeslot_duration: '00:15',
        time_zone_name: camp.timezone,
        url: scheduleUrl,
        rooms: camp.rooms.map((room) => ({
          name: room.name,
          guid: nameUuid(`campgrid:${camp.id}:room:${room.id}`),
        })),
        days,
      },
    },
  };
}
