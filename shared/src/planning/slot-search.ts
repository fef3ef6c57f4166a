import type { PlanningProblem } from './problem.js';
import { type Random, randomBelow } from './random.js';
import { createSlotState, type SlotState } from './slot-state.js';

/**
 * The search's work is fixed, never timed, so that the same input always ends in the same plan: it
 * looks at about this many candidate moves in total, within the step limits below.
 */
export const SEARCH_EVALUATION_BUDGET = 3_000_000;
export const SEARCH_STEPS_MIN = 100;
export const SEARCH_STEPS_MAX = 1_500;

/** How long a session may not return to the slot it just left: long enough to leave a local optimum. */
const TABU_TENURE_BASE = 8;
const TABU_TENURE_SPREAD = 8;
/** Crowding only breaks ties between plans with equal clashes, so a few sweeps settle it. */
const CROWDING_PASSES = 5;

export function searchSteps(movableCount: number, slotCount: number): number {
  const candidatesPerStep = Math.max(1, (movableCount * (movableCount + slotCount)) / 2);
  return Math.min(
    SEARCH_STEPS_MAX,
    Math.max(SEARCH_STEPS_MIN, Math.floor(SEARCH_EVALUATION_BUDGET / candidatesPerStep)),
  );
}

/**
 * Tabu search over the slots of the movable sessions, to minimise attendee clashes. Each step takes
 * the best move in the whole neighbourhood (send a session to a slot with a free room, or swap two
 * sessions of different slots), even when it makes things worse, and forbids the moved sessions to
 * return for a few steps, which walks the search out of local optima. The best assignment seen then
 * spends its clash-neutral moves on crowding, so that more interest meets larger rooms.
 */
export function improveSlots(
  problem: PlanningProblem,
  start: Int32Array,
  movable: readonly number[],
  random: Random,
  steps = searchSteps(movable.length, problem.slotCount),
): Int32Array {
  if (movable.length === 0 || problem.slotCount < 2) return Int32Array.from(start);
  const best = searchClashes(
    problem,
    createSlotState(problem, start, movable),
    movable,
    random,
    steps,
  );
  const state = createSlotState(problem, best, movable);
  reduceCrowding(problem, state, movable);
  return Int32Array.from(state.slotOf);
}

function searchClashes(
  problem: PlanningProblem,
  state: SlotState,
  movable: readonly number[],
  random: Random,
  steps: number,
): Int32Array {
  const { slotCount, sessionCount } = problem;
  const { slotOf, load } = state;
  const tabuUntil = new Int32Array(sessionCount * slotCount);
  // gain[s * slotCount + t]: how the clashes change if s alone moves to t; refreshed each step.
  const gain = new Int32Array(sessionCount * slotCount);
  let clashes = state.movableClashes();
  let bestClashes = clashes;
  const bestSlotOf = Int32Array.from(slotOf);

  for (let step = 1; step <= steps && bestClashes > 0; step += 1) {
    for (const session of movable) {
      const base = session * slotCount;
      const here = load[base + (slotOf[session] ?? 0)] ?? 0;
      for (let slot = 0; slot < slotCount; slot += 1) {
        gain[base + slot] = (load[base + slot] ?? 0) - here;
      }
    }
    let chosenSession = -1;
    let chosenPartner = -1;
    let chosenSlot = -1;
    let chosenChange = Number.POSITIVE_INFINITY;
    let ties = 0;
    // The slow path, only for candidates at least as good as the step's best so far.
    const offer = (session: number, partner: number, from: number, to: number, change: number) => {
      const tabu =
        (tabuUntil[session * slotCount + to] ?? 0) > step ||
        (partner >= 0 && (tabuUntil[partner * slotCount + from] ?? 0) > step);
      // A tabu move is still taken when it leads to a better plan than any seen (aspiration).
      if (tabu && clashes + change >= bestClashes) return;
      if (!state.allows(session, partner, to)) return;
      // Equal moves are drawn uniformly (reservoir sampling) so that the walk favours no ids.
      if (change === chosenChange) {
        ties += 1;
        if (randomBelow(random, ties) !== 0) return;
      } else {
        ties = 1;
      }
      chosenSession = session;
      chosenPartner = partner;
      chosenSlot = to;
      chosenChange = change;
    };
    for (let index = 0; index < movable.length; index += 1) {
      const session = movable[index] ?? 0;
      const from = slotOf[session] ?? 0;
      const base = session * slotCount;
      for (let to = 0; to < slotCount; to += 1) {
        const change = gain[base + to] ?? 0;
        if (to !== from && change <= chosenChange) offer(session, -1, from, to, change);
      }
      const pairs = session * sessionCount;
      for (let other = index + 1; other < movable.length; other += 1) {
        const partner = movable[other] ?? 0;
        const to = slotOf[partner] ?? 0;
        if (to === from) continue;
        const change =
          (gain[base + to] ?? 0) +
          (gain[partner * slotCount + from] ?? 0) -
          2 * (problem.coVotes[pairs + partner] ?? 0);
        if (change <= chosenChange) offer(session, partner, from, to, change);
      }
    }
    if (chosenSession < 0) break;

    const from = slotOf[chosenSession] ?? 0;
    state.apply(chosenSession, chosenPartner, chosenSlot);
    tabuUntil[chosenSession * slotCount + from] =
      step + TABU_TENURE_BASE + randomBelow(random, TABU_TENURE_SPREAD);
    if (chosenPartner >= 0) {
      tabuUntil[chosenPartner * slotCount + chosenSlot] =
        step + TABU_TENURE_BASE + randomBelow(random, TABU_TENURE_SPREAD);
    }
    clashes += chosenChange;
    if (clashes < bestClashes) {
      bestClashes = clashes;
      bestSlotOf.set(slotOf);
    }
  }
  return bestSlotOf;
}

/** First-improvement sweeps over the moves that leave clashes unchanged but crowd rooms less. */
function reduceCrowding(problem: PlanningProblem, state: SlotState, movable: readonly number[]) {
  const { slotCount } = problem;
  for (let pass = 0; pass < CROWDING_PASSES; pass += 1) {
    let improved = false;
    for (const [index, session] of movable.entries()) {
      // Past the other sessions come the plain moves, one per slot.
      for (let other = index + 1; other < movable.length + slotCount; other += 1) {
        const partner = other < movable.length ? (movable[other] ?? 0) : -1;
        const from = state.slotOf[session] ?? 0;
        const to = partner < 0 ? other - movable.length : (state.slotOf[partner] ?? 0);
        if (to === from || state.clashChange(session, partner, to) !== 0) continue;
        if (!state.allows(session, partner, to)) continue;
        if (state.crowdingChange(session, partner, to) >= 0) continue;
        state.apply(session, partner, to);
        improved = true;
      }
    }
    if (!improved) break;
  }
}
