import { describe, expect, it } from 'vitest';
import { BENCH_CASE_SIZE, makeBenchCase } from '../../../shared/src/planning/index.js';

describe('makeBenchCase', () => {
  const input = makeBenchCase();

  it('has the size the issue asks for: 60 sessions for 10 rooms x 6 slots, 300 voters', () => {
    expect(BENCH_CASE_SIZE).toEqual({ rooms: 10, slots: 6, sessions: 60, participants: 300 });
    expect(input.rooms).toHaveLength(10);
    expect(input.slots).toHaveLength(6);
    expect(input.sessions).toHaveLength(60);
    expect(Object.keys(input.ballots)).toHaveLength(300);
    expect(new Set(input.sessions.map((session) => session.id)).size).toBe(60);
  });

  it('is the same for the same seed and different for another', () => {
    expect(makeBenchCase(1)).toEqual(input);
    expect(makeBenchCase(2)).not.toEqual(input);
  });

  it('takes interest from the ballots, with participants voting for several sessions', () => {
    for (const session of input.sessions) {
      const votes = Object.values(input.ballots).filter((ballot) => ballot.includes(session.id));
      expect(session.interest).toBe(votes.length);
    }
    const ballotSizes = Object.values(input.ballots).map((ballot) => ballot.length);
    expect(Math.min(...ballotSizes)).toBeGreaterThanOrEqual(1);
    expect(ballotSizes.reduce((sum, size) => sum + size, 0) / ballotSizes.length).toBeGreaterThan(
      3,
    );
  });

  it('has skewed popularity: the top session draws several times the median', () => {
    const interest = input.sessions.map((session) => session.interest).sort((a, b) => b - a);
    const median = interest[interest.length / 2] ?? 0;
    expect(interest[0] ?? 0).toBeGreaterThan(3 * median);
  });

  it('has hosts with two sessions, needs the rooms can meet, pins and time limits', () => {
    const sessionsPerHost = new Map<string, number>();
    for (const session of input.sessions) {
      for (const host of session.hosts)
        sessionsPerHost.set(host, (sessionsPerHost.get(host) ?? 0) + 1);
    }
    expect(
      [...sessionsPerHost.values()].filter((count) => count >= 2).length,
    ).toBeGreaterThanOrEqual(5);

    const needy = input.sessions.filter((session) => session.needs.length > 0);
    expect(needy.length).toBeGreaterThanOrEqual(3);
    for (const session of needy) {
      const fitting = input.rooms.filter((room) =>
        session.needs.every((need) => room.features.includes(need)),
      );
      expect(fitting.length).toBeGreaterThan(0);
    }

    const pinned = input.sessions.filter((session) => session.pinned);
    expect(pinned.length).toBe(2);
    for (const session of pinned) expect(session.placement).not.toBeNull();
    expect(input.sessions.filter((session) => session.allowedSlotIds !== null).length).toBe(2);
  });
});
