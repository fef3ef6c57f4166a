import type {
  CoModeratorCreated,
  CoModeratorList,
  ErrorReply,
  ModeratorLinkRotated,
} from '@campgrid/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../../server/src/auth/tokens.js';
import { createCamp, joinCamp } from '../helpers/api.js';
import { campWithPeople } from '../helpers/camp-fixture.js';
import {
  closeAllSockets,
  connectClient,
  connectError,
  mustCommand,
  sendCommand,
  sync,
} from '../helpers/socket-client.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { asHolder, revocationOf } from './support.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  closeAllSockets();
  await server.destroy();
});

async function rotate(slug: string, token: string | null) {
  return asHolder<ModeratorLinkRotated>(
    server.url,
    token,
    'POST',
    `/api/camps/${slug}/moderator-link/rotate`,
  );
}

async function addCoModerator(slug: string, token: string | null, label: unknown) {
  return asHolder<CoModeratorCreated>(
    server.url,
    token,
    'POST',
    `/api/camps/${slug}/co-moderators`,
    {
      label,
    },
  );
}

async function mustAddCoModerator(slug: string, token: string, label: string) {
  const result = await addCoModerator(slug, token, label);
  if (result.status !== 201 || !result.body.ok) {
    throw new Error(`adding a co-moderator failed: ${JSON.stringify(result.body)}`);
  }
  return result.body as CoModeratorCreated;
}

function room(id: string) {
  return { room: { id, name: `Raum ${id}`, capacity: 20 } };
}

