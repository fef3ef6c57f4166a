import { afterEach, describe, expect, it } from 'vitest';
import { createCamp, joinCamp, request, snapshot } from './helpers/api.js';
import { pitchPayload } from './helpers/camp-fixture.js';
import { killAll, startServerProcess } from './helpers/server-process.js';
import { closeAllSockets, connectClient, mustCommand } from './helpers/socket-client.js';
import { makeTempDir, removeDir } from './helpers/temp-dir.js';

const dirs: string[] = [];
afterEach(async () => {
  closeAllSockets();
  killAll();
  for (const dir of dirs.splice(0)) await removeDir(dir);
});

describe('the server process', () => {
  it('loses no acknowledged command when it is killed', async () => {
    const dataDir = await makeTempDir();
    dirs.push(dataDir);
    const first = await startServerProcess(dataDir);
    const camp = await createCamp(first.url, { title: 'Kill -9' });
    const alice = await joinCamp(first.url, camp.slug, 'Alice');
    const socket = await connectClient(first.url, { slug: camp.slug, token: alice.token });
    for (let index = 0; index < 20; index += 1) {
      await mustCommand(socket, 'session:pitch', pitchPayload(`s${index}`));
    }
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');

    const second = await startServerProcess(dataDir);
    const camp2 = await snapshot(second.url, camp.slug);
    expect(camp2.version).toBe(21);
    expect(camp2.sessions).toHaveLength(20);
    second.child.kill('SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });
  });

  it('refuses to start with an invalid variable and names it', async () => {
    const dataDir = await makeTempDir();
    dirs.push(dataDir);
    await expect(startServerProcess(dataDir, { PORT: 'eighty' })).rejects.toThrow(/PORT/);
  });

  it('stops on SIGINT after closing its connections', async () => {
    const dataDir = await makeTempDir();
    dirs.push(dataDir);
    const running = await startServerProcess(dataDir);
    expect((await request(running.url, 'GET', '/healthz')).status).toBe(200);
    running.child.kill('SIGINT');
    expect(await running.exited).toEqual({ code: 0, signal: null });
  });
});
