import { type CampStore, type ClientErrorCode, useCampStore } from '../../store/index.js';

export type CommandOutcome =
  | { kind: 'none' }
  | { kind: 'pending' }
  | { kind: 'accepted' }
  | { kind: 'refused'; code: ClientErrorCode };

function refusalOf(store: CampStore, commandId: string | null): ClientErrorCode | null {
  if (commandId === null) return null;
  return store.ui.notices.find((notice) => notice.commandId === commandId)?.code ?? null;
}

function isWaiting(store: CampStore, commandId: string | null): boolean {
  if (commandId === null) return false;
  const queued = store.board.pending.find((command) => command.commandId === commandId);
  return queued !== undefined && queued.accepted === null;
}

/**
 * What became of a command sent with `sendCommand`: waiting in the queue, accepted by the server,
 * or refused (a refusal leaves a notice carrying the command's id, as PlanPanel reads it). A
 * notice can be dismissed, so act on the first answer rather than keep watching.
 */
export function useCommandOutcome(commandId: string | null): CommandOutcome {
  const refusal = useCampStore((store) => refusalOf(store, commandId));
  const waiting = useCampStore((store) => isWaiting(store, commandId));
  if (commandId === null) return { kind: 'none' };
  if (refusal !== null) return { kind: 'refused', code: refusal };
  return waiting ? { kind: 'pending' } : { kind: 'accepted' };
}
