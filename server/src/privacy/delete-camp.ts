import type { CampRegistry } from '../camps/registry.js';
import type { AccessControl } from '../realtime/access.js';
import type { Store } from '../store/store.js';

export interface CampDeletionDeps {
  store: Store;
  registry: CampRegistry;
  access: AccessControl;
}

/**
 * Deletes a camp with its log, participants, stars and links, after the commands already queued
 * for it; then its open sockets get `access:revoked` (camp-deleted) and are closed. False if there
 * was no such camp (any more).
 */
export async function deleteCamp(deps: CampDeletionDeps, campId: string): Promise<boolean> {
  const removed = await deps.registry.remove(campId, () => deps.store.deleteCamp(campId));
  if (removed) deps.access.campDeleted(campId);
  return removed;
}
