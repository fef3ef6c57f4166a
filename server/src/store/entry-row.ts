import type { StoredEntry } from './store.js';

/**
 * A log entry as the columns both stores write, in their order: camp_id, version, command_id, at,
 * actor, events. Actor and events are stored as JSON text and read back through their schemas.
 */
export function entryRowValues(
  campId: string,
  entry: StoredEntry,
): [string, number, string, number, string, string] {
  return [
    campId,
    entry.version,
    entry.commandId,
    entry.at,
    JSON.stringify(entry.actor),
    JSON.stringify(entry.events),
  ];
}
