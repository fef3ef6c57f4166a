import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../../../client/src/routes.js';
import { campFixture, PARTICIPANT, SLUG } from '../../support/camp-fixture.js';
import { FakeSocket } from '../../support/fake-socket.js';
import { sockets } from '../../support/fake-socket-port.js';

vi.mock(
  '../../../../client/src/net/socket-port.js',
  () => import('../../support/fake-socket-port.js'),
);

const participantKey = `campgrid.participant.${SLUG}`;
const agendaKey = `campgrid.agenda.${SLUG}`;

/** The socket opened with this handshake, once there is one. */
async function socketWith(handshake: unknown): Promise<FakeSocket> {
  let found: unknown;
  await vi.waitFor(() => {
    found = sockets.opened.find(
      (entry) => JSON.stringify(entry.handshake) === JSON.stringify(handshake),
    )?.socket;
    expect(found).toBeInstanceOf(FakeSocket);
  });
  return found as FakeSocket;
}

const leftAck = (participantId: string, version: number) => ({
  ok: true,
  version,
  events: [{ type: 'participant:left', participantId }],
  duplicate: false,
});

beforeEach(() => {
  sockets.opened.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify({ status: 'ok' }), { status: 200 })),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('leaving in the camp’s page', () => {
  it('ends both participants and says what happened, in the page that is still open', async () => {
    window.localStorage.setItem(participantKey, 'ada-secret');
    window.localStorage.setItem(agendaKey, 'agenda-token');
    window.history.replaceState(null, '', `/c/${SLUG}/participate`);
    render(<AppRoutes />);
    const own = await socketWith({ slug: SLUG, token: 'ada-secret' });
    act(() => {
      own.accept();
      own.next('camp:sync').reply({
        ok: true,
        viewer: PARTICIPANT,
        version: 1,
        catchUp: { kind: 'snapshot', state: campFixture() },
      });
    });
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole(
        'button',
        { name: 'Mich aus dem Camp löschen …' },
        { timeout: 5_000 },
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Ja, mich jetzt löschen' }));

    // As the server does it: the ack, then access:revoked on every socket of the token.
    act(() => {
      own.next('participant:leave').reply(leftAck('p-ada', 2));
      own.broadcast('access:revoked', { reason: 'left' });
    });
    expect(own.closed).toBe(true);

    const agenda = await socketWith({ slug: SLUG, token: 'agenda-token' });
    agenda.accept();
    await act(async () => {
      agenda.next('participant:leave').reply(leftAck('p-guest', 3));
    });

    const heading = await screen.findByRole(
      'heading',
      { name: 'Du hast das Camp verlassen' },
      { timeout: 5_000 },
    );
    await vi.waitFor(() => expect(heading).toHaveFocus());
    expect(window.localStorage.getItem(participantKey)).toBeNull();
    expect(window.localStorage.getItem(agendaKey)).toBeNull();
    expect(agenda.closed).toBe(true);
    // Neither ended token is tried again.
    const handshakes = sockets.opened.map((entry) => JSON.stringify(entry.handshake));
    expect(handshakes.filter((text) => text.includes('ada-secret'))).toHaveLength(1);
    expect(handshakes.filter((text) => text.includes('agenda-token'))).toHaveLength(1);
  });
});
