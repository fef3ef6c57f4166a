import { type Actor, SESSIONS_MAX, type Session } from '../domain/index.js';
import { accept, type Decision, type Rule, refuse } from './decision.js';
import { findSession, findSlot, isHostOf } from './queries.js';

type SessionBasics = Pick<
  Session,
  'id' | 'kind' | 'title' | 'description' | 'hosts' | 'tags' | 'format' | 'language'
>;

/** A freshly pitched session or wish: no votes, no placement, no needs or pins yet. */
export function newSession(basics: SessionBasics): Session {
  return {
    ...basics,
    voteCount: 0,
    placement: null,
    needs: [],
    capacityLimit: null,
    pinned: false,
    allowedSlotIds: null,
    handCount: null,
    cancellation: null,
  };
}

export function requireEditor(session: Session, actor: Actor): Decision | null {
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
    session: newSession({
      id: command.sessionId,
      kind: 'pitch',
      title: draft.title,
      description: draft.description,
      hosts,
      tags: draft.tags,
      format: draft.format,
      language: draft.language,
    }),
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

export const decideSessionConfigure: Rule<'session:configure'> = (state, command, actor) => {
  const session = findSession(state, command.sessionId);
  if (!session) return refuse('NOT_FOUND', 'No such session.', 'sessionId');
  const denied = requireEditor(session, actor);
  if (denied) return denied;
  const movesTime = command.pinned !== undefined || command.allowedSlotIds !== undefined;
  if (movesTime && actor.role !== 'moderator') {
    return refuse('FORBIDDEN', 'Only a moderator may pin a session or limit its time.');
  }
  const unknownNeed = command.needs?.find((need) => !state.settings.needs.includes(need));
  if (unknownNeed !== undefined) {
    return refuse('INVALID', `needs: "${unknownNeed}" is not on the camp's list of needs`, 'needs');
  }
  const unknownSlot = command.allowedSlotIds?.find((slotId) => !findSlot(state, slotId));
  if (unknownSlot !== undefined) {
    return refuse('NOT_FOUND', 'allowedSlotIds: no such slot', 'allowedSlotIds');
  }
  const { type: _type, ...changes } = command;
  return accept({ type: 'session:configured', ...changes });
};

export const decideSessionCancel: Rule<'session:cancel'> = (state, command, actor) => {
  const session = findSession(state, command.sessionId);
  if (!session) return refuse('NOT_FOUND', 'No such session.', 'sessionId');
  const denied = requireEditor(session, actor);
  if (denied) return denied;
  if (session.cancellation) return refuse('CONFLICT', 'The session is already cancelled.');
  return accept({ type: 'session:cancelled', sessionId: session.id, reason: command.reason });
};

export const decideSessionRestore: Rule<'session:restore'> = (state, command, actor) => {
  const session = findSession(state, command.sessionId);
  if (!session) return refuse('NOT_FOUND', 'No such session.', 'sessionId');
  const denied = requireEditor(session, actor);
  if (denied) return denied;
  if (!session.cancellation) return refuse('CONFLICT', 'The session is not cancelled.');
  return accept({ type: 'session:restored', sessionId: session.id });
};
