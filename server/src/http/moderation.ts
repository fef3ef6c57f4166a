import { randomUUID } from 'node:crypto';
import {
  type CoModerator,
  type CoModeratorCreated,
  type CoModeratorList,
  CoModeratorRequestSchema,
  type DoneResponse,
  errorReply,
  invalidReply,
  JoinCodeRequestSchema,
  type ModeratorLinkRotated,
} from '@campgrid/shared';
import { Router } from 'express';
import { hashJoinCode } from '../auth/join-code.js';
import { hashToken, newToken } from '../auth/tokens.js';
import type { Config } from '../config.js';
import type { AccessControl } from '../realtime/access.js';
import type { ModeratorLinkRecord, Store } from '../store/store.js';
import { campOf, requireModerator } from './camp-access.js';
import { campLinks, originOf } from './links.js';
import { sendError, sendNotFound } from './replies.js';

export interface ModerationRouteDeps {
  store: Store;
  config: Config;
  access: AccessControl;
}

function listed(link: ModeratorLinkRecord): CoModerator {
  return { id: link.id, label: link.label, createdAt: link.createdAt };
}

/**
 * The moderator's links and the join code, all behind `Authorization: Bearer <moderator token>`.
 * Only the main moderator link rotates itself and hands out or revokes co-moderator links; any
 * moderator sets the join code.
 */
export function moderationRoutes(deps: ModerationRouteDeps): Router {
  const { store, config, access } = deps;
  const router = Router();

  router.post('/api/camps/:slug/moderator-link/rotate', async (request, response) => {
    const camp = await campOf(store, request, response);
    if (!camp) return;
    const moderator = await requireModerator(store, camp, request, response, 'main');
    if (!moderator) return;
    const token = newToken();
    const rotated = await store.rotateModeratorTokenHash(
      camp.id,
      moderator.tokenHash,
      hashToken(token),
    );
    if (!rotated) {
      // Another rotation with the same link won the race: this link is already gone.
      sendError(response, errorReply('UNAUTHORIZED', 'This link is not valid for this camp.'));
      return;
    }
    access.revokeToken(moderator.tokenHash, 'rotated');
    const body: ModeratorLinkRotated = {
      ok: true,
      moderatorToken: token,
      links: campLinks(originOf(request, config), camp.slug, token),
    };
    response.set('Cache-Control', 'no-store').json(body);
  });

  router.post('/api/camps/:slug/co-moderators', async (request, response) => {
    const camp = await campOf(store, request, response);
    if (!camp) return;
    if (!(await requireModerator(store, camp, request, response, 'main'))) return;
    const parsed = CoModeratorRequestSchema.safeParse(request.body ?? {});
    if (!parsed.success) {
      sendError(response, invalidReply(parsed.error));
      return;
    }
    const token = newToken();
    const link: ModeratorLinkRecord = {
      id: randomUUID(),
      campId: camp.id,
      tokenHash: hashToken(token),
      label: parsed.data.label,
      createdAt: Date.now(),
      revokedAt: null,
    };
    await store.createModeratorLink(link);
    const body: CoModeratorCreated = {
      ok: true,
      ...listed(link),
      token,
      link: campLinks(originOf(request, config), camp.slug, token).moderator,
    };
    response.status(201).set('Cache-Control', 'no-store').json(body);
  });

  router.get('/api/camps/:slug/co-moderators', async (request, response) => {
    const camp = await campOf(store, request, response);
    if (!camp) return;
    if (!(await requireModerator(store, camp, request, response, 'main'))) return;
    const links = await store.listModeratorLinks(camp.id);
    const body: CoModeratorList = {
      ok: true,
      coModerators: links.filter((link) => link.revokedAt === null).map(listed),
    };
    response.set('Cache-Control', 'no-store').json(body);
  });

  router.delete('/api/camps/:slug/co-moderators/:id', async (request, response) => {
    const camp = await campOf(store, request, response);
    if (!camp) return;
    if (!(await requireModerator(store, camp, request, response, 'main'))) return;
    const revoked = await store.revokeModeratorLink(
      camp.id,
      String(request.params.id ?? ''),
      Date.now(),
    );
    if (!revoked) {
      sendNotFound(response, 'No working co-moderator link with this id.');
      return;
    }
    access.revokeToken(revoked.tokenHash, 'revoked');
    const body: DoneResponse = { ok: true };
    response.set('Cache-Control', 'no-store').json(body);
  });

  router.put('/api/camps/:slug/join-code', async (request, response) => {
    const camp = await campOf(store, request, response);
    if (!camp) return;
    if (!(await requireModerator(store, camp, request, response, 'any'))) return;
    const parsed = JoinCodeRequestSchema.safeParse(request.body ?? {});
    if (!parsed.success) {
      sendError(response, invalidReply(parsed.error));
      return;
    }
    await store.setJoinCodeHash(camp.id, await hashJoinCode(parsed.data.code));
    access.joinCodeChanged(camp.id);
    const body: DoneResponse = { ok: true };
    response.set('Cache-Control', 'no-store').json(body);
  });

  return router;
}
