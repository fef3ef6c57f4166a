import type { CommandAck, DomainEvent } from '@campgrid/shared';
import { ballotEntries } from '@campgrid/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { replay } from '../../../server/src/camps/registry.js';
import { openSqliteStore } from '../../../server/src/store/sqlite/sqlite-store.js';
import { createCamp, joinCamp, snapshot } from '../helpers/api.js';
import { pitchPayload } from '../helpers/camp-fixture.js';
import { killAll, startServerProcess } from '../helpers/server-process.js';
import {
  closeAllSockets,
  connectClient,
  mustCommand,
  sendCommand,
  type TestSocket,
} from '../helpers/socket-client.js';
import { makeTempDir, removeDir } from '../helpers/temp-dir.js';

const PARTICIPANTS = 50;
const SESSIONS = 20;
const VOTES = PARTICIPANTS * SESSIONS;
/** Acks the clients have before the kill: the burst is well under way, far from done. */
const KILL_AFTER_ACKS = 250;
/** Guards against a hang; never part of what the test asserts. */
const WAIT_LIMIT_MS = 15_000;

const dirs: string[] = [];
afterEach(async () => {
  closeAllSockets();
  killAll();
  for (const dir of dirs.splice(0)) await removeDir(dir);
});

interface Vote {
  commandId: string;
  participantId: string;
  sessionId: string;
  acked: boolean;
}

function voteKey(participantId: string, sessionId: string): string {
  return `${participantId} ${sessionId}`;
}

describe('the kill test', () => {
  it('keeps every acknowledged vote of a burst cut short by SIGKILL, none twice, counts equal records', {
    timeout: 90_000,
  }, async () => {
    const dataDir = await makeTempDir('campgrid-kill-');
    dirs.push(dataDir);
    const first = await startServerProcess(dataDir);
    const camp = await createCamp(first.url, { title: 'Kill -9' });
    const moderator = await connectClient(first.url, {
      slug: camp.slug,
      token: camp.moderatorToken,
    });
    const sessionIds = Array.from({ length: SESSIONS }, (_, index) => `s${index}`);
    for (const sessionId of sessionIds) {
      await mustCommand(moderator, 'session:pitch', pitchPayload(sessionId, sessionId, 'Mod'));
    }
    const people = await Promise.all(
      Array.from({ length: PARTICIPANTS }, async (_, index) => {
        const joined = await joinCamp(first.url, camp.slug, `Person ${index}`);
        const socket = await connectClient(first.url, { slug: camp.slug, token: joined.token });
        return { ...joined, socket };
      }),
    );

    // The burst: every participant votes for every session at once, without waiting.
    const votes: Vote[] = [];
    let acks = 0;
    let killedAt: number | null = null;
    const allSettledOrKilled = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the burst hung')), WAIT_LIMIT_MS);
      const settle = () => {
        if (acks === VOTES || killedAt !== null) {
          clearTimeout(timer);
          resolve();
        }
      };
      for (const [personIndex, person] of people.entries()) {
        for (const sessionId of sessionIds) {
          const vote: Vote = {
            commandId: `kill-${personIndex}-${sessionId}-${Math.random().toString(36).slice(2, 10)}`,
            participantId: person.participantId,
            sessionId,
            acked: false,
          };
          votes.push(vote);
          person.socket.emit(
            'vote:cast',
            { commandId: vote.commandId, payload: { sessionId } },
            (ack: CommandAck) => {
              if (!ack.ok) return;
              vote.acked = true;
              acks += 1;
              if (acks >= KILL_AFTER_ACKS && killedAt === null) {
                killedAt = acks;
                first.child.kill('SIGKILL');
              }
              settle();
            },
          );
        }
      }
    });
    await allSettledOrKilled;
    expect((await first.exited).signal).toBe('SIGKILL');
    // The burst was cut: when the kill was sent, most votes had no ack yet.
    expect(killedAt).not.toBeNull();
    expect(killedAt ?? VOTES).toBeLessThan(VOTES);
    const acked = votes.filter((vote) => vote.acked);
    closeAllSockets();

    // Restart on the same data directory; the stored log is the truth.
    const second = await startServerProcess(dataDir);
    const store = await openSqliteStore({ dataDir });
    try {
      const campId = (await store.findCampBySlug(camp.slug))?.id ?? '';
      const entries = await store.readEntries(campId, 0);
      expect(entries.map((entry) => entry.version)).toEqual(
        Array.from({ length: entries.length }, (_, index) => index + 1),
      );
      for (const vote of acked) {
        const stored = await store.findEntryByCommandId(campId, vote.commandId);
        expect(stored?.events).toEqual([
          { type: 'vote:cast', sessionId: vote.sessionId, participantId: vote.participantId },
        ]);
      }
      const castEvents = entries.flatMap((entry) =>
        entry.events.filter(
          (event): event is Extract<DomainEvent, { type: 'vote:cast' }> =>
            event.type === 'vote:cast',
        ),
      );
      const pairs = castEvents.map((event) => voteKey(event.participantId ?? '', event.sessionId));
      expect(new Set(pairs).size).toBe(pairs.length);
      expect(castEvents.length).toBeGreaterThanOrEqual(acked.length);
      expect(castEvents.length).toBeLessThanOrEqual(VOTES);

      // Vote counts equal vote records, in the replayed log and in what the new server serves.
      const state = replay(entries);
      const recordsPerSession = new Map<string, number>();
      for (const event of castEvents) {
        recordsPerSession.set(event.sessionId, (recordsPerSession.get(event.sessionId) ?? 0) + 1);
      }
      const ballotsPerSession = new Map<string, number>();
      for (const [, ballot] of ballotEntries(state.ballots)) {
        for (const sessionId of ballot) {
          ballotsPerSession.set(sessionId, (ballotsPerSession.get(sessionId) ?? 0) + 1);
        }
      }
      const served = await snapshot(second.url, camp.slug);
      expect(served.version).toBe(entries.length);
      for (const session of state.sessions) {
        expect(session.voteCount).toBe(recordsPerSession.get(session.id) ?? 0);
        expect(session.voteCount).toBe(ballotsPerSession.get(session.id) ?? 0);
        expect(served.sessions.find((candidate) => candidate.id === session.id)?.voteCount).toBe(
          session.voteCount,
        );
      }

      // Clients retry what they never saw acknowledged, with the same ids: each applied once.
      const sockets = new Map<string, TestSocket>();
      for (const person of people) {
        sockets.set(
          person.participantId,
          await connectClient(second.url, { slug: camp.slug, token: person.token }),
        );
      }
      for (const vote of votes.filter((candidate) => !candidate.acked)) {
        const socket = sockets.get(vote.participantId);
        if (!socket) throw new Error('no socket');
        const ack = await sendCommand(
          socket,
          'vote:cast',
          { sessionId: vote.sessionId },
          vote.commandId,
        );
        expect(ack).toMatchObject({ ok: true });
      }
      const final = await store.readEntries(campId, 0);
      const finalState = replay(final);
      expect(
        final.flatMap((entry) => entry.events).filter((event) => event.type === 'vote:cast'),
      ).toHaveLength(VOTES);
      expect(finalState.sessions.map((session) => session.voteCount)).toEqual(
        sessionIds.map(() => PARTICIPANTS),
      );
    } finally {
      await store.close();
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });
});
