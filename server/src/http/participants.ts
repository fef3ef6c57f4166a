import { randomUUID } from 'node:crypto';
import { invalidReply, JoinRequestSchema, type JoinResponse } from '@campgrid/shared';
import { Router } from 'express';
import type { RateLimits } from '../auth/rate-limits.js';
import type { ReadAccessDeps } from '../auth/read-access.js';
import { hashToken, newToken } from '../auth/tokens.js';
import type { CampRegistry } from '../camps/registry.js';
import { campOf, checkRequestReadAccess } from './camp-access.js';
import { rateLimited } from './rate-limit.js';
import { sendError } from './replies.js';

export interface ParticipantRouteDeps extends ReadAccessDeps {
  registry: CampRegistry;
  rateLimits: RateLimits;
}

/**
 * POST /api/camps/:slug/participants: a display name in, a participant token out. A private camp
 * also wants its join code (X-Join-Code or `joinCode` in the body).
 */
export function participantRoutes(deps: ParticipantRouteDeps): Router {
  const { store, registry } = deps;
  const router = Router();
  router.post(
    '/api/camps/:slug/participants',
    rateLimited(deps.rateLimits, 'ipJoins'),
    async (request, response) => {
      const camp = await campOf(store, request, response);
      if (!camp) return;
      const parsed = JoinRequestSchema.safeParse(request.body ?? {});
      if (!parsed.success) {
        sendError(response, invalidReply(parsed.error));
        return;
      }
      const access = await checkRequestReadAccess(
        deps,
        camp,
        () => registry.current(camp.id),
        request,
        parsed.data.joinCode,
      );
      if (!access.ok) {
        sendError(response, access);
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
    },
  );
  return router;
}
