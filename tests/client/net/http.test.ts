import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCamp, getCamp, joinCamp } from '../../../client/src/net/http.js';
import { campFixture } from '../support/camp-fixture.js';

function replyWith(status: number, body: unknown) {
  const fetch = vi.fn(
    async (_input: RequestInfo | URL, _init?: RequestInit) =>
      new Response(JSON.stringify(body), { status }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the HTTP helper', () => {
  it('checks a new camp against the shared schema before sending it', async () => {
    const fetch = replyWith(201, {});
    const reply = await createCamp({ title: '   ' });
    expect(reply).toMatchObject({ ok: false, code: 'INVALID', field: 'title' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('posts a camp and returns the links', async () => {
    const created = {
      ok: true,
      slug: 'nextcamp-2026',
      moderatorToken: 'mod-secret',
      links: {
        schedule: '/c/nextcamp-2026',
        participant: '/c/nextcamp-2026/join',
        moderator: '/c/nextcamp-2026/moderate#key=mod-secret',
      },
    };
    const fetch = replyWith(201, created);
    const reply = await createCamp({ title: 'NExTcamp 2026' });
    expect(reply).toEqual(created);
    expect(fetch).toHaveBeenCalledWith(
      '/api/camps',
      expect.objectContaining({ method: 'POST', body: expect.stringContaining('NExTcamp 2026') }),
    );
  });

  it('passes the server’s error reply on', async () => {
    replyWith(404, { ok: false, code: 'NOT_FOUND', message: 'No such camp.' });
    expect(await joinCamp('nowhere', 'Ada')).toEqual({
      ok: false,
      code: 'NOT_FOUND',
      message: 'No such camp.',
    });
  });

  it('turns a reply that breaks the contract into INTERNAL', async () => {
    replyWith(201, { ok: true, participantId: 'p-1' });
    expect(await joinCamp('camp', 'Ada')).toMatchObject({ ok: false, code: 'INTERNAL' });
  });

  it('says NETWORK when the server cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    expect(await joinCamp('camp', 'Ada')).toMatchObject({ ok: false, code: 'NETWORK' });
  });

  it('reads the public snapshot and checks it against the camp schema', async () => {
    const fetch = replyWith(200, campFixture());
    expect(await getCamp('testcamp')).toEqual(campFixture());
    expect(fetch).toHaveBeenCalledWith(
      '/api/camps/testcamp',
      expect.objectContaining({ method: 'GET' }),
    );
    replyWith(200, { ...campFixture(), rooms: 'none' });
    expect(await getCamp('testcamp')).toMatchObject({ ok: false, code: 'INTERNAL' });
  });
});
