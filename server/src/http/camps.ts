import {
  CreateCampRequestSchema,
  type CreateCampResponse,
  invalidReply,
  type PublicCamp,
} from '@campgrid/shared';
import { Router } from 'express';
import { createCamp } from '../camps/create-camp.js';
import type { CampRegistry } from '../camps/registry.js';
import { publicSnapshot } from '../camps/views.js';
import type { Config } from '../config.js';
import type { Store } from '../store/store.js';
import { campLinks, originOf } from './links.js';
import { sendError, sendNotFound } from './replies.js';

export function campRoutes(deps: { store: Store; registry: CampRegistry; config: Config }): Router {
  const { store, registry, config } = deps;
  const router = Router();

  router.post('/api/camps', async (request, response) => {
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

  router.get('/api/camps/:slug', async (request, response) => {
    const camp = await store.findCampBySlug(request.params.slug);
    if (!camp) {
      sendNotFound(response, `No camp at “${request.params.slug}”.`);
      return;
    }
    const snapshot: PublicCamp = publicSnapshot(await registry.current(camp.id));
    response.set('Cache-Control', 'no-cache').json(snapshot);
  });

  return router;
}
