import {
  changesProjection,
  decide,
  type EventEnvelope,
  errorReply,
  evolveAll,
} from '@campgrid/shared';
import { actorOf } from './actor.js';
import { announcementFor } from './announcements.js';
import {
  applyEntries,
  applyEnvelope,
  type BroadcastResult,
  type Confirmed,
  drainAccepted,
  emptyCamp,
  type PendingCommand,
  rebase,
} from './board-logic.js';
import { EMPTY_GRID_UNDO } from './grid-undo.js';
import type { BoardSlice, BoardState, SliceCreator } from './types.js';

export const EMPTY_BOARD: BoardState = {
  slug: null,
  identity: null,
  confirmed: null,
  open: null,
  pending: [],
  visible: null,
};

export const createBoardSlice: SliceCreator<BoardSlice> = (set, get) => {
  function confirmedOrEmpty(): Confirmed {
    const { board } = get();
    return { state: board.confirmed ?? emptyCamp(board.slug ?? ''), open: board.open };
  }

  /** Stores a new confirmed state and queue; the visible state is always derived from both. */
  function commit(confirmed: Confirmed, pending: readonly PendingCommand[]): void {
    const drained = drainAccepted(confirmed, pending);
    const rebased = rebase(drained.state, pending, actorOf(get().connection.viewer));
    set((store) => ({
      board: {
        ...store.board,
        confirmed: drained.state,
        open: drained.open,
        pending: rebased.pending,
        visible: rebased.visible,
      },
    }));
    for (const { reason } of rebased.dropped) get().notify('dropped', reason.code);
  }

  function receiveEnvelope(envelope: EventEnvelope): BroadcastResult {
    const { board } = get();
    if (board.confirmed === null) return { gap: false, snapshotWanted: false };
    if (
      envelope.version > board.confirmed.version &&
      changesProjection(board.confirmed, envelope.event)
    ) {
      // Applying it cannot add what the old rule left out, nor take back what it showed.
      return { gap: false, snapshotWanted: true };
    }
    const result = applyEnvelope({ state: board.confirmed, open: board.open }, envelope);
    if (result.applied) {
      commit(result, board.pending);
      const after = get().board.visible;
      const announcement = after && announcementFor(envelope.event, after);
      if (announcement) get().announce(announcement);
    }
    return { gap: result.gap, snapshotWanted: false };
  }

  function without(commandId: string): PendingCommand[] {
    return get().board.pending.filter((command) => command.commandId !== commandId);
  }

  return {
    board: EMPTY_BOARD,

    openCamp: (slug, identity) => {
      const { board } = get();
      if (board.slug === slug && board.identity === identity) return;
      // Another identity sees other ballots and may not send the old one's commands: start over.
      set((store) => ({
        board: { ...EMPTY_BOARD, slug, identity },
        connection: { status: 'connecting', viewer: null, lastSyncAt: null, failure: null },
        ui: {
          ...store.ui,
          pickedSessionId: null,
          presence: { ownConnectionId: null, moderators: [] },
          gridUndo: EMPTY_GRID_UNDO,
        },
      }));
    },

    syncBase: () => {
      const { confirmed, open } = get().board;
      if (confirmed === null) return 0;
      return open === null ? confirmed.version : open.version - 1;
    },

    receiveSync: (viewer, catchUp, version) => {
      set((store) => ({ connection: { ...store.connection, viewer } }));
      const result =
        catchUp.kind === 'snapshot'
          ? { state: catchUp.state, open: null, gap: false }
          : applyEntries(confirmedOrEmpty(), catchUp.entries);
      commit(result, get().board.pending);
      const reached = get().board.confirmed?.version ?? 0;
      return { gap: result.gap || reached < version };
    },

    receiveEnvelope: (envelope) => receiveEnvelope(envelope),

    queueCommand: (commandId, command) => {
      const { board, connection } = get();
      if (board.visible === null) return errorReply('NOT_FOUND', 'The camp has not loaded yet.');
      const decision = decide(board.visible, command, actorOf(connection.viewer));
      if (!decision.ok) return decision;
      const queued: PendingCommand = { commandId, command, sent: false, accepted: null };
      set((store) => ({
        board: {
          ...store.board,
          pending: [...store.board.pending, queued],
          visible: store.board.visible && evolveAll(store.board.visible, decision.events),
        },
      }));
      return { ok: true };
    },

    markSent: (commandId) =>
      set((store) => ({
        board: {
          ...store.board,
          pending: store.board.pending.map((command) =>
            command.commandId === commandId ? { ...command, sent: true } : command,
          ),
        },
      })),

    acceptCommand: (commandId, version, events, at) => {
      const { board } = get();
      if (board.confirmed === null) return { gap: false };
      const confirmed: Confirmed = { state: board.confirmed, open: board.open };
      if (version <= board.confirmed.version + 1) {
        // At or below the confirmed version it is in already (a retry answered as a duplicate).
        commit(applyEntries(confirmed, [{ version, at, events }]), without(commandId));
        return { gap: false };
      }
      // Entries before it are missing: show its stored events until the gap is filled.
      const pending = board.pending.map((command) =>
        command.commandId === commandId ? { ...command, accepted: { version, events } } : command,
      );
      commit(confirmed, pending);
      return { gap: true };
    },

    refuseCommand: (commandId, reply) => {
      const { board } = get();
      // An unknown id was dropped locally already, and the user was told then.
      if (!board.pending.some((command) => command.commandId === commandId)) return;
      if (board.confirmed === null) {
        set((store) => ({ board: { ...store.board, pending: without(commandId) } }));
      } else {
        commit({ state: board.confirmed, open: board.open }, without(commandId));
      }
      get().notify('refused', reply.code, commandId);
    },
  };
};
