import { describe, expect, it } from 'vitest';
import {
  countAttendeeClashes,
  findConflicts,
  type GridConflictKind,
  SHARED_VOTERS_RULE,
  sharedVotersThreshold,
} from '../../../shared/src/planning/index.js';
import { at, camp, room, session, slot, voters } from './support/camp.js';

const rooms = [room('hall', 100, ['projector', 'step-free']), room('nook', 10)];
const slots = [slot('morning', '10:00'), slot('noon', '12:00')];

function kinds(input: Parameters<typeof findConflicts>[0]): GridConflictKind[] {
  return findConflicts(input).map((conflict) => conflict.kind);
}

describe('findConflicts', () => {
  it('reports nothing for a clean grid', () => {
    const input = camp({
      rooms,
      slots,
      sessions: [
        session('a', {
          interest: 100,
          hosts: ['ada'],
          needs: ['projector'],
          placement: at('hall', 'morning'),
        }),
        session('b', {
          interest: 10,
          hosts: ['bo'],
          allowedSlotIds: ['morning'],
          placement: at('nook', 'morning'),
        }),
        session('c', { interest: 50, hosts: ['ada'], placement: at('hall', 'noon') }),
        session('d', { interest: 500, hosts: ['ada'], needs: ['kitchen'] }),
      ],
      ballots: { ...voters('both', 2, ['a', 'b']), ...voters('c', 5, ['a', 'c']) },
    });
    expect(findConflicts(input)).toEqual([]);
  });

  it('warns when one host is in two sessions of the same slot, naming the host and both cells', () => {
    const input = camp({
      rooms,
      slots,
      sessions: [
        session('a', { hosts: ['ada', 'bo'], placement: at('hall', 'morning') }),
        session('b', { hosts: ['cy', 'ada'], placement: at('nook', 'morning') }),
      ],
    });
    expect(findConflicts(input)).toEqual([
      {
        kind: 'host-double-booked',
        sessionIds: ['a', 'b'],
        cells: [at('hall', 'morning'), at('nook', 'morning')],
        hosts: ['ada'],
      },
    ]);
  });

  it('warns when interest exceeds the room, and not when it just fits', () => {
    const over = camp({
      rooms,
      slots,
      sessions: [session('a', { interest: 11, placement: at('nook', 'noon') })],
    });
    const exact = camp({
      rooms,
      slots,
      sessions: [session('a', { interest: 10, placement: at('nook', 'noon') })],
    });
    expect(findConflicts(over)).toEqual([
      {
        kind: 'over-capacity',
        sessionIds: ['a'],
        cells: [at('nook', 'noon')],
        interest: 11,
        capacity: 10,
      },
    ]);
    expect(findConflicts(exact)).toEqual([]);
  });

  it('warns about the needs a room does not meet, listing only the missing ones', () => {
    const input = camp({
      rooms: [room('hall', 100, ['projector']), room('nook', 10)],
      slots,
      sessions: [
        session('a', { needs: ['projector', 'step-free'], placement: at('hall', 'morning') }),
      ],
    });
    expect(findConflicts(input)).toEqual([
      {
        kind: 'needs-unmet',
        sessionIds: ['a'],
        cells: [at('hall', 'morning')],
        missing: ['step-free'],
      },
    ]);
  });

  it('warns when a session sits outside its allowed slots', () => {
    const input = camp({
      rooms,
      slots,
      sessions: [
        session('late', { allowedSlotIds: ['noon'], placement: at('hall', 'morning') }),
        session('fine', { allowedSlotIds: ['noon', 'morning'], placement: at('nook', 'morning') }),
      ],
    });
    expect(findConflicts(input)).toEqual([
      {
        kind: 'outside-allowed-time',
        sessionIds: ['late'],
        cells: [at('hall', 'morning')],
        allowedSlotIds: ['noon'],
      },
    ]);
  });

  it('warns when two sessions of one slot share many voters: 30% of the smaller, at least 3', () => {
    const sharing = (shared: number, onlyA: number, onlyB: number) =>
      camp({
        rooms,
        slots,
        sessions: [
          session('a', { placement: at('hall', 'morning') }),
          session('b', { placement: at('nook', 'morning') }),
        ],
        ballots: {
          ...voters('both', shared, ['a', 'b']),
          ...voters('a', onlyA, ['a']),
          ...voters('b', onlyB, ['b']),
        },
      });
    // 10 voters each: 30% is 3, exactly the shared count.
    expect(findConflicts(sharing(3, 7, 7))).toEqual([
      {
        kind: 'shared-voters',
        sessionIds: ['a', 'b'],
        cells: [at('hall', 'morning'), at('nook', 'morning')],
        sharedVoters: 3,
        threshold: 3,
      },
    ]);
    // 11 voters in the smaller session: 30% is 3.3, so 3 shared voters are not enough.
    expect(findConflicts(sharing(3, 8, 20))).toEqual([]);
    // Small sessions: 2 of 2 voters shared is 100%, but below the floor of 3.
    expect(findConflicts(sharing(2, 0, 0))).toEqual([]);
  });

  it('does not count shared voters across slots or for unplaced sessions', () => {
    const input = camp({
      rooms,
      slots,
      sessions: [
        session('a', { placement: at('hall', 'morning') }),
        session('b', { placement: at('hall', 'noon') }),
        session('c'),
      ],
      ballots: voters('all', 20, ['a', 'b', 'c']),
    });
    expect(findConflicts(input)).toEqual([]);
  });

  it('takes a different shared-voters rule as an option', () => {
    const input = camp({
      rooms,
      slots,
      sessions: [
        session('a', { placement: at('hall', 'morning') }),
        session('b', { placement: at('nook', 'morning') }),
      ],
      ballots: { ...voters('both', 2, ['a', 'b']), ...voters('a', 2, ['a']) },
    });
    expect(findConflicts(input)).toEqual([]);
    expect(
      findConflicts(input, { minSharedVoters: 2, minPercentOfSmaller: 50 }).map((c) => c.kind),
    ).toEqual(['shared-voters']);
  });

  it('lists several conflicts by slot, then kind, then sessions', () => {
    const input = camp({
      rooms,
      slots,
      sessions: [
        session('z', {
          interest: 99,
          hosts: ['ada'],
          needs: ['projector'],
          placement: at('nook', 'noon'),
        }),
        session('y', { hosts: ['ada'], placement: at('hall', 'noon') }),
        session('x', { allowedSlotIds: ['noon'], placement: at('hall', 'morning') }),
      ],
    });
    expect(kinds(input)).toEqual([
      'outside-allowed-time',
      'host-double-booked',
      'needs-unmet',
      'over-capacity',
    ]);
  });

  it('skips room checks for a room it does not know instead of failing', () => {
    const input = camp({
      rooms,
      slots,
      sessions: [
        session('a', { interest: 1000, needs: ['projector'], placement: at('gone', 'noon') }),
      ],
    });
    expect(findConflicts(input)).toEqual([]);
  });
});

