import { invalidReply, type SyncAck, SyncRequestSchema } from '@campgrid/shared';
import type { Logger } from 'pino';
import type { CampRegistry } from '../camps/registry.js';
import { entryFor, snapshotFor } from '../camps/views.js';
import type { Store } from '../store/store.js';
import type { CampBroadcaster } from './camp-broadcaster.js';
import { guarded } from './guarded-handler.js';
import type { CampSocket } from './types.js';

/** Beyond this many missed entries a snapshot is cheaper to send and to apply. */
export const MAX_CATCH_UP_ENTRIES = 500;

/**
 * camp:sync: a (re)connecting client sends the last version it has applied and gets what it
 * missed, or a snapshot when it is too far behind or ahead (e.g. after a server reset).
 */
export function registerSync(
  socket: CampSocket,
  registry: CampRegistry,
  store: Store,
  broadcaster: CampBroadcaster,
  logger: Logger,
): void {
  const { campId, viewer } = socket.data;
  socket.on(
    'camp:sync',
    guarded<SyncAck>(logger, 'camp:sync', async (message, reply) => {
      const parsed = SyncRequestSchema.safeParse(message);
      if (!parsed.success) {
        reply(invalidReply(parsed.error));
        return;
      }
      const { sinceVersion } = parsed.data;
      // Inside the camp's queue: no broadcast can overtake this reply. The open vote tally goes
      // out first, so no later tally starts below the version this reply brings the client to.
      await registry.withState(campId, async (state) => {
        broadcaster.flush(campId);
        const gap = state.version - sinceVersion;
        if (gap >= 0 && gap <= MAX_CATCH_UP_ENTRIES) {
          const entries = await store.readEntries(campId, sinceVersion, gap);
          reply({
            ok: true,
            viewer,
            version: state.version,
            catchUp: {
              kind: 'events',
              entries: entries.map((entry) => entryFor(entry, viewer.participantId)),
            },
          });
          return;
        }
        reply({
          ok: true,
          viewer,
          version: state.version,
          catchUp: { kind: 'snapshot', state: snapshotFor(state, viewer) },
        });
      });
    }),
  );
}
