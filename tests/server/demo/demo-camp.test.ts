import { afterEach, describe, expect, it } from 'vitest';
import { replay } from '../../../server/src/camps/registry.js';
import { request, snapshot, todayInZone } from '../helpers/api.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.destroy();
  server = undefined;
});

describe('the demo camp', () => {
  it('is created on a first start, through real commands, as a full day', async () => {
    server = await startTestServer({ demo: true });
    const camp = await snapshot(server.url, 'nextcamp-demo');
    expect(camp).toMatchObject({
      slug: 'nextcamp-demo',
      title: 'NExTcamp Demo',
      timezone: 'Europe/Berlin',
      days: [todayInZone('Europe/Berlin')],
      ballots: {},
    });
    expect(camp.rooms).toHaveLength(6);
    expect(camp.rooms[0]).toMatchObject({ id: 'plenarsaal', name: 'Plenarsaal', capacity: 120 });
    expect(camp.slots.filter((slot) => slot.kind === 'session')).toHaveLength(5);
    expect(camp.sessions.length).toBeGreaterThanOrEqual(20);
    expect(camp.sessions.length).toBeLessThanOrEqual(30);
    const placed = camp.sessions.filter((session) => session.placement !== null);
    expect(placed.length).toBeGreaterThanOrEqual(6);
    expect(placed.length).toBeLessThanOrEqual(10);
    expect(camp.sessions.every((session) => session.voteCount > 0)).toBe(true);
    // The most wanted sessions got placed.
    const maxUnplaced = Math.max(
      ...camp.sessions.filter((session) => session.placement === null).map((s) => s.voteCount),
    );
    expect(placed.every((session) => session.voteCount >= maxUnplaced)).toBe(true);

    // Its log is a real log: pitches and votes by participants, placements by the moderator,
    // one entry per command, and replaying it gives the camp.
    const record = await server.store.findCampBySlug('nextcamp-demo');
    const log = await server.store.readEntries(record?.id ?? '', 0);
    expect(log.map((entry) => entry.version)).toEqual(log.map((_, index) => index + 1));
    for (const entry of log.slice(1)) {
      const [event] = entry.events;
      if (event?.type === 'vote:cast') {
        expect(entry.actor).toEqual({ role: 'participant', participantId: event.participantId });
      } else if (event?.type === 'session:pitched') {
        expect(entry.actor.role).toBe('participant');
      } else {
        expect(event?.type).toBe('session:placed');
        expect(entry.actor.role).toBe('moderator');
      }
    }
    expect({ ...replay(log), ballots: {} }).toEqual(camp);
    const voters = new Set(
      log.map((entry) => (entry.actor.role === 'participant' ? entry.actor.participantId : null)),
    );
    voters.delete(null);
    expect(voters.size).toBeGreaterThanOrEqual(10);
  });

  it('is not created again on a restart', async () => {
    server = await startTestServer({ demo: true });
    const before = await snapshot(server.url, 'nextcamp-demo');
    server = await server.restart();
    expect(await server.store.countCamps()).toBe(1);
    expect(await snapshot(server.url, 'nextcamp-demo')).toEqual(before);
  });

  it('is not created when DEMO=false', async () => {
    server = await startTestServer({ demo: false });
    expect(await server.store.countCamps()).toBe(0);
    expect((await request(server.url, 'GET', '/api/camps/nextcamp-demo')).status).toBe(404);
  });

  it('is not created when the database already holds a camp', async () => {
    const first = await startTestServer({ demo: false });
    await request(first.url, 'POST', '/api/camps', { title: 'Real camp' });
    await first.close();
    server = await startTestServer({ demo: true, dataDir: first.dataDir });
    expect(await server.store.countCamps()).toBe(1);
    expect((await request(server.url, 'GET', '/api/camps/nextcamp-demo')).status).toBe(404);
  });
});
