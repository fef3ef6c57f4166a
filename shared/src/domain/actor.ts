import { z } from 'zod/mini';
import { IdSchema } from './primitives.js';

/** Who sends a command. The server derives it from the handshake token, never from the payload. */
export const ActorSchema = z.discriminatedUnion('role', [
  /** moderatorId names the co-moderator link used; the main moderator link has none. */
  z.object({ role: z.literal('moderator'), moderatorId: z.optional(IdSchema) }),
  z.object({ role: z.literal('participant'), participantId: IdSchema }),
  z.object({ role: z.literal('viewer') }),
]);
export type Actor = z.infer<typeof ActorSchema>;
export type Role = Actor['role'];

export const MODERATOR: Actor = { role: 'moderator' };
export const VIEWER: Actor = { role: 'viewer' };
export function participant(participantId: string): Actor {
  return { role: 'participant', participantId };
}
