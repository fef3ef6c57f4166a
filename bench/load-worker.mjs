// A load process: holds many real socket.io-client connections, to campgrid or to the bare
// baseline server, and runs the parts of each scenario that happen on the clients. It runs in its
// own process so the load never shares the server's event loop.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { io } from 'socket.io-client';
import { serveRpc } from './lib/rpc.mjs';
import { mapLimit } from './lib/util.mjs';

/** The browser client's own reconnection settings (client/src/net/socket-port.ts). */
const CLIENT_OPTIONS = {
  transports: ['websocket'],
  forceNew: true,
  reconnection: true,
  reconnectionDelay: 500,
  reconnectionDelayMax: 8_000,
  randomizationFactor: 0.5,
  timeout: 20_000,
};

/** Long: under overload a late ack is still an ack, and a timed-out vote may be stored anyway. */
const ACK_TIMEOUT_MS = 60_000;

/** Clients of the campgrid server. */
let clients = [];
/** Clients of the bare Socket.IO baseline server. */
let baselineClients = [];
/** While set, broadcast arrival latencies are recorded here. */
let recording = null;
/** The last camp:sync reply, for the baseline server to answer its storm with the same bytes. */
let lastSyncReply = null;

function isEnvelope(payload) {
  return (
    typeof payload === 'object' &&
    payload !== null &&
    typeof payload.version === 'number' &&
    typeof payload.at === 'number'
  );
}

/**
 * `onReply` runs inside the ack callback itself: broadcasts that came in the same network read
 * are handled before any promise continuation, and must already see the client's own version.
 */
function emitWithAck(socket, event, payload, onReply = () => {}, timeoutMs = ACK_TIMEOUT_MS) {
  return new Promise((resolve) => {
    socket.timeout(timeoutMs).emit(event, payload, (error, reply) => {
      if (!error) onReply(reply);
      resolve(error ? { timedOut: true } : reply);
    });
  });
}

/**
 * What a client knows: the highest version it has applied without a hole. Versions it learns of
 * from its own acks wait in `own` until the versions before them arrive.
 */
function newClient(index, auth) {
  return {
    index,
    auth,
    socket: null,
    version: 0,
    own: new Set(),
    missed: 0,
    syncing: false,
    buffered: [],
    disconnects: 0,
    storm: null,
  };
}

function drainOwn(client) {
  while (client.own.has(client.version + 1)) {
    client.own.delete(client.version + 1);
    client.version += 1;
  }
  if (client.own.size > 0) {
    for (const version of client.own) if (version <= client.version) client.own.delete(version);
  }
}

/** Applies knowledge of versions from..to (inclusive); counts every version skipped over. */
function advance(client, from, to) {
  if (to <= client.version) return;
  drainOwn(client);
  if (to <= client.version) return;
  if (from > client.version + 1) client.missed += from - client.version - 1;
  // A tally that starts at or below the client's version still names each version it holds:
  // the client takes the ones it lacks (its own votes it knows from their acks).
  client.version = to;
  drainOwn(client);
}

function receive(client, payload) {
  if (recording !== null && isEnvelope(payload)) recording.push(Date.now() - payload.at);
  if (client.syncing) {
    client.buffered.push(payload);
    return;
  }
  applyBroadcast(client, payload);
}

function applyBroadcast(client, payload) {
  if (typeof payload?.fromVersion === 'number' && typeof payload.version === 'number') {
    advance(client, payload.fromVersion, payload.version);
  } else if (isEnvelope(payload)) {
    // Several events of one entry share its version.
    if (payload.version === client.version) return;
    advance(client, payload.version, payload.version);
  }
}