describe('rotating the moderator link', () => {
  it('hands out a new link, and the old one stops at once, on open sockets too', async () => {
    const camp = await campWithPeople(server.url);
    const secondTab = await connectClient(server.url, {
      slug: camp.slug,
      token: camp.moderatorToken,
    });
    const firstClosed = revocationOf(camp.moderator);
    const secondClosed = revocationOf(secondTab);

    const rotated = await rotate(camp.slug, camp.moderatorToken);
    expect(rotated.status).toBe(200);
    const body = rotated.body as ModeratorLinkRotated;
    expect(body.ok).toBe(true);
    expect(body.moderatorToken).not.toBe(camp.moderatorToken);
    expect(body.links.moderator).toBe(
      `${server.url}/c/${camp.slug}/moderate#key=${body.moderatorToken}`,
    );
    expect(rotated.headers.get('cache-control')).toBe('no-store');

    for (const closed of [firstClosed, secondClosed]) {
      expect(await closed).toEqual({
        notice: { reason: 'rotated' },
        disconnectReason: 'io server disconnect',
      });
    }
    // Participants are not touched by the moderator's rotation.
    expect(camp.alice.socket.connected).toBe(true);
    await mustCommand(camp.alice.socket, 'session:pitch', {
      sessionId: 'after-rotation',
      draft: { title: 'Still here', hosts: ['Alice'] },
    });

    const refused = await connectError(server.url, { slug: camp.slug, token: camp.moderatorToken });
    expect(refused.message).toBe('UNAUTHORIZED');
    expect((await rotate(camp.slug, camp.moderatorToken)).status).toBe(401);

    const renewed = await connectClient(server.url, {
      slug: camp.slug,
      token: body.moderatorToken,
    });
    expect(await sync(renewed, 0)).toMatchObject({ ok: true, viewer: { role: 'moderator' } });
    await mustCommand(renewed, 'room:add', room('new-room'));
  });

  it('is refused without a link (401) and for participants and co-moderators (403)', async () => {
    const camp = await createCamp(server.url);
    const member = await joinCamp(server.url, camp.slug, 'Anna');
    const co = await mustAddCoModerator(camp.slug, camp.moderatorToken, 'Team B');
    expect((await rotate(camp.slug, null)).body).toMatchObject({ code: 'UNAUTHORIZED' });
    expect((await rotate(camp.slug, 'not-a-token')).status).toBe(401);
    for (const token of [member.token, co.token]) {
      const refused = await rotate(camp.slug, token);
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    // Nothing changed: the main link still works.
    await connectClient(server.url, { slug: camp.slug, token: camp.moderatorToken });
  });
});

describe('co-moderators', () => {
  it('act as moderators under their own link, named in the log by their link id', async () => {
    const camp = await createCamp(server.url);
    const co = await mustAddCoModerator(camp.slug, camp.moderatorToken, '  Team Raum 2 ');
    expect(co).toMatchObject({ ok: true, label: 'Team Raum 2' });
    expect(co.link).toBe(`${server.url}/c/${camp.slug}/moderate#key=${co.token}`);
    expect(co.token).not.toBe(camp.moderatorToken);

    const socket = await connectClient(server.url, { slug: camp.slug, token: co.token });
    expect(await sync(socket, 0)).toMatchObject({ ok: true, viewer: { role: 'moderator' } });
    const version = await mustCommand(socket, 'room:add', room('co-room'));
    const campId = (await server.store.findCampBySlug(camp.slug))?.id ?? '';
    const [entry] = await server.store.readEntries(campId, version - 1, 1);
    expect(entry?.actor).toEqual({ role: 'moderator', moderatorId: co.id });
  });

  it('are listed without their tokens, and only to the main link', async () => {
    const camp = await createCamp(server.url);
    const first = await mustAddCoModerator(camp.slug, camp.moderatorToken, 'Erste');
    const second = await mustAddCoModerator(camp.slug, camp.moderatorToken, 'Zweite');
    const listed = await asHolder<CoModeratorList>(
      server.url,
      camp.moderatorToken,
      'GET',
      `/api/camps/${camp.slug}/co-moderators`,
    );
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({
      ok: true,
      coModerators: [
        { id: first.id, label: 'Erste', createdAt: first.createdAt },
        { id: second.id, label: 'Zweite', createdAt: second.createdAt },
      ],
    });
    const text = JSON.stringify(listed.body);
    for (const secret of [first.token, second.token, hashToken(first.token)]) {
      expect(text).not.toContain(secret);
    }
    const member = await joinCamp(server.url, camp.slug, 'Anna');
    for (const token of [first.token, member.token]) {
      expect(
        (await asHolder(server.url, token, 'GET', `/api/camps/${camp.slug}/co-moderators`)).status,
      ).toBe(403);
    }
  });

  it('may not manage links or delete the camp, but may set the join code and export', async () => {
    const camp = await createCamp(server.url);
    const co = await mustAddCoModerator(camp.slug, camp.moderatorToken, 'Helfer');
    const other = await mustAddCoModerator(camp.slug, camp.moderatorToken, 'Andere');
    const forbidden = [
      await addCoModerator(camp.slug, co.token, 'Noch einer'),
      await asHolder(
        server.url,
        co.token,
        'DELETE',
        `/api/camps/${camp.slug}/co-moderators/${other.id}`,
      ),
      await asHolder(server.url, co.token, 'DELETE', `/api/camps/${camp.slug}`),
    ];
    for (const result of forbidden) {
      expect(result.status).toBe(403);
      expect(result.body).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(
      (
        await asHolder(server.url, co.token, 'PUT', `/api/camps/${camp.slug}/join-code`, {
          code: 'kaffee-und-kuchen',
        })
      ).status,
    ).toBe(200);
    expect(
      (await asHolder(server.url, co.token, 'GET', `/api/camps/${camp.slug}/export`)).status,
    ).toBe(200);
    // The other co-moderator's link still works.
    await connectClient(server.url, { slug: camp.slug, token: other.token });
  });

  it('checks the label', async () => {
    const camp = await createCamp(server.url);
    for (const label of ['', '   ', 'x'.repeat(61), 42, undefined]) {
      const result = await addCoModerator(camp.slug, camp.moderatorToken, label);
      expect(result.status).toBe(400);
      expect(result.body).toMatchObject({ ok: false, code: 'INVALID', field: 'label' });
    }
  });

  it('can be revoked: open sockets get access:revoked and close, the link is refused', async () => {
    const camp = await campWithPeople(server.url);
    const co = await mustAddCoModerator(camp.slug, camp.moderatorToken, 'Weg damit');
    const kept = await mustAddCoModerator(camp.slug, camp.moderatorToken, 'Bleibt');
    const coSocket = await connectClient(server.url, { slug: camp.slug, token: co.token });
    const keptSocket = await connectClient(server.url, { slug: camp.slug, token: kept.token });
    const closed = revocationOf(coSocket);

    const revoked = await asHolder(
      server.url,
      camp.moderatorToken,
      'DELETE',
      `/api/camps/${camp.slug}/co-moderators/${co.id}`,
    );
    expect(revoked).toMatchObject({ status: 200, body: { ok: true } });
    expect(await closed).toEqual({
      notice: { reason: 'revoked' },
      disconnectReason: 'io server disconnect',
    });
    expect((await connectError(server.url, { slug: camp.slug, token: co.token })).message).toBe(
      'UNAUTHORIZED',
    );
    // Everyone else carries on.
    await mustCommand(keptSocket, 'room:add', room('kept'));
    await mustCommand(camp.moderator, 'room:add', room('main'));
    const again = await asHolder(
      server.url,
      camp.moderatorToken,
      'DELETE',
      `/api/camps/${camp.slug}/co-moderators/${co.id}`,
    );
    expect(again.status).toBe(404);
    const listed = await asHolder<CoModeratorList>(
      server.url,
      camp.moderatorToken,
      'GET',
      `/api/camps/${camp.slug}/co-moderators`,
    );
    expect((listed.body as CoModeratorList).coModerators.map((link) => link.id)).toEqual([kept.id]);
  });
});

describe('every message is checked, not only the connection', () => {
  it('refuses a command from a socket whose link was revoked before its close arrived', async () => {
    const camp = await createCamp(server.url);
    const co = await mustAddCoModerator(camp.slug, camp.moderatorToken, 'Verspätet');
    const socket = await connectClient(server.url, { slug: camp.slug, token: co.token });
    await mustCommand(socket, 'room:add', room('before'));
    const closed = revocationOf(socket);
    // What this instance learns first of a revocation (e.g. one made on another instance whose
    // close of this socket is still on its way): only the in-memory record, no close yet.
    server.server.access.revocations.revokeToken(hashToken(co.token), 'revoked');
    const ack = await sendCommand(socket, 'room:add', room('after'));
    expect(ack).toMatchObject({ ok: false, code: 'UNAUTHORIZED' });
    expect((await closed).notice).toEqual({ reason: 'revoked' });
    const campId = (await server.store.findCampBySlug(camp.slug))?.id ?? '';
    const state = await server.server.registry.current(campId);
    expect(state.rooms.map((candidate) => candidate.id)).not.toContain('after');
  });

  it('refuses moderator commands from participant and viewer sockets', async () => {
    const camp = await campWithPeople(server.url);
    const viewer = await connectClient(server.url, { slug: camp.slug });
    const moderatorOnly = [
      ['room:add', room('sneaky')],
      ['phase:set', { phase: 'voting', open: false }],
      ['schedule:publish', {}],
      ['camp:update', { title: 'Übernommen' }],
    ] as const;
    for (const socket of [camp.alice.socket, viewer]) {
      for (const [type, payload] of moderatorOnly) {
        const ack = (await sendCommand(socket, type, payload)) as ErrorReply;
        expect(ack).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      }
    }
    const answer = await sync(camp.moderator, 0);
    expect(answer).toMatchObject({ ok: true, version: 1 });
  });
});

describe('participant tokens', () => {
  it('are stored only as a hash', async () => {
    const local = await startTestServer();
    try {
      const camp = await createCamp(local.url);
      const member = await joinCamp(local.url, camp.slug, 'Anna');
      const co = await (async () => {
        const result = await asHolder<CoModeratorCreated>(
          local.url,
          camp.moderatorToken,
          'POST',
          `/api/camps/${camp.slug}/co-moderators`,
          { label: 'Team' },
        );
        return result.body as CoModeratorCreated;
      })();
      const campId = (await local.store.findCampBySlug(camp.slug))?.id ?? '';
      const stored = await local.store.findParticipantByTokenHash(campId, hashToken(member.token));
      expect(stored?.tokenHash).toBe(hashToken(member.token));
      await local.close();
      // Every byte the server wrote: the database and its write-ahead log.
      const { readdir, readFile } = await import('node:fs/promises');
      const files = await readdir(local.dataDir);
      const contents = await Promise.all(files.map((file) => readFile(`${local.dataDir}/${file}`)));
      const everything = Buffer.concat(contents).toString('latin1');
      expect(everything).toContain(hashToken(member.token));
      for (const secret of [member.token, camp.moderatorToken, co.token]) {
        expect(everything).not.toContain(secret);
      }
    } finally {
      await local.destroy();
    }
  });
});
