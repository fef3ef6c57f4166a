import { describe, expect, it } from 'vitest';
import {
  countAttendeeClashes,
  greedyBaseline,
  makeBenchCase,
  type PlannerInput,
  PlannerInputError,
  suggestPlan,
} from '../../../shared/src/planning/index.js';
import { reordered } from './support/arbitraries.js';
import { at, camp, room, session, slot, voters } from './support/camp.js';
import {
  hardConstraintViolations,
  placementOf,
  roomOrderViolations,
} from './support/plan-checks.js';

function issueCodes(input: PlannerInput): string[] {
  try {
    suggestPlan(input);
  } catch (error) {
    if (error instanceof PlannerInputError) return error.issues.map((issue) => issue.code);
    throw error;
  }
  return [];
}

describe('suggestPlan on the benchmark case', () => {
  const input = makeBenchCase();
  const plan = suggestPlan(input);

  it('fills every cell without breaking a hard constraint', () => {
    expect(hardConstraintViolations(input, plan)).toEqual([]);
    expect(plan.leftOut).toEqual([]);
    expect(Object.keys(plan.placements)).toHaveLength(input.rooms.length * input.slots.length);
  });

  it('has fewer attendee clashes than the greedy baseline', () => {
    const baseline = countAttendeeClashes(input, greedyBaseline(input).placements);
    const planned = countAttendeeClashes(input, plan.placements);
    expect(plan.score.after.clashes).toBe(planned);
    expect(planned).toBeLessThan(baseline);
  });

  it('gives more interest a room at least as large within each slot', () => {
    expect(roomOrderViolations(input, plan)).toEqual([]);
  });

  it('gives the same plan every time, whatever the order of the input', () => {
    expect(suggestPlan(makeBenchCase())).toEqual(plan);
    expect(suggestPlan(reordered(input, 7))).toEqual(plan);
    expect(suggestPlan(reordered(input, 12345))).toEqual(plan);
  });
});

