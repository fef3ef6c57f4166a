import http from 'node:http';
import express, { type Express } from 'express';
import { Server } from 'socket.io';
import { CampRegistry } from './camps/registry.js';
import type { Config } from './config.js';
import { ensureDemoCamp } from './demo/seed-demo.js';
import { campRoutes } from './http/camps.js';
import { clientApp } from './http/client-app.js';
import { apiNotFound, errorHandler, JSON_BODY_LIMIT_BYTES, notFound } from './http/errors.js';
import { healthRoutes } from './http/health.js';
import { participantRoutes } from './http/participants.js';
import { securityHeaders } from './http/security-headers.js';
import { createLogger, type Logger } from './logger.js';
import { attachRealtime } from './realtime/attach.js';
import { originCheck } from './realtime/origin.js';
import type { CampServer } from './realtime/types.js';
import type { Store } from './store/store.js';

/** Socket messages above this size close the connection: no command needs more. */
export const SOCKET_MESSAGE_LIMIT_BYTES = 16_384;

export interface CreateServerOptions {
  store: Store;
  config: Config;
  logger?: Logger;
}

export interface CampgridServer {
  httpServer: http.Server;
  io: CampServer;
  app: Express;
  registry: CampRegistry;
  /** Creates the demo camp if due, then listens; port 0 picks a free port. */
  listen(port?: number, host?: string): Promise<{ port: number }>;
  /** Stops accepting, disconnects every socket, lets running commands finish. The store stays open. */
  close(): Promise<void>;
}

export function createServer(options: CreateServerOptions): CampgridServer {
  const { store, config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const registry = new CampRegistry(store, logger);

  const app = express();
  app.use(securityHeaders());
  app.use('/api', express.json({ limit: JSON_BODY_LIMIT_BYTES }));
  app.use(healthRoutes(store, logger));
  app.use(campRoutes({ store, registry, config }));
  app.use(participantRoutes(store));
  app.use('/api', apiNotFound);
  app.use(clientApp(config.clientDist));
  app.use(notFound);
  app.use(errorHandler(logger));

  const httpServer = http.createServer(app);
  const io: CampServer = new Server(httpServer, {
    maxHttpBufferSize: SOCKET_MESSAGE_LIMIT_BYTES,
    transports: ['polling', 'websocket'],
    serveClient: false,
    allowRequest: originCheck(config),
    ...(config.allowedOrigins.length > 0
      ? { cors: { origin: config.allowedOrigins, credentials: false } }
      : {}),
  });
  attachRealtime(io, { store, registry, logger });

  return {
    httpServer,
    io,
    app,
    registry,
    async listen(port = config.port, host = config.host) {
      if (config.demo) await ensureDemoCamp({ store, registry, logger });
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          resolve();
        });
      });
      const address = httpServer.address();
      if (address === null || typeof address === 'string') {
        throw new Error('The server is not listening on a TCP port.');
      }
      return { port: address.port };
    },
    async close() {
      // io.close() disconnects every socket, then closes the HTTP server.
      await new Promise<void>((resolve) => {
        io.close(() => resolve());
        httpServer.closeIdleConnections();
      });
      await registry.idle();
    },
  };
}
