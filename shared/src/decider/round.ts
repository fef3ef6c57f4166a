import { accept, type Rule, refuse, requireModerator } from './decision.js';
import { requireEditor } from './pitch.js';
import { findSession } from './queries.js';

/** The planning round: pitches queue up, a moderator calls each into the spotlight. */
export const decideQueueJoin: Rule<'queue:join'> = (state, command, actor) => {
  const session = findSession(state, command.sessionId);
  if (!session) return refuse('NOT_FOUND', 'No such session.', 'sessionId');
  const denied = requireEditor(session, actor);
  if (denied) return denied;
  if (session.kind !== 'pitch') {
    return refuse('CONFLICT', 'A wish needs a host before it can be pitched.', 'sessionId');
  }
  if (state.queue.includes(session.id) || state.spotlight === session.id) {
    return refuse('CONFLICT', 'The pitch is already in the queue.', 'sessionId');
  }
  return accept({ type: 'queue:joined', sessionId: session.id });
};

export const decideQueueLeave: Rule<'queue:leave'> = (state, command, actor) => {
  const session = findSession(state, command.sessionId);
  if (!session) return refuse('NOT_FOUND', 'No such session.', 'sessionId');
  const denied = requireEditor(session, actor);
  if (denied) return denied;
  if (!state.queue.includes(session.id)) {
    return refuse('CONFLICT', 'The pitch is not in the queue.', 'sessionId');
  }
  return accept({ type: 'queue:left', sessionId: session.id });
};

export const decideQueueReorder: Rule<'queue:reorder'> = (state, command, actor) => {
  const denied = requireModerator(actor);
  if (denied) return denied;
  const proposed = [...command.sessionIds].sort();
  const current = [...state.queue].sort();
  const samePitches =
    proposed.length === current.length && proposed.every((id, index) => id === current[index]);
  if (!samePitches) {
    return refuse('CONFLICT', 'The queue has changed in the meantime.', 'sessionIds');
  }
  return accept({ type: 'queue:reordered', sessionIds: command.sessionIds });
};

export const decideSpotlightSet: Rule<'spotlight:set'> = (state, command, actor) => {
  const denied = requireModerator(actor);
  if (denied) return denied;
  if (command.sessionId !== null && !findSession(state, command.sessionId)) {
    return refuse('NOT_FOUND', 'No such session.', 'sessionId');
  }
  return accept({ type: 'spotlight:changed', sessionId: command.sessionId });
};

export const decideCountHands: Rule<'session:count-hands'> = (state, command, actor) => {
  const denied = requireModerator(actor);
  if (denied) return denied;
  if (!findSession(state, command.sessionId)) {
    return refuse('NOT_FOUND', 'No such session.', 'sessionId');
  }
  return accept({ type: 'hands:counted', sessionId: command.sessionId, count: command.count });
};
