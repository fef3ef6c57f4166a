import {
  type Audience,
  assertNever,
  type CampState,
  COMMAND_TYPES,
  type CommandAck,
  CommandMessageSchema,
  type CommandType,
  invalidReply,
  parseCommand,
  projectEventsFor,
} from '@campgrid/shared';
import type { Logger } from 'pino';
import type { CampRegistry, CommandOutcome } from '../camps/registry.js';
import { moderatorAudience } from './ballot-keys.js';
import { CampBroadcaster } from './camp-broadcaster.js';
import { guarded } from './guarded-handler.js';
import type { CampSocket } from './types.js';

function ackFor(
  outcome: CommandOutcome,
  state: CampState | undefined,
  asker: Audience,
): CommandAck {
  switch (outcome.kind) {
    case 'committed':
      // The sender's own events, exactly as stored.
      return {
        ok: true,
        version: outcome.entry.version,
        events: outcome.entry.events,
        duplicate: false,
      };
    case 'duplicate':
      if (state === undefined) throw new Error('A duplicate is answered on a loaded camp.');
      // Projected for the asker like any entry: only the original voter sees its participantId.
      return {
        ok: true,
        version: outcome.entry.version,
        events: projectEventsFor(outcome.entry.events, state, asker),
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
  // A moderator's own entries hold no votes, so its duplicates need no ballot keys.
  const asker: Audience = viewer.role === 'moderator' ? moderatorAudience(new Map()) : viewer;
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
          // Inside the camp's queue: the cached state is the one after this outcome, or after the
          // later entries of its group commit; the broadcaster works out the state before each.
          const state = registry.peek(campId);
          if (settled.kind !== 'committed') {
            reply(ackFor(settled, state, asker));
            return;
          }
          if (state === undefined) throw new Error('A committed camp has a cached state.');
          // Votes still in the open tally carry lower versions: they go out before this ack.
          if (!CampBroadcaster.tallies(settled.entry)) broadcaster.flush(campId);
          reply(ackFor(settled, state, asker));
          broadcaster.publish(campId, settled.entry, state, socket);
        },
      );
      logger.debug(
        { campId, type, commandId, outcome: outcome.kind, role: actor.role },
        'command handled',
      );
      // Normally a no-op: the reply above went out inside the camp's queue.
      reply(ackFor(outcome, registry.peek(campId), asker));
    });
  for (const type of COMMAND_TYPES) socket.on(type, handle(type));
}
