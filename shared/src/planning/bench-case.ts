import { createRandom, type Random, randomBelow } from './random.js';
import type { PlannerInput, PlannerRoom, PlannerSession, PlannerSlot } from './types.js';

/** The benchmark: 60 sessions into 10 rooms x 6 slots, so every cell is filled, 300 voters. */
export const BENCH_CASE_SIZE = { rooms: 10, slots: 6, sessions: 60, participants: 300 } as const;

const ROOM_TABLE: readonly { capacity: number; features: readonly string[] }[] = [
  { capacity: 120, features: ['projector', 'step-free'] },
  { capacity: 90, features: ['projector', 'step-free'] },
  { capacity: 70, features: ['projector'] },
  { capacity: 60, features: ['projector', 'step-free'] },
  { capacity: 50, features: ['projector'] },
  { capacity: 40, features: ['step-free', 'whiteboard'] },
  { capacity: 35, features: ['projector', 'whiteboard'] },
  { capacity: 30, features: ['whiteboard'] },
  { capacity: 25, features: ['step-free'] },
  { capacity: 20, features: [] },
];

const SLOT_TIMES: readonly (readonly [string, string])[] = [
  ['10:15', '11:00'],
  ['11:15', '12:00'],
  ['12:15', '13:00'],
  ['14:00', '14:45'],
  ['15:00', '15:45'],
  ['16:00', '16:45'],
];

/** Topics with a skewed (Zipf-like) popularity: a few draw most of the room. */
const TOPIC_COUNT = 8;
const TOPIC_POPULARITY = Array.from({ length: TOPIC_COUNT }, (_, topic) => 1 / (topic + 1));
const HOSTS_WITH_TWO_SESSIONS = 10;
const CO_HOSTED_SESSIONS = 3;
const NEEDS: readonly (readonly string[])[] = [
  ['projector'],
  ['projector'],
  ['projector'],
  ['projector'],
  ['projector'],
  ['projector'],
  ['step-free'],
  ['step-free'],
  ['projector', 'step-free'],
  ['whiteboard'],
  ['whiteboard'],
];

/**
 * A realistic camp for the benchmark, the same for the same seed: participants care about one or two
 * topics and vote for several sessions of each, some hosts run two sessions, a few sessions need a
 * projector or step-free access, two sessions are pinned to a cell and two hosts are only there for
 * half the day.
 */
