import { type Actor, SESSIONS_MAX, type Session } from '../domain/index.js';
import { accept, type Decision, type Rule, refuse } from './decision.js';
import { findSession, isHostOf } from './queries.js';

function requireEditor(session: Session, actor: Actor): Decision | null {
  if (actor.role === 'moderator') return null;
  if (actor.role === 'participant' && isHostOf(session, actor.participantId)) return null;
  return refuse('FORBIDDEN', 'Only the session’s hosts or a moderator may change it.');
}

export const decideSessionPitch: Rule<'session:pitch'> = (state, command, actor) => {
  if (actor.role === 'viewer') {
    return refuse('FORBIDDEN', 'Join the camp as a participant to pitch a session.');
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
  const { draft } = command;
  if (draft.hosts.length === 0) {
    return refuse('INVALID', 'draft.hosts: name at least one host', 'draft.hosts');
  }
  const pitcherId = actor.role === 'participant' ? actor.participantId : null;
  const hosts = draft.hosts.map((name, index) => ({
    name,
    participantId: index === 0 ? pitcherId : null,
  }));
  return accept({
    type: 'session:pitched',
    session: {
      id: command.sessionId,
      title: draft.title,
      description: draft.description,
      hosts,
      tags: draft.tags,
      format: draft.format,
      language: draft.language,
      voteCount: 0,
      placement: null,
    },
  });
};

export const decideSessionUpdate: Rule<'session:update'> = (state, command, actor) => {
  const session = findSession(state, command.sessionId);
  if (!session) return refuse('NOT_FOUND', 'No such session.', 'sessionId');
  const denied = requireEditor(session, actor);
  if (denied) return denied;
  if (command.changes.hosts !== undefined && command.changes.hosts.length === 0) {
    return refuse('INVALID', 'changes.hosts: name at least one host', 'changes.hosts');
  }
  return accept({ type: 'session:updated', sessionId: session.id, changes: command.changes });
};

export const decideSessionWithdraw: Rule<'session:withdraw'> = (state, command, actor) => {
  const session = findSession(state, command.sessionId);
  if (!session) return refuse('NOT_FOUND', 'No such session.', 'sessionId');
  const denied = requireEditor(session, actor);
  if (denied) return denied;
  return accept({ type: 'session:withdrawn', sessionId: session.id });
};
