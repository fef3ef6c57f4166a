import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ParticipantRecord } from '../../store/store.js';

const PURPOSE = 'campgrid agenda feed v1';

function mac(participant: ParticipantRecord): string {
  // Keyed with the hash of the participant's token, which only the server holds: the feed link
  // can be made again on every device, cannot be guessed, and gives away nothing but the stars.
  return createHmac('sha256', participant.tokenHash)
    .update(`${PURPOSE}:${participant.campId}:${participant.id}`)
    .digest('base64url');
}

/** The secret part of a personal calendar feed's address: `<participantId>.<mac>`. */
export function feedTokenFor(participant: ParticipantRecord): string {
  return `${participant.id}.${mac(participant)}`;
}

/** Splits a feed token into its participant id and mac; null when it cannot be one. */
export function parseFeedToken(token: string): { participantId: string; mac: string } | null {
  const dot = token.lastIndexOf('.');
  if (dot <= 0 || dot === token.length - 1) return null;
  return { participantId: token.slice(0, dot), mac: token.slice(dot + 1) };
}

export function feedTokenMatches(participant: ParticipantRecord, givenMac: string): boolean {
  const expected = Buffer.from(mac(participant));
  const given = Buffer.from(givenMac);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
