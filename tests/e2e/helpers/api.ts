import type { CreateCampResponse, PublicCamp } from '@campgrid/shared';
import { z } from 'zod';

const CreateCampResponseSchema = z.object({
  ok: z.literal(true),
  slug: z.string().min(1),
  moderatorToken: z.string().min(1),
  links: z.object({
    schedule: z.string().min(1),
    participant: z.string().min(1),
    moderator: z.string().min(1),
  }),
}) satisfies z.ZodType<CreateCampResponse>;

type SessionSummary = Pick<PublicCamp['sessions'][number], 'title' | 'voteCount' | 'placement'>;

/** The parts of the public snapshot the tests look at. */
interface CampSummary {
  title: string;
  rooms: Pick<PublicCamp['rooms'][number], 'id' | 'name'>[];
  slots: Pick<PublicCamp['slots'][number], 'id' | 'day' | 'start' | 'kind'>[];
  sessions: SessionSummary[];
}

const CampSummarySchema = z.object({
  title: z.string(),
  rooms: z.array(z.object({ id: z.string(), name: z.string() })),
  slots: z.array(
    z.object({
      id: z.string(),
      day: z.string(),
      start: z.string(),
      kind: z.enum(['session', 'break', 'plenary']),
    }),
  ),
  sessions: z.array(
    z.object({
      title: z.string(),
      voteCount: z.number(),
      placement: z.object({ roomId: z.string(), slotId: z.string() }).nullable(),
    }),
  ),
}) satisfies z.ZodType<CampSummary>;

async function readJson(response: Response, expectedStatus: number): Promise<unknown> {
  const body: unknown = await response.json().catch(() => null);
  if (response.status !== expectedStatus) {
    throw new Error(
      `${response.url} answered ${response.status} (expected ${expectedStatus}): ${JSON.stringify(body)}`,
    );
  }
  return body;
}

/** Creates a camp on the default day template (today, Europe/Berlin) through POST /api/camps. */
export async function createCamp(baseUrl: string, title: string): Promise<CreateCampResponse> {
  const response = await fetch(`${baseUrl}/api/camps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  });
  return CreateCampResponseSchema.parse(await readJson(response, 201));
}

/** The camp as the server has stored it: GET /api/camps/:slug, the public snapshot. */
export async function fetchCamp(baseUrl: string, slug: string): Promise<CampSummary> {
  const response = await fetch(`${baseUrl}/api/camps/${encodeURIComponent(slug)}`);
  return CampSummarySchema.parse(await readJson(response, 200));
}

export async function fetchSession(
  baseUrl: string,
  slug: string,
  title: string,
): Promise<SessionSummary | undefined> {
  const camp = await fetchCamp(baseUrl, slug);
  return camp.sessions.find((session) => session.title === title);
}

/** Resolves a link from the API (absolute or root-relative) against the running app. */
export function appUrl(baseUrl: string, link: string): string {
  return new URL(link, `${baseUrl}/`).toString();
}
