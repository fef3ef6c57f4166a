import type { CampLinks } from '@campgrid/shared';
import type { Request } from 'express';
import type { Config } from '../config.js';

/** PUBLIC_ORIGIN when configured (behind a proxy the request cannot know it), else the request's. */
export function originOf(request: Request, config: Config): string {
  return config.publicOrigin ?? `${request.protocol}://${request.get('host') ?? 'localhost'}`;
}

/** The moderator token travels in the fragment, which browsers never send to a server or a log. */
export function campLinks(origin: string, slug: string, moderatorToken: string): CampLinks {
  const schedule = `${origin}/c/${slug}`;
  return {
    schedule,
    participant: `${schedule}/join`,
    moderator: `${schedule}/moderate#key=${moderatorToken}`,
  };
}
