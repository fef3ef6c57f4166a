import {
  type Actor,
  ballotOf,
  type CampState,
  countsHiddenFor,
  isHostOf,
  type Session,
} from '@campgrid/shared';
import { useTranslation } from 'react-i18next';
import { allows } from '../camp/allows.js';
import { type SessionAbilities, SessionCard } from './SessionCard.js';
import { shuffledFor } from './voting-order.js';

interface SessionListProps {
  camp: CampState;
  actor: Actor;
  /** The name a wish is taken over under; without one no wish is offered. */
  displayName?: string;
}

function abilitiesFor(
  camp: CampState,
  actor: Actor,
  session: Session,
  displayName: string,
): SessionAbilities {
  const sessionId = session.id;
  const own = actor.role === 'participant' && isHostOf(session, actor.participantId);
  return {
    editable: allows(camp, actor, { type: 'session:update', sessionId, changes: {} }),
    withdrawable: allows(camp, actor, { type: 'session:withdraw', sessionId }),
    configurable: allows(camp, actor, { type: 'session:configure', sessionId }),
    canJoinQueue: allows(camp, actor, { type: 'queue:join', sessionId }),
    canLeaveQueue: allows(camp, actor, { type: 'queue:leave', sessionId }),
    adoptAs:
      displayName !== '' &&
      allows(camp, actor, { type: 'wish:adopt', sessionId, hostName: displayName })
        ? displayName
        : null,
    selfVoteBarred: own && !camp.settings.allowSelfVote,
  };
}

/**
 * Every pitched session with live vote counts: in the order they came in, or, where the camp asks
 * for it, in an order of this participant's own; counts stay hidden while the camp hides them.
 */
export function SessionList({ camp, actor, displayName = '' }: SessionListProps) {
  const { t } = useTranslation();
  const participantId = actor.role === 'participant' ? actor.participantId : null;
  const ballot = participantId === null ? [] : ballotOf(camp, participantId);
  const limit = camp.settings.votesPerParticipant;
  const countsHidden = countsHiddenFor(camp, { role: actor.role, participantId });
  const shuffled = camp.settings.shuffleVotingList && participantId !== null;
  const sessions = shuffled ? shuffledFor(camp.sessions, participantId) : camp.sessions;
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
      {countsHidden ? <p className="hint">{t('votingRules.countsHidden')}</p> : null}
      {shuffled ? <p className="hint">{t('votingRules.shuffled')}</p> : null}
      {camp.sessions.length === 0 ? <p>{t('sessions.empty')}</p> : null}
      <div className="session-list">
        {sessions.map((session) => (
          <SessionCard
            key={session.id}
            camp={camp}
            session={session}
            voted={ballot.includes(session.id)}
            countsHidden={countsHidden}
            abilities={abilitiesFor(camp, actor, session, displayName)}
          />
        ))}
      </div>
    </section>
  );
}