export function makeBenchCase(seed = 1): PlannerInput {
  const random = createRandom(seed);
  const rooms: PlannerRoom[] = ROOM_TABLE.map((room, index) => ({
    id: `room-${String(index + 1).padStart(2, '0')}`,
    capacity: room.capacity,
    features: [...room.features],
  }));
  const slots: PlannerSlot[] = SLOT_TIMES.map(([start, end], index) => ({
    id: `slot-${index + 1}`,
    day: '2026-11-28',
    start,
    end,
  }));

  const sessionIds = Array.from(
    { length: BENCH_CASE_SIZE.sessions },
    (_, index) => `session-${String(index + 1).padStart(2, '0')}`,
  );
  const topicOf = sessionIds.map((_, index) =>
    // The first sessions cover every topic once, so that no topic is empty.
    index < TOPIC_COUNT ? index : pickWeighted(random, TOPIC_POPULARITY.map(Math.sqrt)),
  );
  const everySession = sessionIds.map((_, index) => index);
  const appeal = sessionIds.map(() => (0.2 + random()) ** 2);
  const sessionsOfTopic = Array.from({ length: TOPIC_COUNT }, (_, topic) =>
    sessionIds.flatMap((_, index) => (topicOf[index] === topic ? [index] : [])),
  );

  const ballots: Record<string, string[]> = {};
  const votes = sessionIds.map(() => 0);
  for (let participant = 0; participant < BENCH_CASE_SIZE.participants; participant += 1) {
    const chosen = new Set<number>();
    const primary = pickWeighted(random, TOPIC_POPULARITY);
    voteWithin(random, sessionsOfTopic[primary] ?? [], appeal, 2 + randomBelow(random, 3), chosen);
    if (random() < 0.45) {
      const secondary = pickWeighted(
        random,
        TOPIC_POPULARITY.map((weight, topic) => (topic === primary ? 0 : weight)),
      );
      voteWithin(
        random,
        sessionsOfTopic[secondary] ?? [],
        appeal,
        1 + randomBelow(random, 2),
        chosen,
      );
    }
    if (random() < 0.5) voteWithin(random, everySession, appeal, 1, chosen);
    const ballot = [...chosen].sort((a, b) => a - b);
    for (const session of ballot) votes[session] = (votes[session] ?? 0) + 1;
    ballots[`participant-${String(participant + 1).padStart(3, '0')}`] = ballot.map(
      (session) => sessionIds[session] ?? '',
    );
  }

  const order = shuffled(random, everySession);
  const hostsOf = sessionIds.map((_, index) => [`host-${String(index + 1).padStart(2, '0')}`]);
  for (const [position, session] of order.slice(0, HOSTS_WITH_TWO_SESSIONS).entries()) {
    // A host running two sessions usually runs them on the same topic, so they compete for voters too.
    const sameTopic = (sessionsOfTopic[topicOf[session] ?? 0] ?? []).filter(
      (other) => other !== session,
    );
    const partner = sameTopic[position % Math.max(sameTopic.length, 1)] ?? session;
    hostsOf[session] = [...(hostsOf[partner] ?? [])];
  }
  const coHosted = order.slice(
    HOSTS_WITH_TWO_SESSIONS,
    HOSTS_WITH_TWO_SESSIONS + CO_HOSTED_SESSIONS,
  );
  for (const [position, session] of coHosted.entries()) {
    const coHost = order[HOSTS_WITH_TWO_SESSIONS + CO_HOSTED_SESSIONS + position] ?? session;
    hostsOf[session] = [...(hostsOf[session] ?? []), ...(hostsOf[coHost] ?? [])];
  }

  const needsOf = new Map<number, readonly string[]>();
  const needing = order.slice(20, 20 + NEEDS.length);
  for (const [position, session] of needing.entries()) needsOf.set(session, NEEDS[position] ?? []);
  const [pinnedFirst = 0, pinnedLast = 1, morningOnly = 2, afternoonOnly = 3] = order.slice(40, 44);
  const pinnedAt = new Map([
    [pinnedFirst, { roomId: 'room-01', slotId: 'slot-1' }],
    [pinnedLast, { roomId: 'room-05', slotId: 'slot-6' }],
  ]);
  const allowedOf = new Map([
    [morningOnly, ['slot-1', 'slot-2', 'slot-3']],
    [afternoonOnly, ['slot-4', 'slot-5', 'slot-6']],
  ]);

  const sessions: PlannerSession[] = sessionIds.map((id, index) => ({
    id,
    interest: votes[index] ?? 0,
    hosts: hostsOf[index] ?? [],
    needs: [...(needsOf.get(index) ?? [])],
    allowedSlotIds: allowedOf.get(index) ?? null,
    placement: pinnedAt.get(index) ?? null,
    pinned: pinnedAt.has(index),
  }));
  return { rooms, slots, sessions, ballots, options: { replaceUnpinned: true } };
}

function pickWeighted(random: Random, weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let remaining = random() * total;
  for (const [index, weight] of weights.entries()) {
    remaining -= weight;
    if (remaining < 0) return index;
  }
  return weights.length - 1;
}

/** Up to `count` more votes among `candidates`, more appealing sessions more likely, no repeats. */
function voteWithin(
  random: Random,
  candidates: readonly number[],
  appeal: readonly number[],
  count: number,
  chosen: Set<number>,
): void {
  for (let vote = 0; vote < count; vote += 1) {
    const open = candidates.filter((session) => !chosen.has(session));
    if (open.length === 0) return;
    const pick =
      open[
        pickWeighted(
          random,
          open.map((session) => appeal[session] ?? 0),
        )
      ];
    if (pick !== undefined) chosen.add(pick);
  }
}

function shuffled<T>(random: Random, values: readonly T[]): T[] {
  const result = [...values];
  for (let index = result.length - 1; index > 0; index -= 1) {
    const other = randomBelow(random, index + 1);
    const here = result[index];
    const there = result[other];
    if (here === undefined || there === undefined) continue;
    result[index] = there;
    result[other] = here;
  }
  return result;
}
