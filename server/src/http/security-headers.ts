import helmet from 'helmet';

/**
 * Everything the client needs is bundled and served from here, so the policy allows this origin
 * only. ws:/wss: are listed because older Safari does not count same-origin WebSockets as 'self'.
 * No upgrade-insecure-requests: a camp server on the venue LAN is often plain http.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'", 'ws:', 'wss:'],
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
