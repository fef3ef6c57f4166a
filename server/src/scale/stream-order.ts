import type { BroadcastOptions } from 'socket.io-adapter';

/** MessageType.BROADCAST of socket.io-adapter's cluster protocol. */
const BROADCAST = 3;

/**
 * The side of socket.io-adapter's ClusterAdapter that adapters build on (protected there), plus
 * its public broadcast. The Redis Streams adapter extends it; these are the parts we re-route.
 */
interface ClusterAdapterSide {
  readonly uid: string;
  broadcast(packet: unknown, opts: BroadcastOptions): Promise<void> | void;
  onMessage(message: unknown, offset?: string): void;
  publishAndReturnOffset(message: { type: number; data: unknown }): Promise<string>;
}

interface EncodedOptions {
  rooms: string[];
  except: string[];
  flags?: BroadcastOptions['flags'];
}

interface OwnBroadcast {
  uid: string;
  type: typeof BROADCAST;
  data: { packet: unknown; opts: EncodedOptions; requestId?: string };
}

function isPlainBroadcast(message: unknown): message is OwnBroadcast {
  if (typeof message !== 'object' || message === null) return false;
  if (!('uid' in message) || typeof message.uid !== 'string') return false;
  if (!('type' in message) || message.type !== BROADCAST || !('data' in message)) return false;
  const { data } = message;
  return (
    typeof data === 'object' &&
    data !== null &&
    'packet' in data &&
    'opts' in data &&
    !('requestId' in data && data.requestId !== undefined)
  );
}

/** The broadcasts on their way into the stream, so that a camp's next writer can wait for them. */
export class SendingBroadcasts {
  private readonly pending = new Set<Promise<unknown>>();

  track(sent: Promise<unknown>): void {
    const settled = sent.then(
      () => undefined,
      () => undefined,
    );
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
  }

  /** Resolves once every broadcast tracked so far is in the stream (or was refused). */
  async sent(): Promise<void> {
    await Promise.all(this.pending);
  }
}

/**
 * Makes an instance hand its own broadcasts to its sockets when it reads them back from the
 * stream, as every other instance does, instead of as soon as Redis has taken them.
 *
 * Out of the box, a cluster adapter delivers its own broadcasts on one Redis connection (the
 * answer to the write) and the other instances' on another (the stream reader). When the process
 * is busy, both can be waiting at once and the later version may go out first: clients then see
 * a gap and have to sync. Read from one ordered stream, every instance delivers every camp's
 * events in the stream's order, and the camp's write lock makes that the order of the versions.
 *
 * If Redis does not take a broadcast, this instance's sockets still get it at once.
 */
export function deliverInStreamOrder<A extends object>(adapter: A, sending: SendingBroadcasts): A {
  // The cast reaches members that ClusterAdapter keeps for its subclasses; the Redis Streams
  // adapter's class is not exported, so we cannot subclass it.
  const side = adapter as unknown as ClusterAdapterSide;
  const broadcastAsBefore = side.broadcast.bind(adapter);
  const receiveAsBefore = side.onMessage.bind(adapter);
  const deliverHere = (packet: unknown, opts: BroadcastOptions) => {
    // `local` skips the publishing: only this process's sockets, synchronously.
    void broadcastAsBefore(packet, { ...opts, flags: { ...opts.flags, local: true } });
  };

  side.broadcast = async (packet, opts) => {
    if (opts.flags?.local) {
      deliverHere(packet, opts);
      return;
    }
    const sent = side.publishAndReturnOffset({
      type: BROADCAST,
      data: {
        packet,
        opts: { rooms: [...opts.rooms], except: [...(opts.except ?? [])], flags: opts.flags },
      },
    });
    sending.track(sent);
    try {
      await sent;
    } catch {
      deliverHere(packet, opts);
    }
  };

  side.onMessage = (message, offset) => {
    if (isPlainBroadcast(message) && message.uid === side.uid) {
      const { packet, opts } = message.data;
      deliverHere(packet, {
        rooms: new Set(opts.rooms),
        except: new Set(opts.except),
        ...(opts.flags ? { flags: opts.flags } : {}),
      });
      return;
    }
    receiveAsBefore(message, offset);
  };
  return adapter;
}
