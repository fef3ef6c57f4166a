import path from 'node:path';
import express, { type RequestHandler, Router } from 'express';

const SERVER_PREFIXES = ['/api', '/socket.io', '/healthz'];

function belongsToServer(requestPath: string): boolean {
  return SERVER_PREFIXES.some(
    (prefix) => requestPath === prefix || requestPath.startsWith(`${prefix}/`),
  );
}

/** A path that names a file (…/app.js) must not get index.html in its place. */
function looksLikeFile(requestPath: string): boolean {
  return path.posix.basename(requestPath).includes('.');
}

/**
 * The built client: hashed assets cached for good, everything else revalidated, and every other
 * GET that is not the server's own answered with index.html so the client's router takes over.
 * A missing build simply falls through to 404.
 */
export function clientApp(clientDist: string): Router {
  const router = Router();
  const indexFile = path.join(clientDist, 'index.html');
  router.use(
    express.static(clientDist, {
      setHeaders(response, filePath) {
        const hashed = filePath.startsWith(path.join(clientDist, 'assets') + path.sep);
        response.setHeader(
          'Cache-Control',
          hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    }),
  );
  const spaFallback: RequestHandler = (request, response, next) => {
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    if (!isRead || belongsToServer(request.path) || looksLikeFile(request.path)) {
      next();
      return;
    }
    response.sendFile(indexFile, { headers: { 'Cache-Control': 'no-cache' } }, (error) => {
      if (error && !response.headersSent) next();
    });
  };
  router.use(spaFallback);
  return router;
}
