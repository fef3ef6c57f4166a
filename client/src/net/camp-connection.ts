import {
  type AccessRevoked,
  assertNever,
  type CommandInput,
  type CommandType,
  type ErrorReply,
  ErrorReplySchema,
  type EventEnvelope,
  errorReply,
  eventSchemas,
  type HistoryEntry,
  type HistoryRequest,
  parseCommand,
  tallyEnvelopes,
  VOTE_TALLY_EVENT,
  VoteTallySchema,
} from '@campgrid/shared';
import {
  type CampStoreApi,
  type ClientErrorCode,
  type ConnectionFailure,
  type PendingCommand,
  useCampStore,
} from '../store/index.js';
import { handshakeRetryDelay } from './handshake-retry.js';
import { newId } from './ids.js';
import { type CampSocket, type OpenSocket, openSocketIo } from './socket-port.js';
import { VersionHoles } from './version-holes.js';
import {
  AccessRevokedSchema,
  CommandAckSchema,
  EventEnvelopeSchema,
  HistoryAckSchema,
  PresenceChangedSchema,
  SyncAckSchema,
} from './wire.js';

export type SendResult = { ok: true; commandId: string } | ErrorReply;

export type HistoryResult =
  | { ok: true; entries: HistoryEntry[] }
  | { ok: false; code: ClientErrorCode; message: string };

export interface CampConnection {
  sendCommand<T extends CommandType>(type: T, payload: CommandInput<T>): SendResult;
  /** The camp's change history, newest first (moderators only). */
  listHistory(request: HistoryRequest): Promise<HistoryResult>;
  close(): void;
}

export interface ConnectOptions {
  store?: CampStoreApi;
  openSocket?: OpenSocket;
  syncTimeoutMs?: number;
  commandTimeoutMs?: number;
  now?: () => number;
  /** A private camp's join code, for a page without a token (a viewer). */
  joinCode?: string;
  /**
   * The server ended this connection's access (access:revoked). Called before the store shows
   * the failure, so that whoever keeps the dead credential can forget it first. `expected`: this
   * page ended it itself (it rotated the link or deleted the camp) and says so on its own; the
   * connection then only closes.
   */
  onRevoked?: (reason: AccessRevoked['reason']) => RevokedOutcome;
}

export type RevokedOutcome = 'expected' | 'unexpected';

/** Syncs that keep finding gaps point at a server bug; looping on it would only burn the battery. */
const GAP_RESYNCS_MAX = 5;

let active: CampConnection | null = null;

/**
 * Opens the live connection to one camp and feeds the store. `token` is the moderator's or the
 * participant's secret; without one the server treats the page as a read-only viewer.
 */
