import type { CampState, Session, SessionDraft } from '@campgrid/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendCommand } from '../../net/index.js';
import { hostNames, placementText } from '../camp/describe.js';
import { SessionForm, type SessionFormValues } from './SessionForm.js';
import { SessionSettingsForm } from './SessionSettingsForm.js';
import { VoteToggle } from './VoteToggle.js';

/** What the rules let this participant do with the session, asked of the decider by the list. */
export interface SessionAbilities {
  /** Hosts and moderators may edit and withdraw it. */
  editable: boolean;
  withdrawable: boolean;
  /** A host sets the capacity limit and the needs. */
  configurable: boolean;
  canJoinQueue: boolean;
  canLeaveQueue: boolean;
  /** A wish anyone may take over, as `adoptAs`. */
  adoptAs: string | null;
  /** The camp does not let hosts vote for their own session. */
  selfVoteBarred: boolean;
}

interface SessionCardProps {
  camp: CampState;
  session: Session;
  voted: boolean;
  countsHidden: boolean;
  abilities: SessionAbilities;
}

function formValues(session: Session): SessionFormValues {
  return {
    title: session.title,
    description: session.description,
    hosts: hostNames(session),
    tags: session.tags.join(', '),
    format: session.format,
    language: session.language,
  };
}

type Mode = 'view' | 'edit' | 'settings' | 'confirmWithdraw';

export function SessionCard({ camp, session, voted, countsHidden, abilities }: SessionCardProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('view');
  const where = placementText(camp, session.placement);
  const queuePosition = camp.queue.indexOf(session.id);
  const { editable, withdrawable, configurable, adoptAs } = abilities;

  function save(changes: SessionDraft) {
    const result = sendCommand('session:update', { sessionId: session.id, changes });
    if (result.ok) setMode('view');
    return result;
  }

  return (
    <article className="card session-card" aria-label={session.title}>
      <h3>{session.title}</h3>
      {session.kind === 'wish' ? (
        <p className="session-meta">{t('wishes.badge')}</p>
      ) : (
        <p className="session-hosts">{t('sessions.by', { hosts: hostNames(session) })}</p>
      )}
      <p className="session-meta">
        {t(`formats.${session.format}`)} · {t(`sessionLanguages.${session.language}`)}
        {session.tags.length > 0 ? ` · ${session.tags.map((tag) => `#${tag}`).join(' ')}` : null}
      </p>
      {session.description ? <p className="session-description">{session.description}</p> : null}
      {session.cancellation ? (
        <p className="notice">
          {session.cancellation.reason
            ? t('sessionSettings.cancelledBecause', { reason: session.cancellation.reason })
            : t('sessionSettings.cancelledNoReason')}
        </p>
      ) : null}
      {where ? <p className="session-placement">{where}</p> : null}
      {camp.spotlight === session.id && editable ? (
        <p className="notice">{t('round.onStage')}</p>
      ) : null}
      {queuePosition >= 0 && editable ? (
        <p className="notice">{t('round.queued', { position: queuePosition + 1 })}</p>
      ) : null}
      <div className="session-actions">
        {countsHidden ? null : (
          <span className="vote-count">{t('sessions.votes', { count: session.voteCount })}</span>
        )}
        {abilities.selfVoteBarred ? (
          <span className="hint">{t('votingRules.ownSession')}</span>
        ) : (
          <VoteToggle session={session} voted={voted} />
        )}
        {adoptAs !== null ? (
          <button
            type="button"
            onClick={() => sendCommand('wish:adopt', { sessionId: session.id, hostName: adoptAs })}
          >
            {t('wishes.adopt', { title: session.title })}
          </button>
        ) : null}
        {abilities.canJoinQueue && mode === 'view' ? (
          <button
            type="button"
            onClick={() => sendCommand('queue:join', { sessionId: session.id })}
          >
            {t('round.join')}
          </button>
        ) : null}
        {abilities.canLeaveQueue && mode === 'view' ? (
          <button
            type="button"
            onClick={() => sendCommand('queue:leave', { sessionId: session.id })}
          >
            {t('round.leave')}
          </button>
        ) : null}
        {editable && mode === 'view' ? (
          <button type="button" onClick={() => setMode('edit')}>
            {t('sessions.edit')}
          </button>
        ) : null}
        {configurable && mode === 'view' ? (
          <button type="button" onClick={() => setMode('settings')}>
            {t('sessionSettings.open')}
          </button>
        ) : null}
        {withdrawable && mode === 'view' ? (
          <button type="button" onClick={() => setMode('confirmWithdraw')}>
            {t('sessions.withdraw')}
          </button>
        ) : null}
      </div>
      {withdrawable && mode === 'confirmWithdraw' ? (
        <div className="confirm">
          <p>{t('sessions.withdrawQuestion')}</p>
          <div className="actions">
            <button
              type="button"
              className="danger"
              onClick={() => sendCommand('session:withdraw', { sessionId: session.id })}
            >
              {t('sessions.withdrawConfirm')}
            </button>
            <button type="button" onClick={() => setMode('view')}>
              {t('sessions.keep')}
            </button>
          </div>
        </div>
      ) : null}
      {editable && mode === 'edit' ? (
        <SessionForm
          initial={formValues(session)}
          defaultHosts=""
          submitLabel={t('pitch.save')}
          onSubmit={save}
          onCancel={() => setMode('view')}
        />
      ) : null}
      {configurable && mode === 'settings' ? (
        <SessionSettingsForm camp={camp} session={session} onDone={() => setMode('view')} />
      ) : null}
    </article>
  );
}
