import { type ModeratorPresence, PresenceUpdateSchema } from '@campgrid/shared';
import type { CampServer, CampSocket } from './types.js';

/** The camp's moderators only: what they hold is no business of participants or viewers. */
export function moderatorsRoom(campId: string): string {
  return `camp:${campId}:moderators`;
}

/** The label a moderator is shown under when the handshake gave none. */
export const MAIN_MODERATOR_LABEL = 'Moderation';

/**
 * Who is moderating each camp right now and what each has picked up. Presence is not part of the
 * log: an entry lives exactly as long as its socket. It is kept per server instance; with several
 * instances each one reports the moderators connected to it.
 */
export class PresenceTracker {
  private readonly camps = new Map<string, Map<string, ModeratorPresence>>();

  constructor(private readonly io: CampServer) {}

  /** Call once per connection; only moderators are tracked and told. */
  attach(socket: CampSocket): void {
    const { campId, viewer, moderator } = socket.data;
    if (viewer.role !== 'moderator') return;
    void socket.join(moderatorsRoom(campId));
    const present = this.camps.get(campId) ?? new Map<string, ModeratorPresence>();
    this.camps.set(campId, present);
    present.set(socket.id, {
      connectionId: socket.id,
      label: moderator?.label ?? MAIN_MODERATOR_LABEL,
      pickedSessionId: null,
    });

    socket.on('presence:update', (message: unknown) => {
      // No ack: a bad update is dropped, and the next presence:changed shows what counts.
      const parsed = PresenceUpdateSchema.safeParse(message);
      const entry = present.get(socket.id);
      if (!parsed.success || entry === undefined) return;
      if (entry.pickedSessionId === parsed.data.pickedSessionId) return;
      present.set(socket.id, { ...entry, pickedSessionId: parsed.data.pickedSessionId });
      this.announce(campId);
    });
    socket.on('disconnect', () => {
      present.delete(socket.id);
      if (present.size === 0) this.camps.delete(campId);
      this.announce(campId);
    });
    this.announce(campId);
  }

  /** The camp's moderators in the order they connected. */
  moderatorsOf(campId: string): ModeratorPresence[] {
    return [...(this.camps.get(campId)?.values() ?? [])];
  }

  private announce(campId: string): void {
    this.io
      .to(moderatorsRoom(campId))
      .emit('presence:changed', { moderators: this.moderatorsOf(campId) });
  }
}
