import { DEFAULT_CAMP_SETTINGS } from '@campgrid/shared';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ParticipatePage } from '../../../../client/src/features/participate/ParticipatePage.js';
import { shuffledFor } from '../../../../client/src/features/participate/voting-order.js';
import { campFixture, PARTICIPANT, SLUG, sessionFixture } from '../../support/camp-fixture.js';
import { type Connected, connectWithSnapshot } from '../../support/connect.js';
import { commandMessage } from '../../support/fake-socket.js';
import { asServer, renderWithAlerts } from '../../support/render.js';

const mine = sessionFixture('s-mine', 'Meine Session', {
  hosts: [{ name: 'Ada', participantId: 'p-ada' }],
  voteCount: 2,
});
const theirs = sessionFixture('s-theirs', 'Fremde Session', { voteCount: 4 });

type CampChanges = Parameters<typeof campFixture>[0];

function openPage(changes: CampChanges = {}): Connected {
  window.localStorage.setItem(`campgrid.participant.${SLUG}`, 'secret-token');
  const server = connectWithSnapshot(
    campFixture({ sessions: [mine, theirs], ...changes }),
    PARTICIPANT,
  );
  renderWithAlerts(<ParticipatePage slug={SLUG} />);
  return server;
}

const article = (title: string) => screen.getByRole('article', { name: title });

describe('the pitch queue on the phone', () => {
  it('lets a host queue their own pitch, shows the place, and leave again', async () => {
    const server = openPage();
    const user = userEvent.setup();
    expect(
      within(article('Fremde Session')).queryByRole('button', { name: 'Zur Pitch-Warteschlange' }),
    ).toBeNull();
    await user.click(
      within(article('Meine Session')).getByRole('button', { name: 'Zur Pitch-Warteschlange' }),
    );
    expect(commandMessage(server.socket.next('queue:join')).payload).toEqual({
      sessionId: 's-mine',
    });
    expect(article('Meine Session')).toHaveTextContent('In der Pitch-Warteschlange: Platz 1');
    await user.click(
      within(article('Meine Session')).getByRole('button', {
        name: 'Aus der Pitch-Warteschlange nehmen',
      }),
    );
    expect(commandMessage(server.socket.next('queue:leave')).payload).toEqual({
      sessionId: 's-mine',
    });
  });
});

describe('the spotlight on the phone', () => {
  it('shows the called pitch with an “I’d attend” button that works while voting is closed', async () => {
    const server = openPage({ phases: { pitching: false, voting: false } });
    const user = userEvent.setup();
    expect(screen.queryByRole('region', { name: 'Gerade im Pitch' })).toBeNull();
    asServer(() =>
      server.socket.broadcast('spotlight:changed', {
        version: 2,
        at: 1,
        event: { type: 'spotlight:changed', sessionId: 's-theirs' },
      }),
    );
    const spotlight = screen.getByRole('region', { name: 'Gerade im Pitch' });
    expect(spotlight).toHaveTextContent('Fremde Session');
    expect(spotlight).toHaveTextContent('4 würden hingehen');
    const attend = within(spotlight).getByRole('button', {
      name: 'Ich würde hingehen: Fremde Session',
    });
    expect(attend).toHaveAttribute('aria-pressed', 'false');
    await user.click(attend);
    expect(commandMessage(server.socket.next('vote:cast')).payload).toEqual({
      sessionId: 's-theirs',
    });
    expect(attend).toHaveAttribute('aria-pressed', 'true');
    expect(spotlight).toHaveTextContent('5 würden hingehen');
  });
});

describe('wishes', () => {
  it('posts a topic wish', async () => {
    const server = openPage();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Wunschthema'), 'KI in der Verwaltung');
    await user.type(screen.getByLabelText('Worum soll es gehen?'), 'Erfahrungen bitte');
    await user.click(screen.getByRole('button', { name: 'Wunsch einreichen' }));
    const { payload } = commandMessage(server.socket.next('wish:post'));
    expect(payload).toMatchObject({
      wish: { title: 'KI in der Verwaltung', description: 'Erfahrungen bitte' },
    });
    expect(article('KI in der Verwaltung')).toHaveTextContent('Wunsch – sucht jemanden');
    expect(screen.getByLabelText('Wunschthema')).toHaveValue('');
  });

  it('takes a wish over under the participant’s own name', async () => {
    const wish = sessionFixture('s-wish', 'Offene Daten', { kind: 'wish', hosts: [] });
    const server = openPage({ sessions: [mine, theirs, wish] });
    const user = userEvent.setup();
    await user.click(
      within(article('Offene Daten')).getByRole('button', {
        name: '„Offene Daten“ übernehmen und selbst leiten',
      }),
    );
    expect(commandMessage(server.socket.next('wish:adopt')).payload).toEqual({
      sessionId: 's-wish',
      hostName: 'Ada',
    });
    expect(article('Offene Daten')).toHaveTextContent('mit Ada');
    expect(
      within(article('Offene Daten')).getByRole('button', { name: 'Zur Pitch-Warteschlange' }),
    ).toBeInTheDocument();
  });
});

