import { IdSchema, SESSIONS_MAX } from '@campgrid/shared';
import { z } from 'zod';

/** PUT /api/camps/:slug/stars: the whole agenda, replacing the stored one. */
export const StarsRequestSchema = z.object({
  sessionIds: z.array(IdSchema).max(SESSIONS_MAX),
});

/** GET and PUT /api/camps/:slug/stars answer with the stored agenda and its calendar feed. */
export interface StarsResponse {
  ok: true;
  sessionIds: string[];
  /** Root-relative path of the personal iCalendar feed: secret, but not the token itself. */
  feedPath: string;
}
