/** A fresh id for a command, session, room or slot. */
export function newId(): string {
  // randomUUID exists only in secure contexts, and a venue's LAN address over plain http is not one.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
