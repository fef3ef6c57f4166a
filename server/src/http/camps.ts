import {
  CreateCampRequestSchema,
  type CreateCampResponse,
  invalidReply,
  PUBLIC_AUDIENCE,
  type PublicCamp,
  projectStateFor,
} from '@campgrid/shared';
import { Router } from 'express';
import type { RateLimits } from '../auth/rate-limits.js';
import type { ReadAccessDeps } from '../auth/read-access.js';
import { createCamp } from '../camps/create-camp.js';
import type { CampRegistry } from '../camps/registry.js';
import type { Config } from '../config.js';
import { campOf, checkRequestReadAccess } from './camp-access.js';
import { campLinks, originOf } from './links.js';
import { rateLimited } from './rate-limit.js';
import { sendError } from './replies.js';

export interface CampRouteDeps extends ReadAccessDeps {
  registry: CampRegistry;
  config: Config;
  rateLimits: RateLimits;
}

export function campRoutes(deps: CampRouteDeps): Router {
  const { store, registry, config } = deps;
  const router = Router();

  router.post('/api/camps', rateLimited(deps.rateLimits, 'ipCamps'), async (request, response) => {
    // A body that is not JSON leaves req.body undefined; the schema then names the missing title.
    const parsed = CreateCampRequestSchema.safeParse(request.body ?? {});
    if (!parsed.success) {
      sendError(response, invalidReply(parsed.error));
      return;
    }
    const created = await createCamp(registry, parsed.data);
    if (!created.ok) {
      sendError(response, created);
      return;
    }
    const body: CreateCampResponse = {
      ok: true,
      slug: created.slug,
      moderatorToken: created.moderatorToken,
      links: campLinks(originOf(request, config), created.slug, created.moderatorToken),
    };
    response.status(201).set('Cache-Control', 'no-store').json(body);
  });

  /**
   * The public snapshot: nobody's ballot, and no host names when the camp hides them. A private
   * camp answers only with a working link or its join code.
   */
  router.get('/api/camps/:slug', async (request, response) => {
    const camp = await campOf(store, request, response);
    if (!camp) return;
    let state: PublicCamp | null = null;
    const loadState = async () => {
      state ??= await registry.current(camp.id);
      return state;
    };
    const access = await checkRequestReadAccess(deps, camp, loadState, request);
    if (!access.ok) {
      sendError(response, access);
      return;
    }
    const snapshot: PublicCamp = projectStateFor(await loadState(), PUBLIC_AUDIENCE);
    response
      .set(
        'Cache-Control',
        access.credential === null && !access.viaJoinCode ? 'no-cache' : 'no-store',
      )
      .set('Vary', 'Authorization, X-Join-Code')
      .json(snapshot);
  });

  return router;
}
