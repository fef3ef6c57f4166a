/*
 * The camps this tab has just left. Kept in memory, not in storage: once the token is forgotten,
 * the camp page reconnects as a viewer and mounts the participant page afresh, which must then
 * say what happened rather than send the person to the join form. A reload forgets it, and the
 * join form is right then.
 */
const left = new Set<string>();

export function markLeft(slug: string): void {
  left.add(slug);
}

export function hasLeft(slug: string): boolean {
  return left.has(slug);
}
