import type { DomainEvent } from '../protocol/events.js';
import { accept, type Rule, refuse } from './decision.js';
import { ballotOf } from './queries.js';

/**
 * A participant deletes themselves. Each vote is retracted as its own event, so other clients,
 * who never learn whose votes they were, still keep their counts right.
 */
export const decideParticipantLeave: Rule<'participant:leave'> = (state, _command, actor) => {
  if (actor.role !== 'participant') {
    return refuse('FORBIDDEN', 'Only a participant can leave the camp.');
  }
  const retractions: DomainEvent[] = ballotOf(state, actor.participantId).map((sessionId) => ({
    type: 'vote:retracted',
    sessionId,
    participantId: actor.participantId,
  }));
  return accept(...retractions, { type: 'participant:left', participantId: actor.participantId });
};
