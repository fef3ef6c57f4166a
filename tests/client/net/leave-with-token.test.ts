import { afterEach, describe, expect, it, vi } from 'vitest';
import { leaveWithToken } from '../../../client/src/net/leave-with-token.js';
import { SLUG } from '../support/camp-fixture.js';
import { commandMessage, FakeSocket } from '../support/fake-socket.js';

afterEach(() => {
  vi.useRealTimers();
});

function leaving(): { socket: FakeSocket; handshakes: unknown[]; result: Promise<unknown> } {
  const socket = new FakeSocket();
  const handshakes: unknown[] = [];
  const result = leaveWithToken(SLUG, 'agenda-token', {
    openSocket: (handshake) => {
      handshakes.push(handshake);
      return socket;
    },
  });
  return { socket, handshakes, result };
}

describe('leaving with a token of its own', () => {
  it('connects with the token, sends participant:leave and closes after the ack', async () => {
    const { socket, handshakes, result } = leaving();
    expect(handshakes).toEqual([{ slug: SLUG, token: 'agenda-token' }]);
    socket.accept();
    const sent = socket.next('participant:leave');
    expect(commandMessage(sent).payload).toEqual({});
    sent.reply({
      ok: true,
      version: 7,
      events: [{ type: 'participant:left', participantId: 'p-guest' }],
      duplicate: false,
    });
    await expect(result).resolves.toEqual({ ok: true });
    expect(socket.closed).toBe(true);
  });

  it('counts a token the server no longer knows as gone already', async () => {
    const { socket, result } = leaving();
    socket.refuse('UNAUTHORIZED');
    await expect(result).resolves.toEqual({ ok: true });
    expect(socket.closed).toBe(true);
  });

  it('passes a refusal on', async () => {
    const { socket, result } = leaving();
    socket.accept();
    socket.next('participant:leave').reply({ ok: false, code: 'INTERNAL', message: 'disk full' });
    await expect(result).resolves.toEqual({ ok: false, code: 'INTERNAL' });
  });

  it('gives up when the server cannot be reached', async () => {
    vi.useFakeTimers();
    const { socket, result } = leaving();
    socket.refuse('xhr poll error');
    vi.advanceTimersByTime(10_000);
    await expect(result).resolves.toEqual({ ok: false, code: 'NETWORK' });
    expect(socket.closed).toBe(true);
  });
});
