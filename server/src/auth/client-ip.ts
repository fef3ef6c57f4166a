/**
 * The address a request came from, for per-address rate limits. Behind `trustedHops` reverse
 * proxies the real client is that many entries from the end of X-Forwarded-For; entries further
 * left were written by the client itself and prove nothing.
 */
export function clientIp(
  remoteAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedHops: number,
): string {
  const direct = remoteAddress ?? 'unknown';
  if (trustedHops <= 0 || forwardedFor === undefined) return direct;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  // The last proxy appended the address it saw; with two proxies the second-last entry, and so on.
  return hops[hops.length - trustedHops] ?? hops[0] ?? direct;
}
