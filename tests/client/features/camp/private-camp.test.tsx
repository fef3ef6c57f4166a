import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../../../client/src/routes.js';
import { campFixture, SLUG } from '../../support/camp-fixture.js';
import { lastSocket, sockets } from '../../support/fake-socket-port.js';
import { VIEWER_ROLE } from '../../support/viewer.js';

vi.mock(
  '../../../../client/src/net/socket-port.js',
  () => import('../../support/fake-socket-port.js'),
);

const joinCodeKey = `campgrid.joincode.${SLUG}`;
/** The form is a chunk of its own; its first import can take a while on a busy machine. */
const LAZY_CHUNK = { timeout: 5_000 };
const CODE = 'sommer-2026';

/** GET /api/camps/:slug as a private camp answers it: only to its join code. */
function privateCampServer(): { codesTried: (string | null)[] } {
  const codesTried: (string | null)[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init: RequestInit = {}) => {
      if (path !== `/api/camps/${SLUG}`) {
        return new Response(JSON.stringify({ status: 'ok' }), { status: 200 });
      }
      const code = new Headers(init.headers).get('X-Join-Code');
      codesTried.push(code);
      return code === CODE
        ? new Response(JSON.stringify(campFixture()), { status: 200 })
        : new Response(
            JSON.stringify({
              ok: false,
              code: 'UNAUTHORIZED',
              message: 'This join code is not right.',
              field: 'joinCode',
            }),
            { status: 401 },
          );
    }),
  );
  return { codesTried };
}

function openAt(path: string) {
  window.history.replaceState(null, '', path);
  return render(<AppRoutes />);
}

beforeEach(() => {
  sockets.opened.length = 0;
});

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('a private camp', () => {
  it('asks for the join code, refuses a wrong one, and opens with the right one', async () => {
    const server = privateCampServer();
    openAt(`/c/${SLUG}`);
    expect(sockets.opened[0]?.handshake).toEqual({ slug: SLUG });
    act(() => lastSocket().refuse('UNAUTHORIZED'));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Dieses Camp ist privat' }, LAZY_CHUNK),
    ).toBeVisible();
    const field = screen.getByLabelText('Beitrittscode');
    // Focused by an effect, which may run a moment after the form appears.
    await vi.waitFor(() => expect(field).toHaveFocus());
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Camp öffnen' }));
    expect(screen.getByText('Bitte gib den Beitrittscode ein.')).toBeVisible();
    expect(server.codesTried).toEqual([]);

    await user.type(field, 'winter-2025');
    await user.click(screen.getByRole('button', { name: 'Camp öffnen' }));
    expect(
      await screen.findByText(
        'Dieser Beitrittscode stimmt nicht. Bitte prüfe ihn und versuche es noch einmal.',
      ),
    ).toBeVisible();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(window.localStorage.getItem(joinCodeKey)).toBeNull();
    expect(sockets.opened).toHaveLength(1);

    await user.clear(field);
    await user.type(field, ` ${CODE} `);
    await user.click(screen.getByRole('button', { name: 'Camp öffnen' }));
    await vi.waitFor(() => expect(sockets.opened).toHaveLength(2));
    expect(server.codesTried).toEqual(['winter-2025', CODE]);
    expect(window.localStorage.getItem(joinCodeKey)).toBe(CODE);
    expect(sockets.opened[1]?.handshake).toEqual({ slug: SLUG, joinCode: CODE });

    act(() => {
      lastSocket().accept();
      lastSocket()
        .next('camp:sync')
        .reply({
          ok: true,
          viewer: VIEWER_ROLE,
          version: 1,
          catchUp: { kind: 'snapshot', state: campFixture() },
        });
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Testcamp' })).toBeVisible();
    expect(screen.queryByLabelText('Beitrittscode')).toBeNull();
  });

  it('connects with the kept code, and asks again when the code has changed', async () => {
    window.localStorage.setItem(joinCodeKey, 'winter-2025');
    openAt(`/c/${SLUG}`);
    expect(sockets.opened[0]?.handshake).toEqual({ slug: SLUG, joinCode: 'winter-2025' });
    act(() => lastSocket().refuse('UNAUTHORIZED'));

    expect(
      await screen.findByText(
        'Der gespeicherte Beitrittscode gilt nicht mehr. Bitte gib den aktuellen ein.',
      ),
    ).toBeVisible();
    // A refused code is not tried again: each wrong one counts against this address.
    expect(window.localStorage.getItem(joinCodeKey)).toBeNull();
  });

  it('asks an open page for the code when the camp turns private', async () => {
    openAt(`/c/${SLUG}`);
    act(() => {
      lastSocket().accept();
      lastSocket()
        .next('camp:sync')
        .reply({
          ok: true,
          viewer: VIEWER_ROLE,
          version: 1,
          catchUp: { kind: 'snapshot', state: campFixture() },
        });
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Testcamp' })).toBeVisible();
    act(() => lastSocket().broadcast('access:revoked', { reason: 'revoked' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Dieses Camp ist privat' }, LAZY_CHUNK),
    ).toBeVisible();
  });

  it('sends the join code along when someone joins the camp', async () => {
    window.localStorage.setItem(joinCodeKey, CODE);
    openAt(`/c/${SLUG}/join`);
    act(() => {
      lastSocket().accept();
      lastSocket()
        .next('camp:sync')
        .reply({
          ok: true,
          viewer: VIEWER_ROLE,
          version: 1,
          catchUp: { kind: 'snapshot', state: campFixture() },
        });
    });
    const fetch = vi.fn(
      async (_path: string, _init?: RequestInit) =>
        new Response(
          JSON.stringify({ ok: true, participantId: 'p-ada', displayName: 'Ada', token: 'ada' }),
          { status: 201 },
        ),
    );
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Anzeigename'), 'Ada');
    await user.click(screen.getByRole('button', { name: 'Teilnehmen' }));
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    const [path, init] = fetch.mock.calls[0] ?? [];
    expect(path).toBe(`/api/camps/${SLUG}/participants`);
    expect(new Headers(init?.headers).get('X-Join-Code')).toBe(CODE);
  });
});
