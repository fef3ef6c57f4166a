import type { Actor, CampState } from '../domain/index.js';
import type { Command, CommandOf, CommandType } from '../protocol/commands.js';
import { type ErrorCode, type ErrorReply, errorReply } from '../protocol/errors.js';
import type { DomainEvent } from '../protocol/events.js';

export type Decision = { ok: true; events: DomainEvent[] } | ErrorReply;

export type Rule<T extends CommandType> = (
  state: CampState,
  command: CommandOf<T>,
  actor: Actor,
) => Decision;

export function accept(...events: DomainEvent[]): Decision {
  return { ok: true, events };
}

export function refuse(code: ErrorCode, message: string, field?: string): Decision {
  return errorReply(code, message, field === undefined ? {} : { field });
}

export function requireModerator(actor: Actor): Decision | null {
  return actor.role === 'moderator' ? null : refuse('FORBIDDEN', 'Only a moderator may do this.');
}

export type { Command };
