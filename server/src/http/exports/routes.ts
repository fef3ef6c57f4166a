import { type CampState, errorReply, invalidReply } from '@campgrid/shared';
import { type Request, type Response, Router } from 'express';
import type { ReadAccessDeps } from '../../auth/read-access.js';
import { hashToken } from '../../auth/tokens.js';
import type { CampRegistry } from '../../camps/registry.js';
import type { Config } from '../../config.js';
import type { CampRecord, ParticipantRecord } from '../../store/store.js';
import { bearerToken, checkRequestReadAccess } from '../camp-access.js';
import { originOf } from '../links.js';
import { sendError, sendNotFound } from '../replies.js';
import { type CsvSeparator, scheduleCsv } from './csv.js';
import { feedTokenFor, feedTokenMatches, parseFeedToken } from './feed-token.js';
import { frabSchedule } from './frab.js';
import { calendarFile } from './ics.js';
import { publicSchedule } from './schedule-entries.js';
import { StarsRequestSchema, type StarsResponse } from './stars-schema.js';

export interface ExportDeps extends ReadAccessDeps {
  registry: CampRegistry;
  config: Config;
}

/**
 * The schedule for other tools (iCalendar, CSV, frab JSON) and each attendee's own agenda: the
 * stars, stored under a participant token, and a personal calendar feed of them.
 */
export function exportRoutes(deps: ExportDeps): Router {
  const { store, registry, config } = deps;
  const router = Router();

  async function findCamp(request: Request, response: Response): Promise<CampRecord | null> {
    const camp = await store.findCampBySlug(String(request.params.slug));
    if (!camp) sendNotFound(response, `No camp at “${String(request.params.slug)}”.`);
    return camp;
  }

  /**
   * The camp for the public exports, with the same read check as GET /api/camps/:slug: a private
   * camp answers only to a working link (Authorization: Bearer) or its join code (X-Join-Code).
   */
  async function readablePublicCamp(
    request: Request,
    response: Response,
  ): Promise<CampState | null> {
    const record = await findCamp(request, response);
    if (!record) return null;
    let state: CampState | null = null;
    const loadState = async () => {
      state ??= await registry.current(record.id);
      return state;
    };
    // Calendar apps and download links cannot send a header: these files also take the join code
    // as `?code=`. It is the code everyone at the camp is given, not anyone's own secret.
    const queryCode = typeof request.query.code === 'string' ? request.query.code : undefined;
    const access = await checkRequestReadAccess(deps, record, loadState, request, queryCode);
    if (!access.ok) {
      sendError(response, access);
      return null;
    }
    response.set('Vary', 'Authorization, X-Join-Code');
    return loadState();
  }

  async function authenticated(
    request: Request,
    response: Response,
  ): Promise<{ camp: CampRecord; participant: ParticipantRecord } | null> {
    const camp = await findCamp(request, response);
    if (!camp) return null;
    const token = bearerToken(request);
    const participant =
      token === undefined
        ? null
        : await store.findParticipantByTokenHash(camp.id, hashToken(token));
    if (!participant) {
      sendError(
        response,
        errorReply(
          'UNAUTHORIZED',
          'Send the participant token as "Authorization: Bearer <token>".',
        ),
      );
      return null;
    }
    return { camp, participant };
  }

  function sendStars(
    response: Response,
    slug: string,
    participant: ParticipantRecord,
    ids: string[],
  ) {
    const body: StarsResponse = {
      ok: true,
      sessionIds: ids,
      feedPath: `/api/camps/${encodeURIComponent(slug)}/agenda/${feedTokenFor(participant)}.ics`,
    };
    response.set('Cache-Control', 'no-store').json(body);
  }

  function sendCalendar(response: Response, body: string, filename: string) {
    response
      .set('Content-Type', 'text/calendar; charset=utf-8')
      .set('Content-Disposition', `inline; filename="${filename}"`)
      .set('Cache-Control', 'no-cache')
      .send(body);
  }

  router.get('/api/camps/:slug/schedule.ics', async (request, response) => {
    const state = await readablePublicCamp(request, response);
    if (!state) return;
    const { camp, entries } = publicSchedule(state);
    const origin = originOf(request, config);
    sendCalendar(
      response,
      calendarFile({ camp, entries, name: camp.title, origin, now: Date.now() }),
      `${camp.slug}.ics`,
    );
  });

  router.get('/api/camps/:slug/agenda/:feedToken.ics', async (request, response) => {
    const camp = await findCamp(request, response);
    if (!camp) return;
    const parsed = parseFeedToken(String(request.params.feedToken));
    const participant = parsed && (await store.findParticipantById(camp.id, parsed.participantId));
    if (!parsed || !participant || !feedTokenMatches(participant, parsed.mac)) {
      sendNotFound(response, 'No such calendar feed.');
      return;
    }
    const starred = new Set(await store.readStars(camp.id, participant.id));
    const { camp: state, entries } = publicSchedule(await registry.current(camp.id));
    const origin = originOf(request, config);
    sendCalendar(
      response,
      calendarFile({
        camp: state,
        entries: entries.filter((entry) => starred.has(entry.session.id)),
        name: state.title,
        origin,
        now: Date.now(),
      }),
      `${state.slug}-agenda.ics`,
    );
  });

  router.get('/api/camps/:slug/schedule.csv', async (request, response) => {
    const state = await readablePublicCamp(request, response);
    if (!state) return;
    const { camp, entries } = publicSchedule(state);
    const separator: CsvSeparator = request.query.separator === 'semicolon' ? ';' : ',';
    response
      .set('Content-Type', 'text/csv; charset=utf-8; header=present')
      .set('Content-Disposition', `attachment; filename="${camp.slug}.csv"`)
      .set('Cache-Control', 'no-cache')
      .send(scheduleCsv(camp, entries, originOf(request, config), separator));
  });

  router.get('/api/camps/:slug/schedule.json', async (request, response) => {
    const state = await readablePublicCamp(request, response);
    if (!state) return;
    const { camp, entries } = publicSchedule(state);
    response
      .set('Cache-Control', 'no-cache')
      .json(frabSchedule(camp, entries, originOf(request, config), `v${camp.version}`));
  });

  router.get('/api/camps/:slug/stars', async (request, response) => {
    const found = await authenticated(request, response);
    if (!found) return;
    const ids = await store.readStars(found.camp.id, found.participant.id);
    sendStars(response, found.camp.slug, found.participant, ids);
  });

  router.put('/api/camps/:slug/stars', async (request, response) => {
    const found = await authenticated(request, response);
    if (!found) return;
    const parsed = StarsRequestSchema.safeParse(request.body ?? {});
    if (!parsed.success) {
      sendError(response, invalidReply(parsed.error));
      return;
    }
    const ids = [...new Set(parsed.data.sessionIds)];
    await store.replaceStars(found.camp.id, found.participant.id, ids);
    sendStars(response, found.camp.slug, found.participant, ids);
  });

  return router;
}
