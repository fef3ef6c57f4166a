import { type Actor, ballotOf, type CampState } from '@campgrid/shared';
import { useTranslation } from 'react-i18next';
import { allows } from '../camp/allows.js';
import { SessionCard } from './SessionCard.js';

interface SessionListProps {
  camp: CampState;
  actor: Actor;
}

/** Every pitched session in the order they came in, with live vote counts. */
export function SessionList({ camp, actor }: SessionListProps) {
  const { t } = useTranslation();
  const ballot = actor.role === 'participant' ? ballotOf(camp, actor.participantId) : [];
  const limit = camp.settings.votesPerParticipant;
  return (
    <section className="stack" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('sessions.heading', { count: camp.sessions.length })}</h2>
      <p className="notice">
        {!camp.phases.voting
          ? t('sessions.votingClosed')
          : limit === null
            ? t('sessions.votesUnlimited')
            : t('sessions.votesLeft', { count: Math.max(0, limit - ballot.length), limit })}
      </p>
      {camp.sessions.length === 0 ? <p>{t('sessions.empty')}</p> : null}
      <div className="session-list">
        {camp.sessions.map((session) => (
          <SessionCard
            key={session.id}
            camp={camp}
            session={session}
            voted={ballot.includes(session.id)}
            editable={allows(camp, actor, {
              type: 'session:update',
              sessionId: session.id,
              changes: {},
            })}
            withdrawable={allows(camp, actor, { type: 'session:withdraw', sessionId: session.id })}
          />
        ))}
      </div>
    </section>
  );
}
