import { type Command, type CommandType, commandSchemas } from './commands.js';
import { type ErrorReply, invalidReply } from './errors.js';

/** Validates a payload against its catalog entry and returns the command the decider takes. */
export function parseCommand(
  type: CommandType,
  payload: unknown,
): { ok: true; command: Command } | ErrorReply {
  const result = commandSchemas[type].safeParse(payload);
  if (!result.success) return invalidReply(result.error);
  return { ok: true, command: { type, ...result.data } as Command };
}
