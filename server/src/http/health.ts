import type { HealthResponse } from '@campgrid/shared';
import { Router } from 'express';
import type { Logger } from 'pino';
import type { Store } from '../store/store.js';

/** GET /healthz: 200 when the database answers, 503 when it does not. */
export function healthRoutes(store: Store, logger: Logger): Router {
  const router = Router();
  router.get('/healthz', async (_request, response) => {
    response.set('Cache-Control', 'no-store');
    try {
      await store.ping();
      response.json({ status: 'ok' } satisfies HealthResponse);
    } catch (error) {
      logger.error({ err: error }, 'health check: the database does not answer');
      response.status(503).json({ status: 'unavailable' });
    }
  });
  return router;
}
