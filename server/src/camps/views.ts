import {
  type Audience,
  type CampState,
  type LogEntry,
  projectEventsFor,
  projectStateFor,
} from '@campgrid/shared';
import type { StoredEntry } from '../store/store.js';

/** The snapshot for one audience (see shared/src/projection): what it may see, nothing more. */
export function snapshotFor(state: CampState, audience: Audience): CampState {
  return projectStateFor(state, audience);
}

/**
 * A stored entry as an audience may see it: no actor and no command id, the events projected.
 * `state` must have the same projection rules as the state the entry was applied to
 * (changesProjectionRules).
 */
export function entryFor(entry: StoredEntry, state: CampState, audience: Audience): LogEntry {
  return {
    version: entry.version,
    at: entry.at,
    events: projectEventsFor(entry.events, state, audience),
  };
}
