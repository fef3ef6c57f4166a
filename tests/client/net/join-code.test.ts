import { afterEach, describe, expect, it, vi } from 'vitest';
import { getCamp, joinCamp } from '../../../client/src/net/http.js';
import { campFixture } from '../support/camp-fixture.js';

function replyWith(status: number, body: unknown) {
  const fetch = vi.fn(
    async (_input: RequestInfo | URL, _init?: RequestInit) =>
      new Response(JSON.stringify(body), { status }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const joinCodeSent = (fetch: ReturnType<typeof replyWith>) =>
  new Headers(fetch.mock.calls[0]?.[1]?.headers).get('X-Join-Code');

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('reading a private camp over HTTP', () => {
  it('sends the join code with the snapshot request', async () => {
    const fetch = replyWith(200, campFixture());
    expect(await getCamp('testcamp', 'sommer-2026')).toMatchObject({ slug: 'testcamp' });
    expect(joinCodeSent(fetch)).toBe('sommer-2026');
  });

  it('sends no join code when it has none', async () => {
    const fetch = replyWith(200, campFixture());
    await getCamp('testcamp');
    expect(joinCodeSent(fetch)).toBeNull();
  });

  it('passes a wrong code’s refusal on', async () => {
    replyWith(401, {
      ok: false,
      code: 'UNAUTHORIZED',
      message: 'This join code is not right.',
      field: 'joinCode',
    });
    expect(await getCamp('testcamp', 'falsch')).toEqual({
      ok: false,
      code: 'UNAUTHORIZED',
      message: 'This join code is not right.',
      field: 'joinCode',
    });
  });

  it('joins with the join code', async () => {
    const fetch = replyWith(201, {
      ok: true,
      participantId: 'p-ada',
      displayName: 'Ada',
      token: 'ada-secret',
    });
    expect(await joinCamp('testcamp', 'Ada', 'sommer-2026')).toMatchObject({ token: 'ada-secret' });
    expect(joinCodeSent(fetch)).toBe('sommer-2026');
    expect(JSON.parse(String(fetch.mock.calls[0]?.[1]?.body))).toEqual({ displayName: 'Ada' });
  });
});
