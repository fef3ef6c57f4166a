import { accept, type Rule, refuse } from './decision.js';
import { ballotOf, findSession, isHostOf } from './queries.js';

export const decideVoteCast: Rule<'vote:cast'> = (state, command, actor) => {
  if (actor.role !== 'participant') {
    return refuse('FORBIDDEN', 'Only participants vote.');
  }
  const session = findSession(state, command.sessionId);
  // The spotlighted pitch takes "I'd attend" even while general voting is closed.
  if (!state.phases.voting && state.spotlight !== command.sessionId) {
    return refuse('PHASE_CLOSED', 'Voting is closed.');
  }
  if (!session) return refuse('NOT_FOUND', 'No such session.', 'sessionId');
  if (!state.settings.allowSelfVote && isHostOf(session, actor.participantId)) {
    return refuse('FORBIDDEN', 'This camp does not allow voting for your own session.');
  }
  const ballot = ballotOf(state, actor.participantId);
  if (ballot.includes(command.sessionId)) {
    return refuse('ALREADY_VOTED', 'You already voted for this session.', 'sessionId');
  }
  const limit = state.settings.votesPerParticipant;
  if (limit !== null && ballot.length >= limit) {
    return refuse('VOTE_LIMIT', `You have used all ${limit} of your votes.`);
  }
  return accept({
    type: 'vote:cast',
    sessionId: command.sessionId,
    participantId: actor.participantId,
  });
};

export const decideVoteRetract: Rule<'vote:retract'> = (state, command, actor) => {
  if (actor.role !== 'participant') {
    return refuse('FORBIDDEN', 'Only participants vote.');
  }
  if (!state.phases.voting && state.spotlight !== command.sessionId) {
    return refuse('PHASE_CLOSED', 'Voting is closed.');
  }
  if (!ballotOf(state, actor.participantId).includes(command.sessionId)) {
    return refuse('NOT_VOTED', 'You have not voted for this session.', 'sessionId');
  }
  return accept({
    type: 'vote:retracted',
    sessionId: command.sessionId,
    participantId: actor.participantId,
  });
};
