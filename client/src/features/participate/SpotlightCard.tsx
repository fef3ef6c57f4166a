import { type CampState, findSession, isHostOf } from '@campgrid/shared';
import { useTranslation } from 'react-i18next';
import { sendCommand } from '../../net/index.js';
import { hostNames } from '../camp/describe.js';

interface SpotlightCardProps {
  camp: CampState;
  participantId: string;
  voted: boolean;
  countsHidden: boolean;
}

/**
 * The pitch being presented right now, large on every phone, with "I'd attend": the rules take
 * that vote for the spotlighted pitch even while general voting is closed.
 */
export function SpotlightCard({ camp, participantId, voted, countsHidden }: SpotlightCardProps) {
  const { t } = useTranslation();
  const session = camp.spotlight === null ? undefined : findSession(camp, camp.spotlight);
  if (session === undefined) return null;
  const own = isHostOf(session, participantId);
  const selfVoteBarred = own && !camp.settings.allowSelfVote;
  return (
    <section
      className="card stack spotlight"
      aria-labelledby="spotlight-heading"
      aria-live="polite"
    >
      <h2 id="spotlight-heading">{t('round.phoneHeading')}</h2>
      <p className="spotlight-title">{session.title}</p>
      {session.hosts.length > 0 ? (
        <p className="session-hosts">{t('sessions.by', { hosts: hostNames(session) })}</p>
      ) : null}
      {session.description ? <p className="session-description">{session.description}</p> : null}
      {own ? <p className="notice">{t('round.onStage')}</p> : null}
      <div className="session-actions">
        {countsHidden ? null : (
          <span className="vote-count">{t('round.attendCount', { count: session.voteCount })}</span>
        )}
        {selfVoteBarred ? (
          <span className="hint">{t('votingRules.ownSession')}</span>
        ) : (
          <button
            type="button"
            className="vote-toggle primary"
            aria-pressed={voted}
            aria-label={t('round.attendLabel', { title: session.title })}
            onClick={() =>
              sendCommand(voted ? 'vote:retract' : 'vote:cast', { sessionId: session.id })
            }
          >
            <span aria-hidden="true">{voted ? '★' : '☆'}</span> {t('round.attend')}
          </button>
        )}
      </div>
    </section>
  );
}
