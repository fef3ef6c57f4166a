import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ParticipatePage } from '../../../../client/src/features/participate/ParticipatePage.js';
import { campFixture, PARTICIPANT, SLUG } from '../../support/camp-fixture.js';
import { type Connected, connectWithSnapshot } from '../../support/connect.js';
import { commandMessage } from '../../support/fake-socket.js';
import { renderWithAlerts } from '../../support/render.js';

let server: Connected;

function openPage(phases = { pitching: true, voting: true }) {
  window.localStorage.setItem(`campgrid.participant.${SLUG}`, 'secret-token');
  server = connectWithSnapshot(campFixture({ phases }), PARTICIPANT);
  renderWithAlerts(<ParticipatePage slug={SLUG} />);
}

describe('the pitch form', () => {
  beforeEach(() => openPage());

  it('names the participant as host unless they change it', () => {
    expect(screen.getByLabelText('Hosts')).toHaveValue('Ada');
  });

  it('asks for a title and sends nothing without one', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Session einreichen' }));
    const title = screen.getByLabelText('Titel');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(expect.stringContaining('Bitte ausfüllen.'));
    expect(title).toHaveFocus();
    expect(server.socket.unanswered('session:pitch')).toHaveLength(0);
  });

  it('refuses a title longer than 120 characters', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Titel'));
    await user.paste('x'.repeat(121));
    await user.click(screen.getByRole('button', { name: 'Session einreichen' }));
    expect(screen.getByLabelText('Titel')).toHaveAccessibleDescription(
      expect.stringContaining('Höchstens 120 Zeichen.'),
    );
    expect(server.socket.unanswered('session:pitch')).toHaveLength(0);
  });

  it('refuses a description longer than 2000 characters', async () => {
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Titel'), 'Offene Daten');
    // Typing 2001 characters one by one is slow; pasting is what people do anyway.
    await user.click(screen.getByLabelText('Beschreibung'));
    await user.paste('y'.repeat(2001));
    await user.click(screen.getByRole('button', { name: 'Session einreichen' }));
    expect(screen.getByLabelText('Beschreibung')).toHaveAccessibleDescription(
      expect.stringContaining('Höchstens 2000 Zeichen.'),
    );
    expect(server.socket.unanswered('session:pitch')).toHaveLength(0);
  });

  it('sends a session:pitch with the draft, shows the session at once and empties itself', async () => {
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Titel'), '  Offene Daten in Kommunen ');
    await user.type(screen.getByLabelText('Beschreibung'), 'Was klappt, was nicht.');
    await user.type(screen.getByLabelText('Tags'), 'open data, kommunen');
    await user.selectOptions(screen.getByLabelText('Format'), 'Workshop');
    await user.selectOptions(screen.getByLabelText('Sprache'), 'Englisch');
    await user.click(screen.getByRole('button', { name: 'Session einreichen' }));

    const { payload } = commandMessage(server.socket.next('session:pitch'));
    expect(payload).toEqual({
      sessionId: expect.stringMatching(/^[A-Za-z0-9_-]+$/),
      draft: {
        title: 'Offene Daten in Kommunen',
        description: 'Was klappt, was nicht.',
        hosts: ['Ada'],
        tags: ['open data', 'kommunen'],
        format: 'workshop',
        language: 'en',
      },
    });
    const article = screen.getByRole('article', { name: 'Offene Daten in Kommunen' });
    expect(within(article).getByText('mit Ada')).toBeInTheDocument();
    expect(screen.getByLabelText('Titel')).toHaveValue('');
    expect(screen.getByLabelText('Hosts')).toHaveValue('Ada');
  });

  it('takes several hosts, comma-separated', async () => {
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Titel'), 'Verwaltung und KI');
    await user.clear(screen.getByLabelText('Hosts'));
    await user.type(screen.getByLabelText('Hosts'), 'Ada, Grace');
    await user.click(screen.getByRole('button', { name: 'Session einreichen' }));
    const { payload } = commandMessage(server.socket.next('session:pitch'));
    expect(payload).toMatchObject({ draft: { hosts: ['Ada', 'Grace'] } });
  });

  it('shows the rule that refuses a session without hosts, next to the field', async () => {
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Titel'), 'Ohne Host');
    await user.clear(screen.getByLabelText('Hosts'));
    await user.click(screen.getByRole('button', { name: 'Session einreichen' }));
    expect(screen.getByLabelText('Hosts')).toHaveAttribute('aria-invalid', 'true');
    expect(server.socket.unanswered('session:pitch')).toHaveLength(0);
  });
});

describe('the pitch form while pitching is closed', () => {
  it('says why nothing was sent', async () => {
    openPage({ pitching: false, voting: true });
    const user = userEvent.setup();
    expect(screen.getByText('Das Einreichen ist gerade geschlossen.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Titel'), 'Zu spät');
    await user.click(screen.getByRole('button', { name: 'Session einreichen' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Diese Phase ist geschlossen.');
    expect(server.socket.unanswered('session:pitch')).toHaveLength(0);
    expect(screen.queryByRole('article', { name: 'Zu spät' })).not.toBeInTheDocument();
  });
});
