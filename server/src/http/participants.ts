import { randomUUID } from 'node:crypto';
import { invalidReply, JoinRequestSchema, type JoinResponse } from '@campgrid/shared';
import { Router } from 'express';
import { hashToken, newToken } from '../auth/tokens.js';
import type { Store } from '../store/store.js';
import { sendError, sendNotFound } from './replies.js';

/** POST /api/camps/:slug/participants: a display name in, a participant token out. */
export function participantRoutes(store: Store): Router {
  const router = Router();
  router.post('/api/camps/:slug/participants', async (request, response) => {
    const camp = await store.findCampBySlug(request.params.slug);
    if (!camp) {
      sendNotFound(response, `No camp at “${request.params.slug}”.`);
      return;
    }
    const parsed = JoinRequestSchema.safeParse(request.body ?? {});
    if (!parsed.success) {
      sendError(response, invalidReply(parsed.error));
      return;
    }
    const token = newToken();
    const participantId = randomUUID();
    await store.createParticipant({
      id: participantId,
      campId: camp.id,
      displayName: parsed.data.displayName,
      tokenHash: hashToken(token),
      createdAt: Date.now(),
    });
    const body: JoinResponse = {
      ok: true,
      participantId,
      displayName: parsed.data.displayName,
      token,
    };
    response.status(201).set('Cache-Control', 'no-store').json(body);
  });
  return router;
}