describe('sharedVotersThreshold', () => {
  it('is 30% of the smaller session, rounded up, and never below 3', () => {
    expect(SHARED_VOTERS_RULE).toEqual({ minSharedVoters: 3, minPercentOfSmaller: 30 });
    expect(sharedVotersThreshold(5, 100)).toBe(3);
    expect(sharedVotersThreshold(10, 10)).toBe(3);
    expect(sharedVotersThreshold(11, 40)).toBe(4);
    expect(sharedVotersThreshold(100, 40)).toBe(12);
  });
});

describe('countAttendeeClashes', () => {
  const sessions = ['a', 'b', 'c', 'd'].map((id) => session(id));
  const input = camp({ rooms, slots, sessions });

  it('counts each pair of one participant’s sessions in one slot once', () => {
    const placements = {
      a: at('hall', 'morning'),
      b: at('nook', 'morning'),
      c: at('hall', 'noon'),
    };
    expect(countAttendeeClashes({ ...input, ballots: { p: ['a', 'b', 'c'] } }, placements)).toBe(1);
    expect(countAttendeeClashes({ ...input, ballots: { p: ['a', 'c'] } }, placements)).toBe(0);
  });

  it('counts three sessions in one slot as three clashes, and sums over participants', () => {
    const placements = {
      a: at('hall', 'morning'),
      b: at('nook', 'morning'),
      c: at('x', 'morning'),
    };
    const ballots = { p: ['a', 'b', 'c'], q: ['a', 'b'], r: ['c'] };
    expect(countAttendeeClashes({ ...input, ballots }, placements)).toBe(4);
  });

  it('ignores unplaced sessions, repeated votes and votes for unknown sessions', () => {
    const placements = {
      a: at('hall', 'morning'),
      b: at('nook', 'morning'),
      ghost: at('x', 'morning'),
    };
    const ballots = { p: ['a', 'a', 'b', 'b', 'd', 'ghost'] };
    expect(countAttendeeClashes({ ...input, ballots }, placements)).toBe(1);
  });
});
