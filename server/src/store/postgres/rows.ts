import { z } from 'zod';
import type { ParticipantRecord } from '../store.js';

/** int8 arrives as a string from pg; every value we store fits a double exactly. */
export const Int8Schema = z.coerce.number().int();

const ParticipantRowSchema = z.object({
  id: z.string(),
  camp_id: z.string(),
  display_name: z.string(),
  token_hash: z.string(),
  created_at: Int8Schema,
});

export function participantFromRow(row: unknown): ParticipantRecord {
  const parsed = ParticipantRowSchema.parse(row);
  return {
    id: parsed.id,
    campId: parsed.camp_id,
    displayName: parsed.display_name,
    tokenHash: parsed.token_hash,
    createdAt: parsed.created_at,
  };
}
