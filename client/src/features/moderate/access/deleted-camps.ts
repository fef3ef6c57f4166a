/*
 * The title of the camp this tab has just deleted, for the start page to confirm it once. Kept in
 * memory, not in storage: nothing of the deleted camp should stay in the browser.
 */
let deletedTitle: string | null = null;

export function noteCampDeleted(title: string): void {
  deletedTitle = title;
}

/** The title once, then null: the notice is shown on the first visit after the deletion only. */
export function takeDeletedCamp(): string | null {
  const title = deletedTitle;
  deletedTitle = null;
  return title;
}
