import {
  type Audience,
  type CampState,
  changesProjectionRules,
  invalidReply,
  type LogEntry,
  type SyncAck,
  SyncRequestSchema,
  type Viewer,
} from '@campgrid/shared';
import type { Logger } from 'pino';
import type { CampRegistry } from '../camps/registry.js';
import { entryFor, snapshotFor } from '../camps/views.js';
import type { Store, StoredEntry } from '../store/store.js';
import { ballotKeysOf, moderatorAudience } from './ballot-keys.js';
import type { CampBroadcaster } from './camp-broadcaster.js';
import { guarded } from './guarded-handler.js';
import type { CampSocket } from './types.js';

/** Beyond this many missed entries a snapshot is cheaper to send and to apply. */
export const MAX_CATCH_UP_ENTRIES = 500;

/** Moderators see ballots under their voters' keys; everyone else is projected as themselves. */
async function audienceOf(
  viewer: Viewer,
  store: Store,
  campId: string,
): Promise<{ audience: Audience; keys: ReadonlyMap<string, string> | null }> {
  if (viewer.role !== 'moderator') return { audience: viewer, keys: null };
  const keys = await ballotKeysOf(store, campId);
  return { audience: moderatorAudience(keys), keys };
}

function hasUnkeyedVoter(
  entries: readonly StoredEntry[],
  keys: ReadonlyMap<string, string> | null,
): boolean {
  if (keys === null) return false;
  return entries.some(({ events }) =>
    events.some(
      (event) =>
        (event.type === 'vote:cast' || event.type === 'vote:retracted') &&
        event.participantId !== undefined &&
        !keys.has(event.participantId),
    ),
  );
}

/**
 * The missed entries projected for the audience; null when a snapshot has to go instead. Only the
 * current state is at hand, which projects every entry as the state it was applied to would,
 * unless the projection rules changed in between (camp:created sets them, so it does not count);
 * then the client's older state is wrong under the new rules anyway. For moderators a vote by
 * someone who left since has no key to give it.
 */
function catchUpEntries(
  entries: readonly StoredEntry[],
  current: CampState,
  audience: Audience,
  keys: ReadonlyMap<string, string> | null,
): LogEntry[] | null {
  if (hasUnkeyedVoter(entries, keys)) return null;
  const rulesChanged = entries.some(({ events }) => events.some(changesProjectionRules));
  return rulesChanged ? null : entries.map((entry) => entryFor(entry, current, audience));
}

/**
 * camp:sync: a (re)connecting client sends the last version it has applied and gets what it
 * missed, or a snapshot when it is too far behind or ahead (e.g. after a server reset), when the
 * projection rules changed in between, or when it asks for one (`snapshot: true`, after a
 * camp:updated that changesProjection names). Both are projected for the client's audience.
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
      const { sinceVersion, snapshot: wantsSnapshot = false } = parsed.data;
      // Inside the camp's queue: no broadcast can overtake this reply. The open vote tally goes
      // out first, so no later tally starts below the version this reply brings the client to.
      await registry.withState(campId, async (state) => {
        broadcaster.flush(campId);
        broadcaster.remember(campId, state);
        const { audience, keys } = await audienceOf(viewer, store, campId);
        const snapshot = (current: CampState): SyncAck => ({
          ok: true,
          viewer,
          version: current.version,
          catchUp: { kind: 'snapshot', state: snapshotFor(current, audience) },
        });
        const gap = state.version - sinceVersion;
        if (wantsSnapshot || gap < 0 || gap > MAX_CATCH_UP_ENTRIES) {
          reply(snapshot(state));
          return;
        }
        const entries = await registry.entriesSince(campId, sinceVersion, state);
        const projected = catchUpEntries(entries, state, audience, keys);
        reply(
          projected === null
            ? snapshot(state)
            : {
                ok: true,
                viewer,
                version: state.version,
                catchUp: { kind: 'events', entries: projected },
              },
        );
      });
    }),
  );
}