export function connectCamp(
  slug: string,
  token: string | undefined,
  options: ConnectOptions = {},
): CampConnection {
  const store = options.store ?? useCampStore;
  const syncTimeoutMs = options.syncTimeoutMs ?? 10_000;
  const commandTimeoutMs = options.commandTimeoutMs ?? 10_000;
  const now = options.now ?? Date.now;

  store.getState().openCamp(slug, token ?? 'viewer');
  store.getState().setConnectionStatus('connecting');
  const socket: CampSocket = (options.openSocket ?? openSocketIo)(
    handshakeOf(slug, token, options.joinCode),
  );

  /** Counts connections, so that late answers to an earlier one are recognised and ignored. */
  let epoch = 0;
  let synced = false;
  let syncing = false;
  let resyncWanted = false;
  /** The next sync asks for a snapshot: the projection rules changed (changesProjection). */
  let snapshotWanted = false;
  let gapResyncs = 0;
  let closed = false;
  /** Broadcasts that arrive while a sync is under way wait for its catch-up. */
  let buffered: EventEnvelope[] = [];
  /** Commands sent on the current connection and not answered yet, by id. */
  const inFlight = new Set<string>();
  const retryTimers = new Set<ReturnType<typeof setTimeout>>();
  /** Refused handshakes in a row, and the timer of the next try. */
  let handshakeRefusals = 0;
  let handshakeRetry: ReturnType<typeof setTimeout> | null = null;
  const holes = new VersionHoles({
    apply: (envelope) => store.getState().receiveEnvelope(envelope),
    confirmedVersion: () => store.getState().board.confirmed?.version ?? 0,
    newestAcceptedVersion: () =>
      Math.max(
        0,
        ...store.getState().board.pending.map((command) => command.accepted?.version ?? 0),
      ),
    sync: (snapshot) => requestSync(snapshot),
  });

  function requestSync(snapshot = false): void {
    snapshotWanted ||= snapshot;
    if (syncing) resyncWanted = true;
    else runSync();
  }

  function runSync(): void {
    syncing = true;
    // The catch-up holds whatever broadcast was waiting for a hole to close.
    holes.reset();
    const syncEpoch = epoch;
    const sinceVersion = store.getState().syncBase();
    const snapshot = snapshotWanted;
    const request = snapshot ? { sinceVersion, snapshot } : { sinceVersion };
    socket.emitWithAck('camp:sync', request, syncTimeoutMs, (error, reply) => {
      if (closed || syncEpoch !== epoch) return;
      syncing = false;
      if (error) {
        if (socket.connected) runSync();
        return;
      }
      if (snapshot) snapshotWanted = false;
      const parsed = SyncAckSchema.safeParse(reply);
      if (!parsed.success) {
        store.getState().notify('refused', 'INTERNAL');
        return;
      }
      const ack = parsed.data;
      if (!ack.ok) {
        if (ack.code === 'NOT_FOUND' || ack.code === 'UNAUTHORIZED') {
          store.getState().setConnectionFailure(ack.code);
        } else {
          store.getState().notify('refused', ack.code);
        }
        return;
      }
      const { gap } = store.getState().receiveSync(ack.viewer, ack.catchUp, ack.version);
      synced = true;
      store.getState().markSynced(now());
      const waiting = buffered;
      buffered = [];
      if (gap || resyncWanted || snapshotWanted) {
        resyncWanted = false;
        gapResyncs = gap ? gapResyncs + 1 : 0;
        if (gapResyncs <= GAP_RESYNCS_MAX) {
          runSync();
          return;
        }
        store.getState().notify('refused', 'INTERNAL');
      }
      gapResyncs = 0;
      holes.receive(waiting);
      // A broadcast that changes what this client may see has started a sync for a snapshot.
      if (syncing) return;
      flushPending();
      sendPresence();
    });
  }

  /** The server refused the handshake; socket.io-client leaves the next try to us. */
  function retryHandshake(error: Error): void {
    if (handshakeRetry !== null) return;
    const reply = 'data' in error ? ErrorReplySchema.safeParse(error.data) : null;
    const retryAfterMs = reply?.success ? reply.data.retryAfterMs : undefined;
    const delay = handshakeRetryDelay(handshakeRefusals, retryAfterMs);
    handshakeRefusals += 1;
    handshakeRetry = setTimeout(() => {
      handshakeRetry = null;
      if (!closed) socket.reconnect();
    }, delay);
  }

  function stopHandshakeRetry(): void {
    if (handshakeRetry !== null) clearTimeout(handshakeRetry);
    handshakeRetry = null;
  }

  function isModerator(): boolean {
    return store.getState().connection.viewer?.role === 'moderator';
  }

  /** Tells the other moderators what this one holds; the server answers with presence:changed. */
  function sendPresence(): void {
    if (!canSend() || !isModerator()) return;
    socket.emit('presence:update', { pickedSessionId: store.getState().ui.pickedSessionId });
  }

  function receivePresence(payload: unknown): void {
    const parsed = PresenceChangedSchema.safeParse(payload);
    if (!parsed.success) return;
    store.getState().setPresence(socket.id ?? null, parsed.data.moderators);
  }

  /** Ends this connection for good: no timer fires and no answer is handled after this. */
  function shutDown(): void {
    closed = true;
    holes.reset();
    stopHandshakeRetry();
    stopFollowingPick();
    for (const timer of retryTimers) clearTimeout(timer);
    retryTimers.clear();
    socket.disconnect();
  }

  /**
   * The link (or the join code) stopped working, or the camp is gone: the server closes the
   * socket. Reconnecting would only be refused, so this connection ends here.
   */
  function receiveRevoked(payload: unknown): void {
    const parsed = AccessRevokedSchema.safeParse(payload);
    if (closed || !parsed.success) return;
    const { reason } = parsed.data;
    shutDown();
    const outcome = options.onRevoked?.(reason) ?? 'unexpected';
    store.getState().setPresence(null, []);
    if (outcome === 'expected') store.getState().setConnectionStatus('offline');
    else store.getState().setConnectionFailure(revokedFailure(reason, token !== undefined));
  }

  function receiveBroadcast(eventName: string, payload: unknown): void {
    if (eventName === 'access:revoked') {
      receiveRevoked(payload);
      return;
    }
    if (eventName === 'presence:changed') {
      receivePresence(payload);
      return;
    }
    if (eventName === VOTE_TALLY_EVENT) {
      receiveTally(payload);
      return;
    }
    if (!Object.hasOwn(eventSchemas, eventName)) return;
    const parsed = EventEnvelopeSchema.safeParse(payload);
    if (!parsed.success || parsed.data.event.type !== eventName) return;
    if (!synced || syncing) {
      buffered.push(parsed.data);
      return;
    }
    holes.receive([parsed.data]);
  }

  function receiveTally(payload: unknown): void {
    const parsed = VoteTallySchema.safeParse(payload);
    if (!parsed.success) return;
    if (!synced || syncing) {
      buffered.push(...tallyEnvelopes(parsed.data));
      return;
    }
    holes.receive(tallyEnvelopes(parsed.data));
  }

  /** Sends, in order, every queued command that has no answer and is not on its way. */
  function flushPending(): void {
    for (const command of store.getState().board.pending) {
      if (command.accepted === null && !inFlight.has(command.commandId)) emit(command);
    }
  }

  function canSend(): boolean {
    return !closed && synced && !syncing && socket.connected;
  }

  function emit(pending: PendingCommand): void {
    const { commandId, command } = pending;
    const { type, ...payload } = command;
    const sendEpoch = epoch;
    inFlight.add(commandId);
    store.getState().markSent(commandId);
    socket.emitWithAck(type, { commandId, payload }, commandTimeoutMs, (error, reply) => {
      if (closed || sendEpoch !== epoch) return;
      inFlight.delete(commandId);
      if (error) {
        // No answer yet: send it again with the same id; the server applies it at most once.
        retry(commandId);
        return;
      }
      const parsed = CommandAckSchema.safeParse(reply);
      if (!parsed.success) {
        store.getState().refuseCommand(commandId, errorReply('INTERNAL', 'malformed ack'));
        return;
      }
      const ack = parsed.data;
      if (ack.ok) {
        if (store.getState().acceptCommand(commandId, ack.version, ack.events, now()).gap) {
          // Usually the versions before it are in a vote tally still on its way.
          holes.ackBeyondNext();
        }
      } else if (ack.code === 'RATE_LIMITED') {
        const timer = setTimeout(() => {
          retryTimers.delete(timer);
          retry(commandId);
        }, ack.retryAfterMs ?? 1_000);
        retryTimers.add(timer);
      } else {
        store.getState().refuseCommand(commandId, ack);
      }
    });
  }

  function retry(commandId: string): void {
    if (!canSend() || inFlight.has(commandId)) return;
    const pending = store.getState().board.pending.find((item) => item.commandId === commandId);
    if (pending && pending.accepted === null) emit(pending);
  }

  /** A new connection, or none: what the last one was waiting for will not come on it. */
  function forgetConnection(): void {
    epoch += 1;
    synced = false;
    syncing = false;
    buffered = [];
    holes.reset();
    inFlight.clear();
  }

  socket.onConnect(() => {
    forgetConnection();
    handshakeRefusals = 0;
    stopHandshakeRetry();
    store.getState().setConnectionStatus('connecting');
    runSync();
  });
  socket.onDisconnect(() => {
    forgetConnection();
    if (!closed) {
      store.getState().setConnectionStatus('offline');
      store.getState().setPresence(null, []);
    }
  });
  socket.onConnectError((error) => {
    if (closed) return;
    if (error.message === 'NOT_FOUND') {
      store.getState().setConnectionFailure('NOT_FOUND');
    } else if (error.message === 'UNAUTHORIZED') {
      // Without a token only a private camp's join code can be missing or wrong.
      store.getState().setConnectionFailure(token === undefined ? 'JOIN_CODE' : 'UNAUTHORIZED');
    } else {
      store.getState().setConnectionStatus('offline');
      if (!socket.active) retryHandshake(error);
    }
  });
  socket.onAny(receiveBroadcast);
  const stopFollowingPick = store.subscribe((state, previous) => {
    if (state.ui.pickedSessionId !== previous.ui.pickedSessionId) sendPresence();
  });

  const connection: CampConnection = {
    sendCommand(type, payload) {
      const parsed = parseCommand(type, payload);
      if (!parsed.ok) {
        store.getState().notify('refused', parsed.code);
        return parsed;
      }
      const commandId = newId();
      const queued = store.getState().queueCommand(commandId, parsed.command);
      if (!queued.ok) {
        store.getState().notify('refused', queued.code);
        return queued;
      }
      if (canSend()) {
        const pending = store.getState().board.pending.find((item) => item.commandId === commandId);
        if (pending) emit(pending);
      }
      return { ok: true, commandId };
    },
    listHistory(request) {
      return new Promise((resolve) => {
        if (!canSend()) {
          resolve({ ok: false, code: 'NETWORK', message: 'not connected' });
          return;
        }
        socket.emitWithAck('history:list', request, commandTimeoutMs, (error, reply) => {
          if (error) {
            resolve({ ok: false, code: 'NETWORK', message: error.message });
            return;
          }
          const parsed = HistoryAckSchema.safeParse(reply);
          resolve(
            parsed.success
              ? parsed.data
              : { ok: false, code: 'INTERNAL', message: 'malformed history reply' },
          );
        });
      });
    },
    close() {
      shutDown();
      if (active === connection) active = null;
    },
  };
  active = connection;
  return connection;
}

