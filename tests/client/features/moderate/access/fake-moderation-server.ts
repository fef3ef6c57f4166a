import type { CoModerator } from '@campgrid/shared';
import { vi } from 'vitest';
import { SLUG } from '../../../support/camp-fixture.js';

export const MAIN_TOKEN = 'main-token';
export const CO_TOKEN = 'co-token';

export interface ModerationRequest {
  method: string;
  path: string;
  authorization: string | null;
  body: unknown;
}

export interface FakeModerationServer {
  requests: ModerationRequest[];
  coModerators: CoModerator[];
  /** The next rotation's token; the rotated one stops working. */
  nextToken: string;
  /** Answer every request with this error instead. */
  failWith: { status: number; code: string } | null;
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

const refuse = (status: number, code: string) => json(status, { ok: false, code, message: code });

/**
 * Plays the moderator's HTTP routes (server/src/http/moderation.ts, privacy.ts) on a stubbed
 * fetch, with the main link's and a co-moderator's token, as the real server tells them apart.
 */
export function fakeModerationServer(coModerators: CoModerator[] = []): FakeModerationServer {
  const server: FakeModerationServer = {
    requests: [],
    coModerators: [...coModerators],
    nextToken: 'rotated-token',
    failWith: null,
  };
  let mainToken = MAIN_TOKEN;
  let created = 0;
  const base = `/api/camps/${SLUG}`;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      const authorization = new Headers(init.headers).get('Authorization');
      const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : null;
      server.requests.push({ method, path, authorization, body });
      if (server.failWith) return refuse(server.failWith.status, server.failWith.code);
      const token = authorization?.replace(/^Bearer /, '');
      if (token !== mainToken && token !== CO_TOKEN) return refuse(401, 'UNAUTHORIZED');
      const main = token === mainToken;
      const route = `${method} ${path}`;
      if (route === `PUT ${base}/join-code`) return json(200, { ok: true });
      if (route === `GET ${base}/export`) {
        return json(200, { ok: true, format: 'campgrid-export', formatVersion: 1, log: [] });
      }
      if (!main) return refuse(403, 'FORBIDDEN');
      if (route === `GET ${base}/co-moderators`) {
        return json(200, { ok: true, coModerators: server.coModerators });
      }
      if (route === `POST ${base}/co-moderators`) {
        created += 1;
        const { label } = body as { label: string };
        const link: CoModerator = {
          id: `co-${created}`,
          label,
          createdAt: Date.UTC(2026, 10, 28, 9),
        };
        server.coModerators.push(link);
        return json(201, {
          ok: true,
          ...link,
          token: `secret-${created}`,
          link: `/c/${SLUG}/moderate#key=secret-${created}`,
        });
      }
      const revoke = new RegExp(`^DELETE ${base}/co-moderators/(.+)$`).exec(route);
      if (revoke) {
        const id = decodeURIComponent(revoke[1] ?? '');
        if (!server.coModerators.some((link) => link.id === id)) return refuse(404, 'NOT_FOUND');
        server.coModerators = server.coModerators.filter((link) => link.id !== id);
        return json(200, { ok: true });
      }
      if (route === `POST ${base}/moderator-link/rotate`) {
        mainToken = server.nextToken;
        return json(200, {
          ok: true,
          moderatorToken: mainToken,
          links: {
            schedule: `/c/${SLUG}`,
            participant: `/c/${SLUG}/join`,
            moderator: `/c/${SLUG}/moderate#key=${mainToken}`,
          },
        });
      }
      if (route === `DELETE ${base}`) return json(200, { ok: true });
      return refuse(404, 'NOT_FOUND');
    }),
  );
  return server;
}
