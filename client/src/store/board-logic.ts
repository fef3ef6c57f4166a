import {
  type Actor,
  applyEntry,
  type CampState,
  type Command,
  DEFAULT_CAMP_SETTINGS,
  type DomainEvent,
  decide,
  type ErrorReply,
  type EventEnvelope,
  evolve,
  evolveAll,
  type LogEntry,
} from '@campgrid/shared';

/** The server's answer to a command that it accepted: where its events sit in the camp's log. */
export interface AcceptedEntry {
  version: number;
  events: DomainEvent[];
}

/** A command the user made that the confirmed state does not contain yet. */
export interface PendingCommand {
  commandId: string;
  command: Command;
  /** Once sent, only the server may drop it: it may already have stored it before a disconnect. */
  sent: boolean;
  accepted: AcceptedEntry | null;
}

/**
 * The newest confirmed version, when it was built from broadcasts one event at a time: a command
 * may carry several events, so more may follow under the same version, and a full entry for that
 * version (from a catch-up) replaces what was applied, starting again from `base`.
 */
export interface OpenVersion {
  version: number;
  base: CampState;
}

export interface Confirmed {
  state: CampState;
  open: OpenVersion | null;
}

export interface IngestResult {
  /** True when an entry is missing before the ones received: the caller has to sync again. */
  gap: boolean;
}

export interface BroadcastResult extends IngestResult {
  /**
   * True when the broadcast changes what this client may see (changesProjection): it was not
   * applied, and the caller fetches a snapshot instead.
   */
  snapshotWanted: boolean;
}

/** Applies log entries strictly in version order; stops at the first missing version. */
export function applyEntries(
  confirmed: Confirmed,
  entries: readonly LogEntry[],
): Confirmed & IngestResult {
  let { state, open } = confirmed;
  const ordered = [...entries].sort((a, b) => a.version - b.version);
  for (const entry of ordered) {
    if (open !== null && entry.version === open.version) {
      state = applyEntry(open.base, entry);
      open = null;
    } else if (entry.version <= state.version) {
      // Already applied: a catch-up and a broadcast may both carry it.
    } else if (entry.version === state.version + 1) {
      state = applyEntry(state, entry);
      open = null;
    } else {
      return { state, open, gap: true };
    }
  }
  return { state, open, gap: false };
}

/** Applies one broadcast event; events of one command share a version and arrive one by one. */
export function applyEnvelope(
  confirmed: Confirmed,
  envelope: EventEnvelope,
): Confirmed & IngestResult & { applied: boolean } {
  const { state, open } = confirmed;
  if (open !== null && envelope.version === open.version && state.version === open.version) {
    return { state: evolve(state, envelope.event), open, gap: false, applied: true };
  }
  if (envelope.version <= state.version) return { state, open, gap: false, applied: false };
  if (envelope.version === state.version + 1) {
    return {
      state: { ...evolve(state, envelope.event), version: envelope.version },
      open: { version: envelope.version, base: state },
      gap: false,
      applied: true,
    };
  }
  return { state, open, gap: true, applied: false };
}

/** Moves accepted commands whose version is next in line into the confirmed state. */
export function drainAccepted(confirmed: Confirmed, pending: readonly PendingCommand[]): Confirmed {
  let current = confirmed;
  for (;;) {
    const nextVersion = current.state.version + 1;
    const next = pending.find((command) => command.accepted?.version === nextVersion);
    if (next?.accepted == null) return current;
    current = {
      state: applyEntry(current.state, {
        version: nextVersion,
        at: 0,
        events: next.accepted.events,
      }),
      open: null,
    };
  }
}

export interface Rebased {
  visible: CampState;
  pending: PendingCommand[];
  dropped: { command: PendingCommand; reason: ErrorReply }[];
}

/**
 * The visible state: the pending commands decided again on top of the confirmed state. Accepted
 * ones replay their stored events; a pending command that was never sent and that the rules now
 * refuse is dropped, while a sent one stays (hidden) until the server's answer says what happened.
 */
export function rebase(
  confirmed: CampState,
  pending: readonly PendingCommand[],
  actor: Actor,
): Rebased {
  let visible = confirmed;
  const kept: PendingCommand[] = [];
  const dropped: Rebased['dropped'] = [];
  for (const command of pending) {
    if (command.accepted !== null) {
      if (command.accepted.version > confirmed.version) {
        visible = evolveAll(visible, command.accepted.events);
        kept.push(command);
      }
      continue;
    }
    const decision = decide(visible, command.command, actor);
    if (decision.ok) {
      visible = evolveAll(visible, decision.events);
      kept.push(command);
    } else if (command.sent) {
      kept.push(command);
    } else {
      dropped.push({ command, reason: decision });
    }
  }
  return { visible, pending: kept, dropped };
}

/** A camp that is nothing yet: the base that the first log entry (`camp:created`) replaces. */
export function emptyCamp(slug: string): CampState {
  return {
    id: 'pending',
    slug,
    title: slug,
    timezone: 'Europe/Berlin',
    days: [],
    settings: DEFAULT_CAMP_SETTINGS,
    phases: { pitching: false, voting: false },
    rooms: [],
    slots: [],
    version: 0,
    sessions: [],
    ballots: {},
    queue: [],
    spotlight: null,
    published: false,
  };
}
