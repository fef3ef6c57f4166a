import { SESSIONS_MAX } from '../domain/index.js';
import { accept, type Rule, refuse } from './decision.js';
import { newSession } from './pitch.js';
import { findSession } from './queries.js';

export const decideWishPost: Rule<'wish:post'> = (state, command, actor) => {
  if (actor.role === 'viewer') {
    return refuse('FORBIDDEN', 'Join the camp as a participant to post a wish.');
  }
  if (actor.role === 'participant' && !state.phases.pitching) {
    return refuse('PHASE_CLOSED', 'Pitching is closed.');
  }
  if (findSession(state, command.sessionId)) {
    return refuse('ALREADY_EXISTS', 'A session with this id already exists.', 'sessionId');
  }
  if (state.sessions.length >= SESSIONS_MAX) {
    return refuse('INVALID', `A camp has at most ${SESSIONS_MAX} sessions.`, 'sessionId');
  }
  const { wish } = command;
  return accept({
    type: 'wish:posted',
    session: newSession({
      id: command.sessionId,
      kind: 'wish',
      title: wish.title,
      description: wish.description,
      hosts: [],
      tags: wish.tags,
      format: 'discussion',
      language: wish.language,
    }),
  });
};

/** Anyone who takes a wish over becomes its host, and the wish becomes a normal pitch. */
export const decideWishAdopt: Rule<'wish:adopt'> = (state, command, actor) => {
  if (actor.role === 'viewer') {
    return refuse('FORBIDDEN', 'Join the camp as a participant to host a session.');
  }
  const session = findSession(state, command.sessionId);
  if (!session) return refuse('NOT_FOUND', 'No such session.', 'sessionId');
  if (session.kind !== 'wish') {
    return refuse('CONFLICT', 'Someone has already taken this wish over.', 'sessionId');
  }
  return accept({
    type: 'wish:adopted',
    sessionId: session.id,
    host: {
      name: command.hostName,
      participantId: actor.role === 'participant' ? actor.participantId : null,
    },
  });
};
