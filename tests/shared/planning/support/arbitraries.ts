import fc from 'fast-check';
import type {
  PlannerInput,
  PlannerPlacement,
  PlannerSession,
} from '../../../../shared/src/planning/index.js';

export const FEATURES = ['projector', 'step-free', 'kitchen'] as const;
const HOSTS = ['ada', 'bo', 'cy', 'di', 'ed', 'fi', 'gu', 'hal', 'ivo', 'jo'] as const;

export interface CampSize {
  readonly maxRooms: number;
  readonly maxSlots: number;
  readonly maxSessions: number;
  readonly maxParticipants: number;
}

/**
 * Random camps with every planning feature: capacities, features and needs, shared hosts, time
 * limits (sometimes naming slots that are not bookable), placements, pins and ballots. Two sessions
 * never start in one cell, as the decider guarantees.
 */
export function plannerInputArbitrary(size: CampSize): fc.Arbitrary<PlannerInput> {
  return fc
    .record({
      roomCount: fc.integer({ min: 0, max: size.maxRooms }),
      slotCount: fc.integer({ min: 0, max: size.maxSlots }),
      sessionCount: fc.integer({ min: 0, max: size.maxSessions }),
      participantCount: fc.integer({ min: 0, max: size.maxParticipants }),
    })
    .chain(({ roomCount, slotCount, sessionCount, participantCount }) => {
      const roomIds = Array.from({ length: roomCount }, (_, index) => `room-${index}`);
      const slotIds = Array.from({ length: slotCount }, (_, index) => `slot-${index}`);
      const sessionIds = Array.from({ length: sessionCount }, (_, index) => `session-${index}`);
      const cell: fc.Arbitrary<PlannerPlacement | null> =
        roomCount === 0 || slotCount === 0
          ? fc.constant(null)
          : fc.option(
              fc.record({
                roomId: fc.constantFrom(...roomIds),
                slotId: fc.constantFrom(...slotIds),
              }),
              { nil: null },
            );
      const session = (id: string): fc.Arbitrary<PlannerSession> =>
        fc.record({
          id: fc.constant(id),
          interest: fc.integer({ min: 0, max: 40 }),
          hosts: fc.subarray([...HOSTS], { maxLength: 2 }),
          needs: fc.oneof(
            { arbitrary: fc.constant([]), weight: 3 },
            { arbitrary: fc.subarray([...FEATURES], { maxLength: 2 }), weight: 1 },
          ),
          allowedSlotIds: fc.oneof(
            { arbitrary: fc.constant(null), weight: 3 },
            { arbitrary: fc.subarray([...slotIds, 'slot-not-bookable']), weight: 1 },
          ),
          placement: cell,
          pinned: fc.boolean(),
        });
      return fc.record({
        rooms: fc.tuple(
          ...roomIds.map((id) =>
            fc.record({
              id: fc.constant(id),
              capacity: fc.integer({ min: 1, max: 60 }),
              features: fc.subarray([...FEATURES]),
            }),
          ),
        ),
        slots: fc.constant(
          slotIds.map((id, index) => ({
            id,
            day: '2026-11-28',
            start: `${String(10 + index).padStart(2, '0')}:00`,
            end: `${String(10 + index).padStart(2, '0')}:45`,
          })),
        ),
        sessions: fc.tuple(...sessionIds.map(session)),
        ballots: fc.tuple(
          ...Array.from({ length: participantCount }, () =>
            fc.subarray(sessionIds, { maxLength: Math.min(5, sessionIds.length) }),
          ),
        ),
        replaceUnpinned: fc.boolean(),
      });
    })
    .map(({ rooms, slots, sessions, ballots, replaceUnpinned }) => {
      const taken = new Set<string>();
      const withoutSharedCells = sessions.map((session) => {
        if (session.placement === null) return session;
        const key = `${session.placement.roomId} ${session.placement.slotId}`;
        if (taken.has(key)) return { ...session, placement: null };
        taken.add(key);
        return session;
      });
      return {
        rooms,
        slots,
        sessions: withoutSharedCells,
        ballots: Object.fromEntries(
          ballots.map((ballot, index) => [`participant-${index}`, ballot]),
        ),
        options: { replaceUnpinned },
      };
    });
}

/** The same camp with every array and the ballots' keys in another order. */
export function reordered(input: PlannerInput, seed: number): PlannerInput {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const shuffle = <T>(values: readonly T[]): T[] =>
    values
      .map((value) => ({ value, key: next() }))
      .sort((a, b) => a.key - b.key)
      .map(({ value }) => value);
  return {
    rooms: shuffle(input.rooms).map((room) => ({ ...room, features: shuffle(room.features) })),
    slots: shuffle(input.slots),
    sessions: shuffle(input.sessions).map((session) => ({
      ...session,
      hosts: shuffle(session.hosts),
      needs: shuffle(session.needs),
      allowedSlotIds: session.allowedSlotIds === null ? null : shuffle(session.allowedSlotIds),
    })),
    ballots: Object.fromEntries(
      shuffle(Object.entries(input.ballots)).map(([participantId, ballot]) => [
        participantId,
        shuffle(ballot),
      ]),
    ),
    options: { ...input.options },
  };
}
