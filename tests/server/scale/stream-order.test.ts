import type { BroadcastOptions } from 'socket.io-adapter';
import { describe, expect, it } from 'vitest';
import { deliverInStreamOrder, SendingBroadcasts } from '../../../server/src/scale/stream-order.js';

/** Stands in for the Redis Streams adapter: records what it hands to this process's sockets. */
class FakeClusterAdapter {
  readonly uid = 'this-instance';
  readonly deliveredHere: unknown[] = [];
  readonly receivedAsBefore: unknown[] = [];
  readonly published: Array<{ type: number; data: unknown }> = [];
  publishResult: Promise<string> = Promise.resolve('1-0');

  async broadcast(packet: unknown, opts: BroadcastOptions): Promise<void> {
    if (!opts.flags?.local) throw new Error('the wrapper must publish by itself');
    this.deliveredHere.push(packet);
  }

  onMessage(message: unknown): void {
    this.receivedAsBefore.push(message);
  }

  publishAndReturnOffset(message: { type: number; data: unknown }): Promise<string> {
    this.published.push(message);
    return this.publishResult;
  }
}

const room = (name: string): BroadcastOptions => ({ rooms: new Set([name]), except: new Set() });

describe('deliverInStreamOrder', () => {
  it('hands its own broadcast to its sockets when it reads it back, not when Redis took it', async () => {
    const fake = new FakeClusterAdapter();
    const adapter = deliverInStreamOrder(fake, new SendingBroadcasts());
    await adapter.broadcast(['session:pitched', { version: 2 }], room('camp:1'));
    expect(fake.deliveredHere).toEqual([]);
    expect(fake.published).toHaveLength(1);

    const readBack = { uid: 'this-instance', nsp: '/', ...fake.published[0] };
    adapter.onMessage(readBack);
    expect(fake.deliveredHere).toEqual([['session:pitched', { version: 2 }]]);
    expect(fake.receivedAsBefore).toEqual([]);
  });

  it('passes other instances’ messages on as before', () => {
    const fake = new FakeClusterAdapter();
    const adapter = deliverInStreamOrder(fake, new SendingBroadcasts());
    const fromElsewhere = {
      uid: 'other-instance',
      nsp: '/',
      type: 3,
      data: { packet: ['x'], opts: { rooms: ['camp:1'], except: [], flags: {} } },
    };
    adapter.onMessage(fromElsewhere);
    expect(fake.receivedAsBefore).toEqual([fromElsewhere]);
  });

  it('still serves its own sockets when Redis refuses the broadcast', async () => {
    const fake = new FakeClusterAdapter();
    fake.publishResult = Promise.reject(new Error('Redis is down'));
    const adapter = deliverInStreamOrder(fake, new SendingBroadcasts());
    await adapter.broadcast(['session:placed', { version: 3 }], room('camp:1'));
    expect(fake.deliveredHere).toEqual([['session:placed', { version: 3 }]]);
  });

  it('lets a writer wait until every broadcast handed over so far is in the stream', async () => {
    const fake = new FakeClusterAdapter();
    const sending = new SendingBroadcasts();
    let accept = (_offset: string) => {};
    fake.publishResult = new Promise((resolve) => {
      accept = resolve;
    });
    const adapter = deliverInStreamOrder(fake, sending);
    void adapter.broadcast(['session:pitched', { version: 4 }], room('camp:1'));
    let sent = false;
    const waiting = sending.sent().then(() => {
      sent = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(sent).toBe(false);
    accept('4-0');
    await waiting;
    expect(sent).toBe(true);
  });
});
