import {
  type CampState,
  campInstant,
  findRoom,
  findSlot,
  type LocalDate,
  type LocalTime,
  orderedSlots,
  type Room,
  type Session,
  type Slot,
} from '@campgrid/shared';

export interface CampClock {
  day: LocalDate;
  time: LocalTime;
}

/** A placed session with where and when it takes place. */
export interface PlacedSession {
  session: Session;
  room: Room;
  slot: Slot;
}

function isPitch(session: Session): boolean {
  return session.kind === 'pitch';
}

/** Every placed session of a slot, in the rooms' order. */
export function sessionsInSlot(camp: CampState, slot: Slot): PlacedSession[] {
  return camp.rooms.flatMap((room) => {
    const session = camp.sessions.find(
      (candidate) =>
        candidate.placement?.slotId === slot.id && candidate.placement.roomId === room.id,
    );
    return session ? [{ session, room, slot }] : [];
  });
}

/** Every placed session of a room, in time order. */
export function sessionsInRoom(camp: CampState, room: Room): PlacedSession[] {
  return orderedSlots(camp).flatMap((slot) => {
    const session = camp.sessions.find(
      (candidate) =>
        candidate.placement?.slotId === slot.id && candidate.placement.roomId === room.id,
    );
    return session ? [{ session, room, slot }] : [];
  });
}

export function placedSession(camp: CampState, session: Session): PlacedSession | null {
  if (session.placement === null) return null;
  const room = findRoom(camp, session.placement.roomId);
  const slot = findSlot(camp, session.placement.slotId);
  return room && slot ? { session, room, slot } : null;
}

export function isRunning(slot: Slot, clock: CampClock | null): boolean {
  return (
    clock !== null && slot.day === clock.day && slot.start <= clock.time && clock.time < slot.end
  );
}

export interface NowAndNext {
  /** The slot running now (a session slot, a break or a plenary), if any. */
  current: Slot | null;
  /** The next slot that starts later today. */
  next: Slot | null;
  /** When `next` starts, ms since the epoch, for the countdown. */
  nextStartsAt: number | null;
}

/** What runs now and what comes next today, on the camp's wall clock. */
export function nowAndNext(camp: CampState, clock: CampClock | null): NowAndNext {
  if (clock === null) return { current: null, next: null, nextStartsAt: null };
  const today = orderedSlots(camp).filter((slot) => slot.day === clock.day);
  const current = today.find((slot) => isRunning(slot, clock)) ?? null;
  const next = today.find((slot) => slot.start > clock.time) ?? null;
  return {
    current,
    next,
    nextStartsAt: next ? campInstant(next.day, next.start, camp.timezone) : null,
  };
}

/** Every tag any pitched session carries, sorted for the filter. */
export function allTags(camp: CampState): string[] {
  const tags = new Set(camp.sessions.filter(isPitch).flatMap((session) => session.tags));
  return [...tags].sort((a, b) => a.localeCompare(b));
}

export interface SessionFilter {
  query: string;
  tag: string | null;
}

export const NO_FILTER: SessionFilter = { query: '', tag: null };

export function isFiltering(filter: SessionFilter): boolean {
  return filter.query.trim() !== '' || filter.tag !== null;
}

/** Search in title, description, hosts (when shown) and tags, case- and accent-insensitively. */
export function matchesFilter(
  session: Session,
  filter: SessionFilter,
  showHosts: boolean,
): boolean {
  if (filter.tag !== null && !session.tags.includes(filter.tag)) return false;
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(
    [
      session.title,
      session.description,
      ...session.tags,
      ...(showHosts ? session.hosts.map((host) => host.name) : []),
    ].join(' '),
  );
  return words.every((word) => haystack.includes(word));
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('de');
}

/** Host names are shown unless the camp keeps them out of the public schedule. */
export function showsHosts(camp: CampState): boolean {
  return !camp.settings.hideHostNames;
}

/**
 * The session's notes page from the camp's template: `{camp}` is the slug, `{session}` the id.
 * Only http(s) links come out; anything else gives null.
 */
export function notesUrl(camp: CampState, session: Session): string | null {
  const template = camp.settings.notesUrlTemplate;
  if (template === null) return null;
  const url = template
    .replaceAll('{camp}', encodeURIComponent(camp.slug))
    .replaceAll('{session}', encodeURIComponent(session.id));
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}

/** Pitches for the planning view: what attendees see before the schedule is published. */
export function pitches(camp: CampState): Session[] {
  return camp.sessions.filter(isPitch).sort((a, b) => a.title.localeCompare(b.title, 'de'));
}