/** camp:sync with the last applied version, as the browser client does after every connect. */
async function sync(client) {
  client.syncing = true;
  const since = client.version;
  const reply = await emitWithAck(client.socket, 'camp:sync', { sinceVersion: since });
  client.syncing = false;
  lastSyncReply = reply;
  if (reply?.ok !== true) {
    client.buffered = [];
    throw new Error(`camp:sync failed: ${JSON.stringify(reply)}`);
  }
  if (reply.catchUp.kind === 'events') {
    for (const entry of reply.catchUp.entries) advance(client, entry.version, entry.version);
    // A catch-up that ends short of the version it claims has lost entries.
    if (client.version < reply.version) advance(client, reply.version + 1, reply.version);
  } else {
    client.version = Math.max(client.version, reply.version);
    drainOwn(client);
  }
  const waiting = client.buffered;
  client.buffered = [];
  for (const payload of waiting) applyBroadcast(client, payload);
  return reply;
}

function open(url, auth, options) {
  const socket = io(url, { ...options, auth });
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      socket.off('connect', onConnect);
      socket.close();
      reject(error);
    };
    const onConnect = () => {
      socket.off('connect_error', onError);
      resolve(socket);
    };
    socket.once('connect', onConnect);
    socket.once('connect_error', onError);
  });
}

async function onReconnect(client) {
  const storm = client.storm;
  if (storm === null) {
    // Not part of a storm: a real drop under load. Catch up like the browser does.
    await sync(client).catch(() => {});
    return;
  }
  storm.connectedAt = performance.now();
  try {
    await sync(client);
    storm.syncedAt = performance.now();
  } catch (error) {
    storm.error = error.message;
  }
}

