import {
  type CampExport,
  type ExportedEntry,
  projectStateFor,
  redactEventFor,
} from '@campgrid/shared';
import type { CampRegistry } from '../camps/registry.js';
import type { CampRecord, Store, StoredEntry } from '../store/store.js';

/** What a moderator sees: every count and host name, nobody's ballot. */
const MODERATOR_AUDIENCE = { role: 'moderator', participantId: null } as const;

function exportedEntry(entry: StoredEntry): ExportedEntry {
  return {
    version: entry.version,
    at: entry.at,
    actorRole: entry.actor.role,
    ...(entry.actor.role === 'moderator' && entry.actor.moderatorId !== undefined
      ? { moderatorId: entry.actor.moderatorId }
      : {}),
    events: entry.events.map((event) => redactEventFor(event, null)),
  };
}

/**
 * All of a camp's data for its moderator, as one JSON document: the current state, the whole
 * change log, the participants and the co-moderator links. Left out: token and join-code hashes
 * (secrets, useless outside this server) and who voted for what, which the server never shows
 * anyone, moderators included: actors appear by role only and vote events without the voter.
 */
export async function campExport(
  store: Store,
  registry: CampRegistry,
  camp: CampRecord,
  now: Date = new Date(),
): Promise<CampExport> {
  const state = await registry.current(camp.id);
  const [entries, participants, links, joinCodeHash] = await Promise.all([
    store.readEntries(camp.id, 0, state.version),
    store.listParticipants(camp.id),
    store.listModeratorLinks(camp.id),
    store.findJoinCodeHash(camp.id),
  ]);
  return {
    ok: true,
    format: 'campgrid-export',
    formatVersion: 1,
    exportedAt: now.getTime(),
    camp: {
      id: camp.id,
      slug: camp.slug,
      createdAt: camp.createdAt,
      joinCodeSet: joinCodeHash !== null,
    },
    state: projectStateFor(state, MODERATOR_AUDIENCE),
    log: entries.map(exportedEntry),
    participants: participants.map((member) => ({
      id: member.id,
      displayName: member.displayName,
      createdAt: member.createdAt,
    })),
    coModerators: links.map((link) => ({
      id: link.id,
      label: link.label,
      createdAt: link.createdAt,
      revokedAt: link.revokedAt,
    })),
  };
}
