import { type ModeratorPresence, PresenceUpdateSchema } from '@campgrid/shared';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { CampServer, CampSocket, PresenceEntry } from './types.js';

/** The camp's moderators only: what they hold is no business of participants or viewers. */
export function moderatorsRoom(campId: string): string {
  return `camp:${campId}:moderators`;
}

/** The label a moderator is shown under when the handshake gave none. */
export const MAIN_MODERATOR_LABEL = 'Moderation';

/**
 * The pause after a camp's list is sent, in which further changes gather. A lone change goes out
 * at once; a burst (twenty moderators reconnecting after a deploy, a quick series of picks) becomes
 * two messages instead of one per change, and with several instances two rounds of questions.
 */
export const PRESENCE_COALESCE_MS = 50;

/** Other instances answer from memory; the entries come from our own code, but over the network. */
const PeerEntriesSchema = z.array(
  z.object({
    connectionId: z.string(),
    label: z.string(),
    pickedSessionId: z.string().nullable(),
    connectedAt: z.number(),
  }),
);

interface CampRound {
  /** A change arrived that the list being sent (if any) may not show. */
  pending: boolean;
  /** One of the changes was on this instance: the other instances must hear of it. */
  tellOthers: boolean;
}

/** The partial answers that socket.io-adapter attaches to a timed-out serverSideEmit. */
function responsesOf(error: unknown): unknown[] {
  if (typeof error === 'object' && error !== null && 'responses' in error) {
    const { responses } = error;
    if (Array.isArray(responses)) return responses;
  }
  return [];
}

/**
 * Who is moderating each camp right now and what each has picked up. Presence is not part of the
 * log: an entry lives exactly as long as its socket, and what a moderator holds lives in its
 * `socket.data`.
 *
 * With several instances, each instance sends the list to its own moderators only. After a change
 * the instance where it happened tells the others (`presence:stale`); each one with moderators of
 * that camp then asks every instance for its part (`presence:list`) and sends the merged list.
 * Every list an instance sends is gathered after the last change it heard of, and an instance's
 * rounds for a camp never overlap, so its moderators never end on an older list than a newer one,
 * which a single list broadcast from whichever instance finished last could not promise.
 */
export class PresenceTracker {
  private readonly rounds = new Map<string, CampRound>();

  constructor(
    private readonly io: CampServer,
    private readonly logger: Logger,
  ) {
    io.on('presence:stale', (campId) => {
      if (typeof campId !== 'string') return;
      // An instance without moderators of the camp has nobody to tell.
      if (this.localSocketsOf(campId).length > 0) this.changed(campId, false);
    });
    io.on('presence:list', (campId, reply) => {
      if (typeof campId !== 'string' || typeof reply !== 'function') return;
      reply(this.localEntriesOf(campId));
    });
  }

  /** Call once per connection; only moderators are tracked and told. */
  attach(socket: CampSocket): void {
    const { campId, viewer } = socket.data;
    if (viewer.role !== 'moderator') return;
    socket.data.pickedSessionId = null;
    void socket.join(moderatorsRoom(campId));

    socket.on('presence:update', (message: unknown) => {
      // No ack: a bad update is dropped, and the next presence:changed shows what counts.
      const parsed = PresenceUpdateSchema.safeParse(message);
      if (!parsed.success || socket.data.pickedSessionId === parsed.data.pickedSessionId) return;
      socket.data.pickedSessionId = parsed.data.pickedSessionId;
      this.changed(campId, true);
    });
    // By 'disconnect' the socket has left its rooms, so the next list goes without it.
    socket.on('disconnect', () => this.changed(campId, true));
    this.changed(campId, true);
  }

  /**
   * The camp's moderators on every instance, in the order they connected. Without an adapter, or
   * with no other instance, only this instance's; if an instance does not answer in time (the
   * adapter waits 5 s), those that did.
   */
  async moderatorsOf(campId: string): Promise<ModeratorPresence[]> {
    const entries = this.localEntriesOf(campId);
    for (const answer of await this.askOthers(campId)) {
      const parsed = PeerEntriesSchema.safeParse(answer);
      if (parsed.success) entries.push(...parsed.data);
      else this.logger.warn({ campId }, 'an instance answered presence:list with something else');
    }
    entries.sort(
      (a, b) => a.connectedAt - b.connectedAt || a.connectionId.localeCompare(b.connectionId),
    );
    return entries.map(({ connectionId, label, pickedSessionId }) => ({
      connectionId,
      label,
      pickedSessionId,
    }));
  }

  private localSocketsOf(campId: string): CampSocket[] {
    const namespace = this.io.of('/');
    const ids = namespace.adapter.rooms.get(moderatorsRoom(campId));
    const sockets: CampSocket[] = [];
    for (const id of ids ?? []) {
      const socket = namespace.sockets.get(id);
      if (socket) sockets.push(socket);
    }
    return sockets;
  }

  private localEntriesOf(campId: string): PresenceEntry[] {
    return this.localSocketsOf(campId).map((socket) => ({
      connectionId: socket.id,
      label: socket.data.moderator?.label ?? MAIN_MODERATOR_LABEL,
      pickedSessionId: socket.data.pickedSessionId ?? null,
      connectedAt: socket.handshake.issued,
    }));
  }

  /** The other instances' answers; none without an adapter (it would never answer). */
  private async askOthers(campId: string): Promise<unknown[]> {
    try {
      if ((await this.io.of('/').adapter.serverCount()) <= 1) return [];
      return await this.io.serverSideEmitWithAck('presence:list', campId);
    } catch (error) {
      const partial = responsesOf(error);
      this.logger.warn(
        { err: error, campId, answers: partial.length },
        'not every instance told its moderators; presence shows those that did',
      );
      return partial;
    }
  }

  /** Tells the other instances; a lost notice only delays the list until the next change. */
  private async tellOthers(campId: string): Promise<void> {
    try {
      if ((await this.io.of('/').adapter.serverCount()) <= 1) return;
      this.io.serverSideEmit('presence:stale', campId);
    } catch (error) {
      this.logger.warn(
        { err: error, campId },
        'could not tell the other instances of a presence change',
      );
    }
  }

  private changed(campId: string, here: boolean): void {
    const round = this.rounds.get(campId);
    if (round === undefined) {
      // Quiet until now: send at once, and gather what follows.
      const first: CampRound = { pending: true, tellOthers: here };
      this.rounds.set(campId, first);
      void this.run(campId, first);
      return;
    }
    // A running round, or the pause after one, picks this up.
    round.pending = true;
    if (here) round.tellOthers = true;
  }

  /** After each round, a pause: changes during it go out together when it ends. */
  private pause(campId: string, round: CampRound): void {
    const timer = setTimeout(() => {
      if (round.pending) void this.run(campId, round);
      else this.rounds.delete(campId);
    }, PRESENCE_COALESCE_MS);
    // A pause must not keep a stopping process alive.
    timer.unref();
  }

  private async run(campId: string, round: CampRound): Promise<void> {
    round.pending = false;
    const tell = round.tellOthers;
    round.tellOthers = false;
    try {
      if (tell) await this.tellOthers(campId);
      if (this.localSocketsOf(campId).length > 0) {
        const moderators = await this.moderatorsOf(campId);
        // Local: each instance sends its own moderators the list it gathered itself.
        this.io.local.to(moderatorsRoom(campId)).emit('presence:changed', { moderators });
      }
    } catch (error) {
      this.logger.error({ err: error, campId }, 'presence round failed');
    } finally {
      this.pause(campId, round);
    }
  }
}
