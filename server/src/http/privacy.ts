import type { DoneResponse } from '@campgrid/shared';
import { Router } from 'express';
import type { CampRegistry } from '../camps/registry.js';
import { type CampDeletionDeps, deleteCamp } from '../privacy/delete-camp.js';
import { campExport } from '../privacy/export.js';
import { campOf, requireModerator } from './camp-access.js';
import { sendNotFound } from './replies.js';

export interface PrivacyRouteDeps extends CampDeletionDeps {
  registry: CampRegistry;
}

/** The moderator's data controls: take everything out, or delete everything. */
export function privacyRoutes(deps: PrivacyRouteDeps): Router {
  const { store, registry } = deps;
  const router = Router();

  router.get('/api/camps/:slug/export', async (request, response) => {
    const camp = await campOf(store, request, response);
    if (!camp) return;
    if (!(await requireModerator(store, camp, request, response, 'any'))) return;
    const body = await campExport(store, registry, camp);
    response
      .set('Cache-Control', 'no-store')
      .set('Content-Disposition', `attachment; filename="${camp.slug}-export.json"`)
      .json(body);
  });

  router.delete('/api/camps/:slug', async (request, response) => {
    const camp = await campOf(store, request, response);
    if (!camp) return;
    if (!(await requireModerator(store, camp, request, response, 'main'))) return;
    if (!(await deleteCamp(deps, camp.id))) {
      sendNotFound(response, `No camp at “${camp.slug}”.`);
      return;
    }
    const body: DoneResponse = { ok: true };
    response.set('Cache-Control', 'no-store').json(body);
  });

  return router;
}
