import type {
  PlannerInput,
  PlannerRoom,
  PlannerSession,
  PlannerSlot,
} from '../../../../shared/src/planning/index.js';

/** Small hand-built camps: only what a test is about has to be spelled out. */
export function room(id: string, capacity: number, features: string[] = []): PlannerRoom {
  return { id, capacity, features };
}

export function slot(id: string, start = '10:00'): PlannerSlot {
  const [hours = '10', minutes = '00'] = start.split(':');
  return { id, day: '2026-11-28', start, end: `${hours}:${String(Number(minutes) + 45)}` };
}

export function session(
  id: string,
  fields: Partial<Omit<PlannerSession, 'id'>> = {},
): PlannerSession {
  return {
    id,
    interest: 0,
    hosts: [],
    needs: [],
    allowedSlotIds: null,
    placement: null,
    pinned: false,
    ...fields,
  };
}

export function at(roomId: string, slotId: string) {
  return { roomId, slotId };
}

export function camp(fields: Partial<PlannerInput>): PlannerInput {
  return {
    rooms: [],
    slots: [],
    sessions: [],
    ballots: {},
    options: { replaceUnpinned: false },
    ...fields,
  };
}

/** `count` participants who all vote for exactly the given sessions; ids carry a prefix to stay apart. */
export function voters(
  prefix: string,
  count: number,
  sessionIds: string[],
): Record<string, string[]> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, index) => [`${prefix}-${index}`, sessionIds]),
  );
}
