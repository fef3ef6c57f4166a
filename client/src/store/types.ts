import type {
  CampState,
  CatchUp,
  Command,
  DomainEvent,
  ErrorReply,
  EventEnvelope,
  ModeratorPresence,
  Viewer,
} from '@campgrid/shared';
import type { StateCreator } from 'zustand';
import type { AgendaSlice } from './agenda-slice.js';
import type { BroadcastResult, IngestResult, OpenVersion, PendingCommand } from './board-logic.js';
import type { GridAction, GridUndo } from './grid-undo.js';
import type { Announcement, ClientErrorCode, Notice } from './notices.js';

export type Language = 'de' | 'en';

export interface BoardState {
  slug: string | null;
  /** Who the pending commands were made as; a new identity starts a new queue. */
  identity: string | null;
  /** The state the server has confirmed, with its version. */
  confirmed: CampState | null;
  open: OpenVersion | null;
  pending: PendingCommand[];
  /** confirmed + pending, re-decided: what every page shows. */
  visible: CampState | null;
}

export interface BoardSlice {
  board: BoardState;
  /** Starts (or resumes) a camp for one identity: another camp starts empty. */
  openCamp(slug: string, identity: string): void;
  /** The version to ask `camp:sync` for. */
  syncBase(): number;
  receiveSync(viewer: Viewer, catchUp: CatchUp, version: number): IngestResult;
  /**
   * Someone else's change, broadcast event by event (a votes:tallied arrives as one envelope per
   * version). Versions it has already (its own votes, from their acks) are skipped.
   */
  receiveEnvelope(envelope: EventEnvelope): BroadcastResult;
  /** Decides the command on the visible state; on success it joins the queue. */
  queueCommand(commandId: string, command: Command): { ok: true } | ErrorReply;
  markSent(commandId: string): void;
  acceptCommand(
    commandId: string,
    version: number,
    events: DomainEvent[],
    at: number,
  ): IngestResult;
  refuseCommand(commandId: string, reply: ErrorReply): void;
}

export type ConnectionStatus = 'connecting' | 'online' | 'offline';
/**
 * NOT_FOUND: no such camp (or it was deleted). UNAUTHORIZED: the handshake refused the token.
 * JOIN_CODE: a private camp wants its join code (none given, a wrong one, or it changed).
 * REVOKED: the server ended this link while the page was open (access:revoked).
 */
export type ConnectionFailure = 'NOT_FOUND' | 'UNAUTHORIZED' | 'JOIN_CODE' | 'REVOKED';

export interface ConnectionState {
  status: ConnectionStatus;
  viewer: Viewer | null;
  /** Server-confirmed time of the last completed sync, ms since the epoch. */
  lastSyncAt: number | null;
  /** Set when the server will not let this client in; reconnecting would not help. */
  failure: ConnectionFailure | null;
}

export interface ConnectionSlice {
  connection: ConnectionState;
  setConnectionStatus(status: ConnectionStatus): void;
  setConnectionFailure(failure: ConnectionFailure | null): void;
  markSynced(at: number): void;
}

export interface UiState {
  /** The session the moderator holds, to be placed with the next click on the grid. */
  pickedSessionId: string | null;
  notices: Notice[];
  announcement: (Announcement & { id: number }) | null;
  language: Language;
  /** Who else moderates this camp right now, and this page's own connection among them. */
  presence: { ownConnectionId: string | null; moderators: ModeratorPresence[] };
  /** This moderator's own grid actions, for undo and redo. */
  gridUndo: GridUndo;
}

export interface UiSlice {
  ui: UiState;
  pickSession(sessionId: string | null): void;
  /** `commandId` ties a refusal to the command, for a panel that waits for its answer. */
  notify(kind: Notice['kind'], code: ClientErrorCode, commandId?: string): void;
  dismissNotice(id: number): void;
  announce(announcement: Announcement): void;
  setLanguage(language: Language): void;
  setPresence(ownConnectionId: string | null, moderators: ModeratorPresence[]): void;
  /** A new grid action of one's own: it can be undone, and what was undone can't be redone. */
  recordGridAction(action: GridAction): void;
  /** Replaces both stacks after an undo or redo was sent. */
  setGridUndo(gridUndo: GridUndo): void;
}

export type CampStore = BoardSlice & ConnectionSlice & UiSlice & AgendaSlice;

export type SliceCreator<Slice> = StateCreator<CampStore, [], [], Slice>;
