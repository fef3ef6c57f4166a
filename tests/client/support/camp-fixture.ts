import {
  type CampState,
  campStateFromSetup,
  DEFAULT_CAMP_SETTINGS,
  defaultDaySlots,
  defaultRooms,
  newSession,
  type Placement,
  type Session,
  type Viewer,
} from '@campgrid/shared';

export const SLUG = 'testcamp';
export const DAY = '2026-11-28';

/**
 * A camp on the default day template with two rooms: slots d1s1 (09:00 plenary), d1s2 10:15,
 * d1s3 11:15, d1s4 12:15, d1s5 (13:00 lunch break), d1s6 14:00, d1s7 15:00, d1s8 (16:00 plenary).
 */
export function campFixture(changes: Partial<CampState> = {}): CampState {
  return {
    ...campStateFromSetup({
      id: 'camp-1',
      slug: SLUG,
      title: 'Testcamp',
      timezone: 'Europe/Berlin',
      days: [DAY],
      settings: DEFAULT_CAMP_SETTINGS,
      phases: { pitching: true, voting: true },
      rooms: defaultRooms(2),
      slots: defaultDaySlots([DAY]),
    }),
    version: 1,
    ...changes,
  };
}

export function sessionFixture(id: string, title: string, changes: Partial<Session> = {}): Session {
  return {
    ...newSession({
      id,
      kind: 'pitch',
      title,
      description: '',
      hosts: [{ name: 'Grace', participantId: null }],
      tags: [],
      format: 'discussion',
      language: 'de',
    }),
    ...changes,
  };
}

export function at(roomId: string, slotId: string): Placement {
  return { roomId, slotId };
}

export const PARTICIPANT: Viewer = {
  role: 'participant',
  participantId: 'p-ada',
  displayName: 'Ada',
};
export const MODERATOR_VIEWER: Viewer = {
  role: 'moderator',
  participantId: null,
  displayName: null,
};
