import type { AccessControl } from './access.js';
import { CampBroadcaster } from './camp-broadcaster.js';
import { registerCommandPipeline } from './command-pipeline.js';
import { type HandshakeDeps, handshakeMiddleware } from './handshake.js';
import { registerHistory } from './history.js';
import { PresenceTracker } from './presence.js';
import { registerSync } from './sync.js';
import { type CampServer, roomsFor } from './types.js';

/** Wires the Socket.IO side: who connects, which room they join, what they may send. */
export function attachRealtime(
  io: CampServer,
  deps: HandshakeDeps & { access: AccessControl },
): void {
  const { store, registry, logger, access } = deps;
  const broadcaster = new CampBroadcaster(io);
  registry.onRemoved((campId) => broadcaster.forget(campId));
  const presence = new PresenceTracker(io, logger);
  io.use(handshakeMiddleware(deps));
  // Round robin keeps the tally shards of this instance even.
  let connections = 0;
  io.on('connection', (socket) => {
    const { campId, viewer } = socket.data;
    connections += 1;
    // The in-memory adapter joins synchronously; the call returns a promise only for others.
    void socket.join(roomsFor(campId, viewer.role, connections));
    // Before any handler: every message is checked against revocations and rate limits.
    access.admit(socket, socket.data.viaJoinCode);
    registerCommandPipeline(socket, registry, broadcaster, logger);
    registerSync(socket, registry, store, broadcaster, logger);
    registerHistory(socket, registry, store, logger);
    presence.attach(socket);
    logger.debug({ campId, role: viewer.role, socketId: socket.id }, 'socket connected');
  });
}
