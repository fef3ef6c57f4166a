import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ParticipatePage } from '../../../../client/src/features/participate/ParticipatePage.js';
import { campFixture, PARTICIPANT, SLUG, sessionFixture } from '../../support/camp-fixture.js';
import { type Connected, connectWithSnapshot } from '../../support/connect.js';
import { commandMessage, FakeSocket } from '../../support/fake-socket.js';
import { sockets } from '../../support/fake-socket-port.js';
import { asServer, renderWithAlerts } from '../../support/render.js';

/** Sockets opened outside the page's connection: the agenda's hidden participant leaving. */
vi.mock(
  '../../../../client/src/net/socket-port.js',
  () => import('../../support/fake-socket-port.js'),
);

async function agendaSocket(): Promise<FakeSocket> {
  await vi.waitFor(() => expect(sockets.opened).toHaveLength(1));
  expect(sockets.opened[0]?.handshake).toEqual({ slug: SLUG, token: 'agenda-token' });
  const socket = sockets.opened[0]?.socket;
  if (!(socket instanceof FakeSocket)) throw new Error('no agenda socket');
  return socket;
}

const leftAck = (participantId: string, version: number) => ({
  ok: true,
  version,
  events: [{ type: 'participant:left', participantId }],
  duplicate: false,
});

const participantKey = `campgrid.participant.${SLUG}`;
const agendaKey = `campgrid.agenda.${SLUG}`;
const starsKey = `campgrid.stars.${SLUG}`;

const mine = sessionFixture('s-mine', 'Meine Session', {
  hosts: [{ name: 'Ada', participantId: 'p-ada' }],
});

interface StarsRequest {
  method: string;
  path: string;
  authorization: string | null;
  body: unknown;
}

/** The agenda's stars API on a stubbed fetch: records what is asked and says yes. */
function fakeStars(): StarsRequest[] {
  const requests: StarsRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init: RequestInit = {}) => {
      requests.push({
        method: init.method ?? 'GET',
        path,
        authorization: new Headers(init.headers).get('Authorization'),
        body: typeof init.body === 'string' ? JSON.parse(init.body) : null,
      });
      return new Response(JSON.stringify({ ok: true, sessionIds: [], feedPath: '/feed.ics' }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
  return requests;
}

function openPage(): Connected {
  sockets.opened.length = 0;
  window.localStorage.setItem(participantKey, 'secret-token');
  window.localStorage.setItem(agendaKey, 'agenda-token');
  window.localStorage.setItem(starsKey, JSON.stringify({ starred: ['s-mine'], dirty: false }));
  const server = connectWithSnapshot(campFixture({ version: 4, sessions: [mine] }), PARTICIPANT);
  renderWithAlerts(<ParticipatePage slug={SLUG} />);
  return server;
}

const button = (name: string) => screen.getByRole('button', { name });

describe('leaving the camp', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('asks first, sends participant:leave, then removes the agenda’s participant and forgets both', async () => {
    const requests = fakeStars();
    const server = openPage();
    const user = userEvent.setup();

    await user.click(button('Mich aus dem Camp löschen …'));
    expect(server.socket.unanswered('participant:leave')).toEqual([]);
    expect(screen.getByText(/Wirklich löschen\?/)).toBeVisible();
    await user.click(button('Ja, mich jetzt löschen'));

    const sent = server.socket.next('participant:leave');
    expect(commandMessage(sent).payload).toEqual({});
    expect(screen.getByRole('status')).toHaveTextContent('Du wirst gelöscht …');
    // Nothing is forgotten before the server has deleted the participant.
    expect(window.localStorage.getItem(participantKey)).toBe('secret-token');

    await act(async () => {
      sent.reply(leftAck('p-ada', 5));
    });

    // The agenda's hidden participant ("Gast") leaves too, on a socket of its own.
    const agenda = await agendaSocket();
    expect(window.localStorage.getItem(participantKey)).toBeNull();
    expect(window.localStorage.getItem(agendaKey)).toBe('agenda-token');
    agenda.accept();
    const guestLeave = agenda.next('participant:leave');
    expect(commandMessage(guestLeave).payload).toEqual({});
    await act(async () => {
      guestLeave.reply(leftAck('p-guest', 6));
    });

    const heading = await screen.findByRole('heading', { name: 'Du hast das Camp verlassen' });
    expect(heading).toHaveFocus();
    expect(
      screen.getByText(
        'Dein Anzeigename, deine Stimmen und deine Merkliste sind gelöscht, und dieses Gerät ist abgemeldet.',
      ),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Neu beitreten' })).toHaveAttribute(
      'href',
      `/c/${SLUG}/join`,
    );
    expect(window.localStorage.getItem(participantKey)).toBeNull();
    expect(window.localStorage.getItem(agendaKey)).toBeNull();
    expect(JSON.parse(window.localStorage.getItem(starsKey) ?? 'null')).toEqual({
      starred: [],
      dirty: false,
    });
    expect(agenda.closed).toBe(true);
    // The server deleted the stars with their participant: nothing left to empty.
    expect(requests).toEqual([]);
  });

  it('at least empties the stars when the agenda’s participant cannot leave', async () => {
    const requests = fakeStars();
    const server = openPage();
    const user = userEvent.setup();
    await user.click(button('Mich aus dem Camp löschen …'));
    await user.click(button('Ja, mich jetzt löschen'));
    await act(async () => {
      server.socket.next('participant:leave').reply(leftAck('p-ada', 5));
    });
    const agenda = await agendaSocket();
    agenda.accept();
    await act(async () => {
      agenda.next('participant:leave').reply({ ok: false, code: 'INTERNAL', message: 'disk full' });
    });

    await screen.findByRole('heading', { name: 'Du hast das Camp verlassen' });
    expect(requests).toEqual([
      {
        method: 'PUT',
        path: `/api/camps/${SLUG}/stars`,
        authorization: 'Bearer agenda-token',
        body: { sessionIds: [] },
      },
    ]);
    expect(window.localStorage.getItem(agendaKey)).toBeNull();
  });

  it('sends nothing when the participant thinks better of it', async () => {
    const server = openPage();
    const user = userEvent.setup();
    await user.click(button('Mich aus dem Camp löschen …'));
    await user.click(button('Abbrechen'));
    expect(server.socket.unanswered('participant:leave')).toEqual([]);
    expect(button('Mich aus dem Camp löschen …')).toBeVisible();
  });

  it('keeps everything and says why when the server refuses', async () => {
    const requests = fakeStars();
    const server = openPage();
    const user = userEvent.setup();
    await user.click(button('Mich aus dem Camp löschen …'));
    await user.click(button('Ja, mich jetzt löschen'));
    asServer(() =>
      server.socket
        .next('participant:leave')
        .reply({ ok: false, code: 'INTERNAL', message: 'disk full' }),
    );
    expect(
      await screen.findByText(
        'Das Löschen hat nicht geklappt: Auf dem Server ist etwas schiefgegangen. Es wurde nichts gespeichert.',
      ),
    ).toBeVisible();
    expect(window.localStorage.getItem(participantKey)).toBe('secret-token');
    expect(window.localStorage.getItem(agendaKey)).toBe('agenda-token');
    expect(requests).toEqual([]);
    expect(sockets.opened).toEqual([]);
    expect(screen.queryByRole('heading', { name: 'Du hast das Camp verlassen' })).toBeNull();
  });
});
