import type { CampState, Session, SessionDraft } from '@campgrid/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendCommand } from '../../net/index.js';
import { hostNames, placementText } from '../camp/describe.js';
import { SessionForm, type SessionFormValues } from './SessionForm.js';
import { VoteToggle } from './VoteToggle.js';

interface SessionCardProps {
  camp: CampState;
  session: Session;
  voted: boolean;
  /** Whether the rules let this user edit and withdraw it (hosts and moderators). */
  editable: boolean;
  withdrawable: boolean;
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

export function SessionCard({ camp, session, voted, editable, withdrawable }: SessionCardProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'view' | 'edit' | 'confirmWithdraw'>('view');
  const where = placementText(camp, session.placement);

  function save(changes: SessionDraft) {
    const result = sendCommand('session:update', { sessionId: session.id, changes });
    if (result.ok) setMode('view');
    return result;
  }

  return (
    <article className="card session-card" aria-label={session.title}>
      <h3>{session.title}</h3>
      <p className="session-hosts">{t('sessions.by', { hosts: hostNames(session) })}</p>
      <p className="session-meta">
        {t(`formats.${session.format}`)} · {t(`sessionLanguages.${session.language}`)}
        {session.tags.length > 0 ? ` · ${session.tags.map((tag) => `#${tag}`).join(' ')}` : null}
      </p>
      {session.description ? <p className="session-description">{session.description}</p> : null}
      {where ? <p className="session-placement">{where}</p> : null}
      <div className="session-actions">
        <span className="vote-count">{t('sessions.votes', { count: session.voteCount })}</span>
        <VoteToggle session={session} voted={voted} />
        {editable && mode === 'view' ? (
          <button type="button" onClick={() => setMode('edit')}>
            {t('sessions.edit')}
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
    </article>
  );
}
