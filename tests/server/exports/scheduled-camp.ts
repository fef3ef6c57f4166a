import type { CreateCampRequest, CreateCampResponse } from '@campgrid/shared';
import { createCamp } from '../helpers/api.js';
import { closeAllSockets, connectClient, mustCommand } from '../helpers/socket-client.js';

export interface PlannedSession {
  id: string;
  title: string;
  description?: string;
  hosts?: string[];
  tags?: string[];
  roomId: string;
  slotId: string;
  cancelReason?: string;
}

/**
 * Creates a camp on the default day template (r1.. rooms; d1s2 10:15, d1s3 11:15, d1s6 14:00 …),
 * pitches and places the given sessions as its moderator, and publishes unless told not to.
 */
export async function scheduledCamp(
  url: string,
  request: CreateCampRequest,
  sessions: readonly PlannedSession[],
  options: { publish?: boolean } = {},
): Promise<CreateCampResponse> {
  const camp = await createCamp(url, request);
  const moderator = await connectClient(url, { slug: camp.slug, token: camp.moderatorToken });
  try {
    for (const session of sessions) {
      await mustCommand(moderator, 'session:pitch', {
        sessionId: session.id,
        draft: {
          title: session.title,
          description: session.description ?? '',
          hosts: session.hosts ?? ['Grace Hopper'],
          tags: session.tags ?? [],
        },
      });
      await mustCommand(moderator, 'session:place', {
        sessionId: session.id,
        placement: { roomId: session.roomId, slotId: session.slotId },
      });
      if (session.cancelReason !== undefined) {
        await mustCommand(moderator, 'session:cancel', {
          sessionId: session.id,
          reason: session.cancelReason,
        });
      }
    }
    if (options.publish !== false) await mustCommand(moderator, 'schedule:publish', {});
  } finally {
    closeAllSockets();
  }
  return camp;
}
