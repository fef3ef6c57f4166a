import type { IncomingMessage } from 'node:http';
import helmet from 'helmet';
import type { Config } from '../config.js';

/** A Host header as browsers send it; anything else (a `;` would end the directive) is dropped. */
const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/**
 * The WebSocket origins of this server. Browsers that follow CSP 3 let 'self' cover them, older
 * Safari does not; naming them keeps sockets to any other host forbidden, unlike a bare `wss:`.
 */
export function socketSources(
  request: Pick<IncomingMessage, 'headers'>,
  publicOrigin: string | null,
): string {
  if (publicOrigin !== null) {
    const url = new URL(publicOrigin);
    return `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`;
  }
  const host = request.headers.host;
  return host !== undefined && HOST.test(host) ? `ws://${host} wss://${host}` : '';
}

/**
 * Everything the client needs is bundled and served from here, so the policy allows this origin
 * only, for sockets too. No upgrade-insecure-requests: a camp server on the venue LAN is often
 * plain http.
 */
export function securityHeaders(config: Pick<Config, 'publicOrigin'>) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'", (request) => socketSources(request, config.publicOrigin)],
        fontSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", 'data:'],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
      },
    },
  });
}
