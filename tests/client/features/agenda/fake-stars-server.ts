import { vi } from 'vitest';

export interface FakeStarsServer {
  /** What the server stores, per token. */
  stars: Map<string, string[]>;
  requests: { method: string; path: string; token: string | null; body: unknown }[];
  /** While true, every request fails as if the network were gone. */
  offline: boolean;
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** Plays the stars API (and guest joining) on a stubbed fetch. */
export function fakeStarsServer(slug: string, known: string[] = []): FakeStarsServer {
  const server: FakeStarsServer = {
    stars: new Map(known.map((token) => [token, []])),
    requests: [],
    offline: false,
  };
  let guests = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit = {}) => {
      if (server.offline) throw new TypeError('Failed to fetch');
      const method = init.method ?? 'GET';
      const headers = new Headers(init.headers);
      const token = headers.get('Authorization')?.replace(/^Bearer /, '') ?? null;
      const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : null;
      server.requests.push({ method, path: input, token, body });
      if (input === `/api/camps/${slug}/participants` && method === 'POST') {
        guests += 1;
        const guest = `guest-token-${guests}`;
        server.stars.set(guest, []);
        return json(201, {
          ok: true,
          participantId: `p-${guests}`,
          displayName: 'Gast',
          token: guest,
        });
      }
      if (input === `/api/camps/${slug}/stars`) {
        if (token === null || !server.stars.has(token)) {
          return json(401, { ok: false, code: 'UNAUTHORIZED', message: 'no' });
        }
        if (method === 'PUT') {
          const { sessionIds } = body as { sessionIds: string[] };
          server.stars.set(token, [...new Set(sessionIds)]);
        }
        return json(200, {
          ok: true,
          sessionIds: server.stars.get(token) ?? [],
          feedPath: `/api/camps/${slug}/agenda/feed-of-${token}.ics`,
        });
      }
      return json(404, { ok: false, code: 'NOT_FOUND', message: input });
    }),
  );
  return server;
}
