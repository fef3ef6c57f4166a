import http from 'node:http';
import express, { type Express } from 'express';
import { Server } from 'socket.io';
import { z } from 'zod/mini';
import { JoinCodeVerifier } from './auth/join-code.js';
import { RateLimits } from './auth/rate-limits.js';
import { Revocations } from './auth/revocations.js';
import { CampRegistry } from './camps/registry.js';
import type { Config } from './config.js';
import { ensureDemoCamp } from './demo/seed-demo.js';
import { campRoutes } from './http/camps.js';
import { clientApp } from './http/client-app.js';
import { apiNotFound, errorHandler, JSON_BODY_LIMIT_BYTES, notFound } from './http/errors.js';
import { exportRoutes } from './http/exports/routes.js';
import { healthRoutes } from './http/health.js';
import { moderationRoutes } from './http/moderation.js';
import { participantRoutes } from './http/participants.js';
import { privacyRoutes } from './http/privacy.js';
import { securityHeaders } from './http/security-headers.js';
import { createLogger, type Logger } from './logger.js';
import { deleteCamp } from './privacy/delete-camp.js';
import { RetentionSweeper } from './privacy/retention.js';
import { AccessControl } from './realtime/access.js';
import { attachRealtime } from './realtime/attach.js';
import { originCheck } from './realtime/origin.js';
import type { CampServer } from './realtime/types.js';
import type { ClusterBroadcast } from './scale/redis-broadcast.js';
import type { Store } from './store/store.js';

/** Pending connections the kernel may queue for accept(); it caps this at net.core.somaxconn. */
const LISTEN_BACKLOG = 4096;

/** Socket messages above this size close the connection: no command needs more. */
export const SOCKET_MESSAGE_LIMIT_BYTES = 16_384;

export interface CreateServerOptions {
  store: Store;
  config: Config;
  logger?: Logger;
  /**
   * Carries broadcasts to the other instances' sockets (the Redis adapter, see scale/); the
   * default keeps them in this process. Whoever passes it closes it after close().
   */
  broadcast?: ClusterBroadcast;
}

export interface CampgridServer {
  httpServer: http.Server;
  io: CampServer;
  app: Express;
  registry: CampRegistry;
  /** Deletes camps past their retention; runs from listen() until close(). */
  retention: RetentionSweeper;
  /** Ends links, participants and camps on open sockets (see realtime/access.ts). */
  access: AccessControl;
  /** Creates the demo camp if due, then listens; port 0 picks a free port. */
  listen(port?: number, host?: string): Promise<{ port: number }>;
  /** Stops accepting, disconnects every socket, lets running commands finish. The store stays open. */
  close(): Promise<void>;
}

export function createServer(options: CreateServerOptions): CampgridServer {
  // The shared schemas are zod/mini, which loads no locale: replies should read in plain English.
  z.config(z.locales.en());
  const { store, config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const registry = new CampRegistry(
    store,
    logger,
    options.broadcast ? { broadcastsSent: options.broadcast.sent } : {},
  );

  const rateLimits = new RateLimits(config.rateLimits);
  const verifier = new JoinCodeVerifier();
  const app = express();
  // Behind a reverse proxy, request.ip (for the rate limits) is read from X-Forwarded-For.
  if (config.trustProxyHops > 0) app.set('trust proxy', config.trustProxyHops);
  const httpServer = http.createServer(app);
  const io: CampServer = new Server(httpServer, {
    maxHttpBufferSize: SOCKET_MESSAGE_LIMIT_BYTES,
    transports: ['polling', 'websocket'],
    serveClient: false,
    allowRequest: originCheck(config),
    ...(options.broadcast ? { adapter: options.broadcast.adapter } : {}),
    ...(config.allowedOrigins.length > 0
      ? { cors: { origin: config.allowedOrigins, credentials: false } }
      : {}),
  });
  const access = new AccessControl(io, new Revocations(), rateLimits, store, logger);
  attachRealtime(io, {
    store,
    registry,
    logger,
    access,
    rateLimits,
    verifier,
    trustProxyHops: config.trustProxyHops,
  });
  const readAccess = { store, verifier, rateLimits };
  const retention = new RetentionSweeper({
    store,
    deleteCamp: (campId) => deleteCamp({ store, registry, access }, campId),
    logger,
    intervalMs: config.retentionSweepMinutes * 60_000,
  });

  app.use(securityHeaders(config));
  app.use('/api', express.json({ limit: JSON_BODY_LIMIT_BYTES }));
  app.use(healthRoutes(store, logger));
  app.use(campRoutes({ ...readAccess, registry, config }));
  app.use(participantRoutes({ ...readAccess, registry }));
  app.use(moderationRoutes({ store, config, access }));
  app.use(privacyRoutes({ store, registry, access }));
  app.use(exportRoutes({ ...readAccess, registry, config }));
  app.use('/api', apiNotFound);
  app.use(clientApp(config.clientDist));
  app.use(notFound);
  app.use(errorHandler(logger));

  return {
    httpServer,
    io,
    app,
    registry,
    retention,
    access,
    async listen(port = config.port, host = config.host) {
      if (config.demo) await ensureDemoCamp({ store, registry, logger });
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        // A reconnect storm opens thousands of connections at once; Node's default accept queue
        // (511) overflows and the kernel drops them, costing each a 1 s, 3 s, 7 s SYN retry.
        httpServer.listen({ port, host, backlog: LISTEN_BACKLOG }, () => {
          httpServer.off('error', reject);
          resolve();
        });
      });
      const address = httpServer.address();
      if (address === null || typeof address === 'string') {
        throw new Error('The server is not listening on a TCP port.');
      }
      retention.start();
      return { port: address.port };
    },
    async close() {
      await retention.stop();
      // io.close() disconnects every socket, then closes the HTTP server.
      await new Promise<void>((resolve) => {
        io.close(() => resolve());
        httpServer.closeIdleConnections();
      });
      await registry.idle();
    },
  };
}
