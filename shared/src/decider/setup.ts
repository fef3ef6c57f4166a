import { ballotEntries, minutesOf, ROOMS_MAX, SLOTS_MAX, type Slot } from '../domain/index.js';
import { accept, type Rule, refuse, requireModerator } from './decision.js';
import { findRoom, findSlot } from './queries.js';

export const decideCampUpdate: Rule<'camp:update'> = (state, command, actor) => {
  const denied = requireModerator(actor);
  if (denied) return denied;
  const { type: _type, ...changes } = command;
  if (changes.days !== undefined) {
    const days = changes.days;
    const stranded = state.slots.find((slot) => !days.includes(slot.day));
    if (stranded) {
      return refuse(
        'IN_USE',
        `${stranded.day} still has slots: move or remove them before dropping the day.`,
        'days',
      );
    }
  }
  const settings = changes.settings ? { ...state.settings, ...changes.settings } : undefined;
  const limit = settings?.votesPerParticipant ?? null;
  const fullestBallot = Math.max(
    0,
    ...ballotEntries(state.ballots).map(([, ballot]) => ballot.length),
  );
  if (limit !== null && fullestBallot > limit) {
    // Cast votes stay valid, so a limit below them would leave ballots the limit forbids.
    return refuse(
      'INVALID',
      `A participant has already cast ${fullestBallot} votes; the limit cannot go below that.`,
      'settings.votesPerParticipant',
    );
  }
  return accept({
    type: 'camp:updated',
    ...(changes.title === undefined ? {} : { title: changes.title }),
    ...(changes.timezone === undefined ? {} : { timezone: changes.timezone }),
    ...(changes.days === undefined ? {} : { days: changes.days }),
    ...(settings === undefined ? {} : { settings }),
  });
};

export const decideRoomAdd: Rule<'room:add'> = (state, command, actor) => {
  const denied = requireModerator(actor);
  if (denied) return denied;
  if (findRoom(state, command.room.id)) {
    return refuse('ALREADY_EXISTS', 'A room with this id already exists.', 'room.id');
  }
  if (state.rooms.length >= ROOMS_MAX) {
    return refuse('INVALID', `A camp has at most ${ROOMS_MAX} rooms.`, 'room');
  }
  return accept({ type: 'room:added', room: command.room });
};

export const decideRoomUpdate: Rule<'room:update'> = (state, command, actor) => {
  const denied = requireModerator(actor);
  if (denied) return denied;
  const room = findRoom(state, command.roomId);
  if (!room) return refuse('NOT_FOUND', 'No such room.', 'roomId');
  return accept({
    type: 'room:updated',
    room: {
      ...room,
      ...(command.name === undefined ? {} : { name: command.name }),
      ...(command.capacity === undefined ? {} : { capacity: command.capacity }),
      ...(command.features === undefined ? {} : { features: command.features }),
    },
  });
};

export const decideRoomRemove: Rule<'room:remove'> = (state, command, actor) => {
  const denied = requireModerator(actor);
  if (denied) return denied;
  if (!findRoom(state, command.roomId)) return refuse('NOT_FOUND', 'No such room.', 'roomId');
  if (state.sessions.some((session) => session.placement?.roomId === command.roomId)) {
    return refuse('IN_USE', 'The room still holds sessions: move or unplace them first.', 'roomId');
  }
  return accept({ type: 'room:removed', roomId: command.roomId });
};

function overlaps(a: Slot, b: Slot): boolean {
  return (
    a.day === b.day &&
    minutesOf(a.start) < minutesOf(b.end) &&
    minutesOf(b.start) < minutesOf(a.end)
  );
}

export const decideSlotAdd: Rule<'slot:add'> = (state, command, actor) => {
  const denied = requireModerator(actor);
  if (denied) return denied;
  const { slot } = command;
  if (findSlot(state, slot.id)) {
    return refuse('ALREADY_EXISTS', 'A slot with this id already exists.', 'slot.id');
  }
  if (state.slots.length >= SLOTS_MAX) {
    return refuse('INVALID', `A camp has at most ${SLOTS_MAX} slots.`, 'slot');
  }
  if (!state.days.includes(slot.day)) {
    return refuse('INVALID', 'The slot lies on a day the camp does not have.', 'slot.day');
  }
  if (state.slots.some((other) => overlaps(other, slot))) {
    return refuse('CONFLICT', 'The slot overlaps another slot.', 'slot.start');
  }
  return accept({ type: 'slot:added', slot });
};

export const decideSlotUpdate: Rule<'slot:update'> = (state, command, actor) => {
  const denied = requireModerator(actor);
  if (denied) return denied;
  const slot = findSlot(state, command.slotId);
  if (!slot) return refuse('NOT_FOUND', 'No such slot.', 'slotId');
  const { type: _type, slotId: _slotId, ...changes } = command;
  const updated: Slot = {
    ...slot,
    ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)),
  };
  if (minutesOf(updated.start) >= minutesOf(updated.end)) {
    return refuse('INVALID', 'end: must end after it starts', 'end');
  }
  if (!state.days.includes(updated.day)) {
    return refuse('INVALID', 'The slot lies on a day the camp does not have.', 'day');
  }
  if (state.slots.some((other) => other.id !== slot.id && overlaps(other, updated))) {
    return refuse('CONFLICT', 'The slot would overlap another slot.', 'start');
  }
  const holdsSessions = state.sessions.some((session) => session.placement?.slotId === slot.id);
  if (updated.kind !== 'session' && holdsSessions) {
    return refuse(
      'IN_USE',
      'The slot holds sessions: unplace them before making it a break.',
      'kind',
    );
  }
  return accept({ type: 'slot:updated', slot: updated });
};

export const decideSlotRemove: Rule<'slot:remove'> = (state, command, actor) => {
  const denied = requireModerator(actor);
  if (denied) return denied;
  if (!findSlot(state, command.slotId)) return refuse('NOT_FOUND', 'No such slot.', 'slotId');
  if (state.sessions.some((session) => session.placement?.slotId === command.slotId)) {
    return refuse('IN_USE', 'The slot still holds sessions: move or unplace them first.', 'slotId');
  }
  return accept({ type: 'slot:removed', slotId: command.slotId });
};
