import { minutesOf, timeOf } from '../domain/index.js';
import { accept, type Rule, refuse, requireModerator } from './decision.js';
import { findRoom, findSlot } from './queries.js';

const LAST_MINUTE_OF_DAY = 23 * 60 + 59;

/** Running late on the day: this slot and every later slot of the same day move together. */
export const decideSlotShift: Rule<'slot:shift'> = (state, command, actor) => {
  const denied = requireModerator(actor);
  if (denied) return denied;
  const slot = findSlot(state, command.slotId);
  if (!slot) return refuse('NOT_FOUND', 'No such slot.', 'slotId');
  const sameDay = state.slots.filter((other) => other.day === slot.day);
  const moving = sameDay.filter((other) => minutesOf(other.start) >= minutesOf(slot.start));
  const staying = sameDay.filter((other) => minutesOf(other.start) < minutesOf(slot.start));
  const newStart = minutesOf(slot.start) + command.minutes;
  const lastEnd = Math.max(...moving.map((other) => minutesOf(other.end))) + command.minutes;
  if (newStart < 0 || lastEnd > LAST_MINUTE_OF_DAY) {
    return refuse('INVALID', 'minutes: the slots would leave the day', 'minutes');
  }
  const earlierEnd = Math.max(0, ...staying.map((other) => minutesOf(other.end)));
  if (staying.length > 0 && newStart < earlierEnd) {
    return refuse('CONFLICT', `The slot would overlap the one ending at ${timeOf(earlierEnd)}.`);
  }
  return accept({
    type: 'slots:shifted',
    slotIds: moving.map((other) => other.id),
    minutes: command.minutes,
  });
};

export const decideRoomMarkFull: Rule<'room:mark-full'> = (state, command, actor) => {
  const denied = requireModerator(actor);
  if (denied) return denied;
  if (!findRoom(state, command.roomId)) return refuse('NOT_FOUND', 'No such room.', 'roomId');
  return accept({ type: 'room:full-marked', roomId: command.roomId, full: command.full });
};

export const decideSchedulePublish: Rule<'schedule:publish'> = (state, _command, actor) => {
  const denied = requireModerator(actor);
  if (denied) return denied;
  if (state.published) {
    return refuse('CONFLICT', 'The schedule is already published; every change now goes live.');
  }
  const placedCount = state.sessions.filter((session) => session.placement !== null).length;
  return accept({ type: 'schedule:published', placedCount });
};
