import type { Session } from '@campgrid/shared';
import { useTranslation } from 'react-i18next';
import { sendCommand } from '../../net/index.js';

interface VoteToggleProps {
  session: Session;
  voted: boolean;
}

/** Marks interest in a session; the count moves at once and moves back if the server says no. */
export function VoteToggle({ session, voted }: VoteToggleProps) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="vote-toggle"
      aria-pressed={voted}
      aria-label={t('vote.toggle', { title: session.title })}
      onClick={() => sendCommand(voted ? 'vote:retract' : 'vote:cast', { sessionId: session.id })}
    >
      <span aria-hidden="true">{voted ? '★' : '☆'}</span> {t('vote.label')}
    </button>
  );
}