function handshakeOf(slug: string, token: string | undefined, joinCode: string | undefined) {
  if (token !== undefined) return { slug, token };
  // A link's token opens a private camp by itself; the join code is only for viewers.
  return joinCode === undefined ? { slug } : { slug, joinCode };
}

/** What the page should say once the server has ended this connection's access. */
function revokedFailure(reason: AccessRevoked['reason'], withToken: boolean): ConnectionFailure {
  switch (reason) {
    case 'camp-deleted':
      return 'NOT_FOUND';
    case 'rotated':
    case 'left':
      return 'REVOKED';
    case 'revoked':
      // A viewer's access ends when the camp turns private or its join code changes.
      return withToken ? 'REVOKED' : 'JOIN_CODE';
    default:
      return assertNever(reason, 'reason');
  }
}

/** Sends a command through the open camp connection; see `CampConnection.sendCommand`. */
export function sendCommand<T extends CommandType>(type: T, payload: CommandInput<T>): SendResult {
  if (active === null) {
    const reply = errorReply('NOT_FOUND', 'No camp is open.');
    useCampStore.getState().notify('refused', reply.code);
    return reply;
  }
  return active.sendCommand(type, payload);
}

/** Asks the open camp connection for the change history; see `CampConnection.listHistory`. */
export function listHistory(request: HistoryRequest): Promise<HistoryResult> {
  if (active === null) {
    return Promise.resolve({ ok: false, code: 'NOT_FOUND', message: 'No camp is open.' });
  }
  return active.listHistory(request);
}
