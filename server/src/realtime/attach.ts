import type { Logger } from 'pino';
import type { CampRegistry } from '../camps/registry.js';
import type { Store } from '../store/store.js';
import { registerCommandPipeline } from './command-pipeline.js';
import { handshakeMiddleware } from './handshake.js';
import { registerSync } from './sync.js';
import { type CampServer, campRoom } from './types.js';

/** Wires the Socket.IO side: who connects, which room they join, what they may send. */
export function attachRealtime(
  io: CampServer,
  deps: { store: Store; registry: CampRegistry; logger: Logger },
): void {
  const { store, registry, logger } = deps;
  io.use(handshakeMiddleware(store, logger));
  io.on('connection', (socket) => {
    const { campId, viewer } = socket.data;
    // The in-memory adapter joins synchronously; the call returns a promise only for others.
    void socket.join(campRoom(campId));
    registerCommandPipeline(socket, registry, logger);
    registerSync(socket, registry, store, logger);
    logger.debug({ campId, role: viewer.role, socketId: socket.id }, 'socket connected');
  });
}
