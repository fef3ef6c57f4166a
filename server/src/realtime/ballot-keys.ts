import { createHmac } from 'node:crypto';
import type { Audience } from '@campgrid/shared';
import type { ParticipantRecord, Store } from '../store/store.js';

const PURPOSE = 'campgrid ballot key v1';

/** 132 bits: no two voters of a camp share a key, and it stays short on the wire. */
const KEY_LENGTH = 22;

/**
 * The pseudonym a participant's ballot has for the camp's moderators. Keyed with the hash of the
 * participant's token, which only the server holds: a moderator knows the participant ids of
 * hosts, so a plain hash of camp and participant id could be matched against them, but this
 * cannot. Stable as long as the participant exists, on every instance, across restarts.
 */
export function ballotKeyOf(participant: ParticipantRecord): string {
  return createHmac('sha256', participant.tokenHash)
    .update(`${PURPOSE}:${participant.campId}:${participant.id}`)
    .digest('base64url')
    .slice(0, KEY_LENGTH);
}

/** Every current participant's ballot key; someone who left has none (nor a ballot). */
export async function ballotKeysOf(store: Store, campId: string): Promise<Map<string, string>> {
  const participants = await store.listParticipants(campId);
  return new Map(participants.map((participant) => [participant.id, ballotKeyOf(participant)]));
}

/** The moderators' audience, with the ballot keys it may use. */
export function moderatorAudience(keys: ReadonlyMap<string, string>): Audience {
  return { role: 'moderator', participantId: null, ballotKeyOf: (id) => keys.get(id) };
}