const handlers = {
  /** Opens one campgrid connection per auth and runs camp:sync on each. */
  async connect({ url, auths, concurrency = 100 }) {
    const started = performance.now();
    const fresh = auths.map((auth, index) => newClient(clients.length + index, auth));
    const errors = [];
    await mapLimit(fresh, concurrency, async (client) => {
      try {
        client.socket = await open(url, client.auth, CLIENT_OPTIONS);
        client.socket.onAny((_name, payload) => receive(client, payload));
        client.socket.on('disconnect', () => {
          client.disconnects += 1;
        });
        await sync(client);
        // Later connects (after a drop) catch up the same way.
        client.socket.on('connect', () => {
          onReconnect(client);
        });
        clients.push(client);
      } catch (error) {
        if (errors.length < 5) errors.push(error.message);
        client.socket?.close();
      }
    });
    return {
      connected: fresh.filter((client) => clients.includes(client)).length,
      errors,
      ms: performance.now() - started,
    };
  },

  /** Opens plain connections to the baseline server; nothing to sync there. */
  async connectBaseline({ url, count, concurrency = 100, reconnection = false }) {
    const errors = [];
    const indexes = Array.from({ length: count }, (_, index) => index);
    await mapLimit(indexes, concurrency, async () => {
      try {
        const socket = await open(url, {}, { ...CLIENT_OPTIONS, reconnection });
        socket.onAny((_name, payload) => {
          if (recording !== null && isEnvelope(payload)) recording.push(Date.now() - payload.at);
        });
        baselineClients.push(socket);
      } catch (error) {
        if (errors.length < 5) errors.push(error.message);
      }
    });
    return { connected: baselineClients.length, errors };
  },

  async lastSyncReply() {
    return { reply: lastSyncReply };
  },

  /** The storm against the baseline server: drop all, reconnect, one bench:sync round trip each. */
  async stormBaseline({ timeoutMs }) {
    const droppedAt = performance.now();
    const syncedAt = new Array(baselineClients.length).fill(null);
    for (const [index, socket] of baselineClients.entries()) {
      socket.once('connect', async () => {
        const reply = await emitWithAck(socket, 'bench:sync', {});
        if (reply?.ok === true) syncedAt[index] = performance.now();
      });
      socket.io.engine.close();
    }
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && syncedAt.some((at) => at === null)) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const syncMs = syncedAt.filter((at) => at !== null).map((at) => at - droppedAt);
    return { clients: baselineClients.length, syncMs: Float64Array.from(syncMs) };
  },

  async disconnectBaseline() {
    for (const socket of baselineClients) socket.close();
    baselineClients = [];
    return {};
  },

  async startRecording() {
    recording = [];
    return {};
  },

  /** Stops recording and hands over the arrival latencies (ms). */
  async stopRecording() {
    const latencies = recording ?? [];
    recording = null;
    return { latencies: Float64Array.from(latencies) };
  },

  async recordedCount() {
    return { count: recording?.length ?? 0 };
  },

  /** Waits until every client has applied `version`, or the time is up. */
  async waitForVersion({ version, timeoutMs }) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const behind = clients.filter((client) => client.version < version).length;
      if (behind === 0 || Date.now() > deadline) return { behind };
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  },

  /**
   * Every client votes: cast, retract, next session, until the time is up. With `intervalMs` 0 as
   * fast as its acks allow; otherwise at most one vote per interval, starting at a random offset.
   */
  async vote({ sessionIds, durationMs, intervalMs = 0 }) {
    const started = performance.now();
    const deadline = started + durationMs;
    const latencies = [];
    let acked = 0;
    let timedOut = 0;
    const refused = {};
    let lastAckAt = started;
    await Promise.all(
      clients.map(async (client) => {
        client.ballot ??= { next: client.index % sessionIds.length, cast: true };
        const ballot = client.ballot;
        let due = started + (intervalMs > 0 ? Math.random() * intervalMs : 0);
        for (;;) {
          const wait = due - performance.now();
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
          if (performance.now() >= deadline) break;
          const type = ballot.cast ? 'vote:cast' : 'vote:retract';
          const commandId = randomUUID();
          const sentAt = performance.now();
          due = sentAt + intervalMs;
          const ack = await emitWithAck(
            client.socket,
            type,
            { commandId, payload: { sessionId: sessionIds[ballot.next] } },
            (reply) => {
              if (reply?.ok !== true) return;
              client.own.add(reply.version);
              drainOwn(client);
            },
          );
          const now = performance.now();
          if (ack?.timedOut) {
            timedOut += 1;
            break;
          }
          if (ack?.ok === true) {
            acked += 1;
            latencies.push(now - sentAt);
            lastAckAt = now;
          } else {
            const code = ack?.code ?? 'UNKNOWN';
            refused[code] = (refused[code] ?? 0) + 1;
          }
          if (!ballot.cast) ballot.next = (ballot.next + 1) % sessionIds.length;
          ballot.cast = !ballot.cast;
        }
      }),
    );
    return {
      acked,
      timedOut,
      refused,
      ms: lastAckAt - started,
      latencies: Float64Array.from(latencies),
    };
  },

  /** Every client drops its transport at once; resolves when all are back and synced, or on timeout. */
  async storm({ timeoutMs }) {
    const droppedAt = performance.now();
    for (const client of clients) {
      client.storm = { droppedAt, connectedAt: null, syncedAt: null, error: null };
      client.socket.io.engine.close();
    }
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && clients.some((client) => client.storm.syncedAt === null)) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const syncMs = [];
    const errors = [];
    for (const client of clients) {
      if (client.storm.syncedAt !== null) syncMs.push(client.storm.syncedAt - droppedAt);
      if (client.storm.error && errors.length < 5) errors.push(client.storm.error);
    }
    return {
      clients: clients.length,
      synced: syncMs.length,
      syncMs: Float64Array.from(syncMs),
      errors,
    };
  },

  /** Per-client outcome once the storm is over. */
  async stormResult({ version }) {
    let resynced = 0;
    for (const client of clients) {
      drainOwn(client);
      if (client.storm?.syncedAt !== null && client.version === version && client.missed === 0) {
        resynced += 1;
      }
      client.storm = null;
    }
    return { resynced, ...(await handlers.status()) };
  },

  async status() {
    let missed = 0;
    let disconnects = 0;
    let minVersion = Number.POSITIVE_INFINITY;
    let maxVersion = 0;
    for (const client of clients) {
      missed += client.missed;
      disconnects += client.disconnects;
      minVersion = Math.min(minVersion, client.version);
      maxVersion = Math.max(maxVersion, client.version);
    }
    return { clients: clients.length, missed, disconnects, minVersion, maxVersion };
  },

  async disconnect() {
    for (const client of clients) client.socket.close();
    clients = [];
    return {};
  },
};

serveRpc(handlers);
