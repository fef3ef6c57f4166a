import { accept, type Rule, refuse, requireModerator } from './decision.js';
import { findRoom, findSession, findSlot, samePlacement, sessionAt } from './queries.js';

export const decideSessionPlace: Rule<'session:place'> = (state, command, actor) => {
  const denied = requireModerator(actor);
  if (denied) return denied;
  const session = findSession(state, command.sessionId);
  if (!session) return refuse('NOT_FOUND', 'No such session.', 'sessionId');
  const { placement } = command;
  if (!findRoom(state, placement.roomId)) {
    return refuse('NOT_FOUND', 'No such room.', 'placement.roomId');
  }
  const slot = findSlot(state, placement.slotId);
  if (!slot) return refuse('NOT_FOUND', 'No such slot.', 'placement.slotId');
  if (command.expected !== undefined && !samePlacement(command.expected, session.placement)) {
    return refuse('CONFLICT', 'Someone else has moved this session in the meantime.', 'expected');
  }
  if (slot.kind !== 'session') {
    return refuse('SLOT_NOT_BOOKABLE', `This slot is a ${slot.kind}, not a session slot.`);
  }
  const occupant = sessionAt(state, placement);
  if (occupant && occupant.id !== session.id) {
    return refuse('CELL_OCCUPIED', `This cell already holds “${occupant.title}”.`);
  }
  return accept({
    type: 'session:placed',
    sessionId: session.id,
    placement,
    previous: session.placement,
  });
};

export const decideSessionUnplace: Rule<'session:unplace'> = (state, command, actor) => {
  const denied = requireModerator(actor);
  if (denied) return denied;
  const session = findSession(state, command.sessionId);
  if (!session) return refuse('NOT_FOUND', 'No such session.', 'sessionId');
  if (command.expected !== undefined && !samePlacement(command.expected, session.placement)) {
    return refuse('CONFLICT', 'Someone else has moved this session in the meantime.', 'expected');
  }
  if (session.placement === null) {
    return refuse('CONFLICT', 'The session is not placed.', 'sessionId');
  }
  return accept({ type: 'session:unplaced', sessionId: session.id, previous: session.placement });
};

export const decideSessionSwap: Rule<'session:swap'> = (state, command, actor) => {
  const denied = requireModerator(actor);
  if (denied) return denied;
  if (command.sessionId === command.otherSessionId) {
    return refuse('INVALID', 'otherSessionId: must differ from sessionId', 'otherSessionId');
  }
  const first = findSession(state, command.sessionId);
  if (!first) return refuse('NOT_FOUND', 'No such session.', 'sessionId');
  const second = findSession(state, command.otherSessionId);
  if (!second) return refuse('NOT_FOUND', 'No such session.', 'otherSessionId');
  if (first.placement === null && second.placement === null) {
    return refuse('CONFLICT', 'Neither session is placed, so there is nothing to swap.');
  }
  return accept({
    type: 'sessions:swapped',
    first: { sessionId: first.id, placement: second.placement },
    second: { sessionId: second.id, placement: first.placement },
  });
};
