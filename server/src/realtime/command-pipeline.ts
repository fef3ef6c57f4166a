import {
  assertNever,
  COMMAND_TYPES,
  type CommandAck,
  CommandMessageSchema,
  type CommandType,
  invalidReply,
  parseCommand,
} from '@campgrid/shared';
import type { Logger } from 'pino';
import type { CampRegistry, CommandOutcome } from '../camps/registry.js';
import { eventsFor } from '../camps/views.js';
import { CampBroadcaster } from './camp-broadcaster.js';
import { guarded } from './guarded-handler.js';
import type { CampSocket } from './types.js';

function ackFor(outcome: CommandOutcome, participantId: string | null): CommandAck {
  switch (outcome.kind) {
    case 'committed':
      return {
        ok: true,
        version: outcome.entry.version,
        events: outcome.entry.events,
        duplicate: false,
      };
    case 'duplicate':
      // Redacted for the asker: only the original sender sees its own vote's participantId.
      return {
        ok: true,
        version: outcome.entry.version,
        events: eventsFor(outcome.entry.events, participantId),
        duplicate: true,
      };
    case 'refused':
      return outcome.reply;
    default:
      return assertNever(outcome, 'command outcome');
  }
}

/**
 * The one path of every command: validate the wrapper and the payload, decide against the
 * camp's state as the handshake's actor, append at the next version, then acknowledge, then
 * broadcast (votes in a tally shortly after, see CampBroadcaster).
 */
export function registerCommandPipeline(
  socket: CampSocket,
  registry: CampRegistry,
  broadcaster: CampBroadcaster,
  logger: Logger,
): void {
  const { campId, actor, viewer } = socket.data;
  const handle = (type: CommandType) =>
    guarded<CommandAck>(logger, type, async (message, reply) => {
      const wrapper = CommandMessageSchema.safeParse(message);
      if (!wrapper.success) {
        reply(invalidReply(wrapper.error));
        return;
      }
      const parsed = parseCommand(type, wrapper.data.payload);
      if (!parsed.ok) {
        reply(parsed);
        return;
      }
      const { commandId } = wrapper.data;
      const outcome = await registry.execute(
        campId,
        { commandId, command: parsed.command, actor },
        (settled) => {
          if (settled.kind !== 'committed') {
            reply(ackFor(settled, viewer.participantId));
            return;
          }
          // Votes still in the open tally carry lower versions: they go out before this ack.
          if (!CampBroadcaster.tallies(settled.entry)) broadcaster.flush(campId);
          reply(ackFor(settled, viewer.participantId));
          broadcaster.publish(campId, settled.entry, socket);
        },
      );
      logger.debug(
        { campId, type, commandId, outcome: outcome.kind, role: actor.role },
        'command handled',
      );
      // Normally a no-op: the reply above went out inside the camp's queue.
      reply(ackFor(outcome, viewer.participantId));
    });
  for (const type of COMMAND_TYPES) socket.on(type, handle(type));
}
