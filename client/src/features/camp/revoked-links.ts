/*
 * How a camp's access ended in this tab, kept in memory only.
 *
 * A moderator link that the server ended while it was open (access:revoked) is forgotten at once,
 * and the page reconnects without it, which would otherwise look like a plain visit and hide what
 * happened. A reload forgets the mark; the moderator page without a link says what to do then.
 *
 * A rotation, a deletion or a participant's leave started in this tab ends this tab's own access
 * too; that end is expected, and the page that started it says what happened, not the connection.
 */
const revoked = new Set<string>();
const expected = new Set<string>();

export function markLinkRevoked(slug: string): void {
  revoked.add(slug);
}

export function isLinkRevoked(slug: string): boolean {
  return revoked.has(slug);
}

/** A new link was opened: whatever happened to the old one no longer matters. */
export function clearLinkRevoked(slug: string): void {
  revoked.delete(slug);
  expected.delete(slug);
}

/** Call before asking the server to rotate the link, delete the camp or leave it from this tab. */
export function expectAccessEnd(slug: string): void {
  expected.add(slug);
}

/** The request failed: nothing ends after all. */
export function cancelAccessEnd(slug: string): void {
  expected.delete(slug);
}

/** Whether this end was expected; the expectation is used up, as each socket ends once. */
export function takeExpectedAccessEnd(slug: string): boolean {
  return expected.delete(slug);
}
