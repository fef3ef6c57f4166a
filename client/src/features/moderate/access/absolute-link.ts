/** Links may come back relative or absolute; people paste them into chats, so show them whole. */
export function absoluteLink(link: string): string {
  return new URL(link, window.location.origin).href;
}
