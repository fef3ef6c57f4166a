/**
 * socket.io-client retries by itself when the server cannot be reached, but not when the server
 * answers the handshake with a refusal: the server was too busy (RATE_LIMITED, with the time to
 * wait) or failed (INTERNAL). Without a retry a phone would stay offline until the page reloads.
 */
export const HANDSHAKE_RETRY_BASE_MS = 1_000;
export const HANDSHAKE_RETRY_MAX_MS = 30_000;

/**
 * How long to wait before the next try: the server's `retryAfterMs`, or a backoff that doubles
 * from 1 s to 30 s; plus up to half again at random, so that a venue's phones, refused together,
 * do not all come back together.
 */
export function handshakeRetryDelay(
  attempt: number,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number {
  const backoff = Math.min(HANDSHAKE_RETRY_MAX_MS, HANDSHAKE_RETRY_BASE_MS * 2 ** attempt);
  return Math.round((retryAfterMs ?? backoff) * (1 + random() / 2));
}
