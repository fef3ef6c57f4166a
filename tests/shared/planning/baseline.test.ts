import { describe, expect, it } from 'vitest';
import { greedyBaseline, PlannerInputError } from '../../../shared/src/planning/index.js';
import { at, camp, room, session, slot } from './support/camp.js';

describe('greedyBaseline', () => {
  const rooms = [room('small', 10), room('big', 90), room('mid', 40)];
  const slots = [slot('late', '14:00'), slot('early', '10:00')];

  it('fills the first slot largest room first with the most votes, then the next slot', () => {
    const sessions = [5, 80, 30, 60, 10, 20].map((interest) =>
      session(`votes-${String(interest).padStart(2, '0')}`, { interest }),
    );
    const plan = greedyBaseline(camp({ rooms, slots, sessions }));
    expect(plan.placements).toEqual({
      'votes-80': at('big', 'early'),
      'votes-60': at('mid', 'early'),
      'votes-30': at('small', 'early'),
      'votes-20': at('big', 'late'),
      'votes-10': at('mid', 'late'),
      'votes-05': at('small', 'late'),
    });
    expect(plan.leftOut).toEqual([]);
  });

  it('respects only one session per cell: needs, hosts and time limits do not stop it', () => {
    const plan = greedyBaseline(
      camp({
        rooms: [room('big', 90)],
        slots,
        sessions: [
          session('a', {
            interest: 9,
            hosts: ['ada'],
            needs: ['projector'],
            allowedSlotIds: ['late'],
          }),
          session('b', { interest: 8, hosts: ['ada'] }),
          session('c', { interest: 7 }),
        ],
      }),
    );
    expect(plan.placements).toEqual({ a: at('big', 'early'), b: at('big', 'late') });
    expect(plan.leftOut).toEqual(['c']);
  });

  it('keeps the sessions the planner would keep and fills around them', () => {
    const plan = greedyBaseline(
      camp({
        rooms,
        slots: [slot('early')],
        sessions: [
          session('pinned', { interest: 1, placement: at('big', 'early'), pinned: true }),
          session('top', { interest: 99 }),
        ],
        options: { replaceUnpinned: true },
      }),
    );
    expect(plan.placements).toEqual({ pinned: at('big', 'early'), top: at('mid', 'early') });
  });

  it('refuses input it cannot plan', () => {
    expect(() => greedyBaseline(camp({ sessions: [session('a'), session('a')] }))).toThrow(
      PlannerInputError,
    );
  });
});