describe('suggestPlan', () => {
  const twoByTwo = {
    rooms: [room('big', 50), room('small', 20)],
    slots: [slot('s1', '10:00'), slot('s2', '11:00')],
  };

  it('leaves out the least interest when sessions outnumber cells, ties by id', () => {
    const input = camp({
      rooms: [room('only', 30)],
      slots: [slot('s1', '10:00'), slot('s2', '11:00')],
      sessions: [
        session('low', { interest: 3 }),
        session('high', { interest: 9 }),
        session('tie-b', { interest: 5 }),
        session('tie-a', { interest: 5 }),
      ],
    });
    const plan = suggestPlan(input);
    expect(Object.keys(plan.placements).sort()).toEqual(['high', 'tie-a']);
    expect(plan.leftOut).toEqual(['tie-b', 'low']);
  });

  it('leaves out a session that fits nowhere, whatever its interest, and places the next one', () => {
    const input = camp({
      ...twoByTwo,
      sessions: [
        session('needs-kitchen', { interest: 99, needs: ['kitchen'] }),
        session('too-early', { interest: 98, allowedSlotIds: ['s0'] }),
        session('ordinary', { interest: 1 }),
      ],
    });
    const plan = suggestPlan(input);
    expect(Object.keys(plan.placements)).toEqual(['ordinary']);
    expect(plan.leftOut).toEqual(['needs-kitchen', 'too-early']);
  });

  it('keeps hosts apart even when cells would allow otherwise', () => {
    const input = camp({
      ...twoByTwo,
      sessions: [
        session('a', { interest: 10, hosts: ['ada'] }),
        session('b', { interest: 9, hosts: ['ada', 'bo'] }),
        session('c', { interest: 8, hosts: ['bo'] }),
      ],
    });
    const plan = suggestPlan(input);
    // b shares a host with each of a and c, so a and c share the other slot and b sits alone.
    expect(placementOf(plan, 'a')?.slotId).toBe(placementOf(plan, 'c')?.slotId);
    expect(placementOf(plan, 'b')?.slotId).not.toBe(placementOf(plan, 'a')?.slotId);
    expect(plan.leftOut).toEqual([]);
  });

  it('places everything when that takes moving several sessions at once', () => {
    // Greedily, talk takes the kitchen at noon and workshop the kitchen late; cooking can only go
    // late, and workshop cannot simply move to noon, where duo has its host.
    const input = camp({
      rooms: [room('kitchen', 20, ['kitchen']), room('plain', 60)],
      slots: [slot('noon', '12:00'), slot('late', '14:00')],
      sessions: [
        session('talk', { interest: 38, allowedSlotIds: ['noon', 'late'] }),
        session('duo', { interest: 15, hosts: ['ada'] }),
        session('workshop', { interest: 8, hosts: ['ada', 'jo'], needs: ['kitchen'] }),
        session('cooking', { interest: 1, needs: ['kitchen'], allowedSlotIds: ['late'] }),
      ],
    });
    const plan = suggestPlan(input);
    expect(hardConstraintViolations(input, plan)).toEqual([]);
    expect(plan.placements).toEqual({
      cooking: at('kitchen', 'late'),
      duo: at('plain', 'late'),
      talk: at('plain', 'noon'),
      workshop: at('kitchen', 'noon'),
    });
  });

  it('puts sessions with shared voters into different slots', () => {
    const input = camp({
      ...twoByTwo,
      sessions: ['a', 'b', 'c', 'd'].map((id) => session(id, { interest: 10 })),
      ballots: { ...voters('ab', 6, ['a', 'b']), ...voters('cd', 4, ['c', 'd']) },
    });
    const plan = suggestPlan(input);
    expect(plan.score.after.clashes).toBe(0);
    expect(placementOf(plan, 'a')?.slotId).not.toBe(placementOf(plan, 'b')?.slotId);
    expect(placementOf(plan, 'c')?.slotId).not.toBe(placementOf(plan, 'd')?.slotId);
  });

  it('gives the largest room to the most interest, unless needs claim it', () => {
    const rooms = [room('hall', 100), room('lab', 40, ['projector']), room('nook', 10)];
    const plain = camp({
      rooms,
      slots: [slot('s1')],
      sessions: [
        session('few', { interest: 5 }),
        session('many', { interest: 80 }),
        session('some', { interest: 30 }),
      ],
    });
    expect(suggestPlan(plain).placements).toEqual({
      few: at('nook', 's1'),
      many: at('hall', 's1'),
      some: at('lab', 's1'),
    });
    const needy = camp({
      ...plain,
      sessions: [
        session('few', { interest: 5, needs: ['projector'] }),
        session('many', { interest: 80 }),
        session('some', { interest: 30 }),
      ],
    });
    expect(suggestPlan(needy).placements).toEqual({
      few: at('lab', 's1'),
      many: at('hall', 's1'),
      some: at('nook', 's1'),
    });
  });

  it('without re-placing, places only the unplaced sessions around the existing grid', () => {
    const input = camp({
      ...twoByTwo,
      sessions: [
        session('placed', { interest: 1, placement: at('big', 's1') }),
        session('pinned', { interest: 2, placement: at('small', 's1'), pinned: true }),
        session('new', { interest: 50 }),
      ],
      ballots: voters('all', 5, ['placed', 'pinned', 'new']),
      options: { replaceUnpinned: false },
    });
    const plan = suggestPlan(input);
    expect(plan.placements).toEqual({
      new: at('big', 's2'),
      pinned: at('small', 's1'),
      placed: at('big', 's1'),
    });
    expect(plan.score.before.clashes).toBe(5);
    expect(plan.score.after.clashes).toBe(5);
  });

  it('when re-placing, moves unpinned sessions but never pinned ones', () => {
    const input = camp({
      ...twoByTwo,
      sessions: [
        session('pinned', { interest: 1, placement: at('small', 's1'), pinned: true }),
        session('placed', { interest: 40, placement: at('big', 's1') }),
      ],
      ballots: voters('both', 5, ['pinned', 'placed']),
      options: { replaceUnpinned: true },
    });
    const plan = suggestPlan(input);
    expect(plan.placements).toEqual({ pinned: at('small', 's1'), placed: at('big', 's2') });
    expect(plan.score).toEqual({
      before: { clashes: 5, warnings: 1 },
      after: { clashes: 0, warnings: 0 },
    });
  });

  it('keeps pinned sessions even where they break a rule, and plans the rest around them', () => {
    const input = camp({
      ...twoByTwo,
      sessions: [
        session('pin-a', {
          hosts: ['ada'],
          needs: ['kitchen'],
          placement: at('big', 's1'),
          pinned: true,
        }),
        session('pin-b', { hosts: ['ada'], placement: at('small', 's1'), pinned: true }),
        session('free', { interest: 5, hosts: ['ada'] }),
      ],
      options: { replaceUnpinned: true },
    });
    const plan = suggestPlan(input);
    expect(hardConstraintViolations(input, plan)).toEqual([]);
    expect(placementOf(plan, 'free')?.slotId).toBe('s2');
  });

  it('plans an empty grid without failing', () => {
    const input = camp({ sessions: [session('a', { interest: 3 })] });
    expect(suggestPlan(input)).toEqual({
      placements: {},
      leftOut: ['a'],
      score: { before: { clashes: 0, warnings: 0 }, after: { clashes: 0, warnings: 0 } },
    });
  });

  it('refuses input it cannot plan with a typed error naming each issue', () => {
    expect(issueCodes(camp({ rooms: [room('r', 1), room('r', 2)] }))).toEqual(['duplicate-id']);
    expect(
      issueCodes(camp({ ...twoByTwo, sessions: [session('a', { interest: Number.NaN })] })),
    ).toEqual(['invalid-number']);
    expect(
      issueCodes(
        camp({
          ...twoByTwo,
          sessions: [session('a', { placement: at('gone', 'never'), pinned: true })],
        }),
      ),
    ).toEqual(['unknown-room', 'unknown-slot']);
    expect(
      issueCodes(
        camp({
          ...twoByTwo,
          sessions: [
            session('a', { placement: at('big', 's1') }),
            session('b', { placement: at('big', 's1'), pinned: true }),
          ],
        }),
      ),
    ).toEqual(['cell-taken-twice']);
  });

  it('re-places an unpinned session whose cell has gone, instead of refusing', () => {
    const input = camp({
      ...twoByTwo,
      sessions: [session('a', { interest: 3, placement: at('gone', 's1') })],
      options: { replaceUnpinned: true },
    });
    expect(suggestPlan(input).placements).toEqual({ a: at('big', 's1') });
  });
});