describe('per-session settings', () => {
  it('lets a host set a capacity limit and needs', async () => {
    const server = openPage();
    const user = userEvent.setup();
    expect(
      within(article('Fremde Session')).queryByRole('button', { name: 'Einstellungen' }),
    ).toBeNull();
    await user.click(
      within(article('Meine Session')).getByRole('button', { name: 'Einstellungen' }),
    );
    const card = article('Meine Session');
    await user.type(within(card).getByLabelText('Höchstens Plätze'), '12');
    await user.click(within(card).getByLabelText('Beamer'));
    await user.click(within(card).getByRole('button', { name: 'Einstellungen speichern' }));
    expect(commandMessage(server.socket.next('session:configure')).payload).toEqual({
      sessionId: 's-mine',
      capacityLimit: 12,
      needs: ['Beamer'],
    });
  });
});

describe('voting rules', () => {
  it('hides vote counts while the camp hides them', () => {
    openPage({ settings: { ...DEFAULT_CAMP_SETTINGS, hideVoteCounts: true } });
    expect(screen.getByText(/Stimmenzahlen bleiben verborgen/)).toBeInTheDocument();
    expect(article('Fremde Session')).not.toHaveTextContent('Stimmen');
  });

  it('shows counts once voting is closed', () => {
    openPage({
      settings: { ...DEFAULT_CAMP_SETTINGS, hideVoteCounts: true },
      phases: { pitching: true, voting: false },
    });
    expect(article('Fremde Session')).toHaveTextContent('4 Stimmen');
  });

  it('offers no vote on one’s own session where the camp bars it', () => {
    openPage({ settings: { ...DEFAULT_CAMP_SETTINGS, allowSelfVote: false } });
    expect(
      within(article('Meine Session')).queryByRole('button', { name: 'Interesse: Meine Session' }),
    ).toBeNull();
    expect(article('Meine Session')).toHaveTextContent('Für die eigene Session kann man');
    expect(
      within(article('Fremde Session')).getByRole('button', { name: 'Interesse: Fremde Session' }),
    ).toBeInTheDocument();
  });

  it('shuffles the list per participant where the camp asks for it', () => {
    const many = Array.from({ length: 8 }, (_, index) =>
      sessionFixture(`s-${index}`, `Session ${index}`),
    );
    openPage({
      sessions: many,
      settings: { ...DEFAULT_CAMP_SETTINGS, shuffleVotingList: true },
    });
    const shown = screen.getAllByRole('article').map((item) => item.getAttribute('aria-label'));
    expect(shown).toEqual(shuffledFor(many, 'p-ada').map((session) => session.title));
    expect(shown).not.toEqual(many.map((session) => session.title));
  });
});

describe('the shuffled voting order', () => {
  const sessions = Array.from({ length: 12 }, (_, index) =>
    sessionFixture(`s-${index}`, `S${index}`),
  );
  const ids = (list: { id: string }[]) => list.map((session) => session.id);

  it('is the same for the same participant and differs between participants', () => {
    expect(ids(shuffledFor(sessions, 'p-ada'))).toEqual(ids(shuffledFor(sessions, 'p-ada')));
    expect(ids(shuffledFor(sessions, 'p-ada'))).not.toEqual(ids(shuffledFor(sessions, 'p-bob')));
    expect(ids(shuffledFor(sessions, 'p-ada')).sort()).toEqual(ids(sessions).sort());
  });

  it('keeps the others in their order when a new pitch arrives', () => {
    const before = ids(shuffledFor(sessions.slice(0, 11), 'p-ada'));
    const after = ids(shuffledFor(sessions, 'p-ada')).filter((id) => id !== 's-11');
    expect(after).toEqual(before);
  });
});
