import type { CreateCampRequest, JoinResponse } from '@campgrid/shared';
import { createCamp, joinCamp } from './api.js';
import { connectClient, type TestSocket } from './socket-client.js';

export interface ConnectedParticipant extends JoinResponse {
  socket: TestSocket;
}

export interface CampFixture {
  slug: string;
  moderatorToken: string;
  moderator: TestSocket;
  alice: ConnectedParticipant;
  bob: ConnectedParticipant;
}

export async function connectParticipant(
  url: string,
  slug: string,
  displayName: string,
): Promise<ConnectedParticipant> {
  const joined = await joinCamp(url, slug, displayName);
  const socket = await connectClient(url, { slug, token: joined.token });
  return { ...joined, socket };
}

/** A fresh camp with a connected moderator and two connected participants. */
export async function campWithPeople(
  url: string,
  body: CreateCampRequest = { title: 'Testcamp' },
): Promise<CampFixture> {
  const camp = await createCamp(url, body);
  const moderator = await connectClient(url, { slug: camp.slug, token: camp.moderatorToken });
  const alice = await connectParticipant(url, camp.slug, 'Alice');
  const bob = await connectParticipant(url, camp.slug, 'Bob');
  return { slug: camp.slug, moderatorToken: camp.moderatorToken, moderator, alice, bob };
}

export function pitchPayload(sessionId: string, title = `Session ${sessionId}`, host = 'Alice') {
  return { sessionId, draft: { title, hosts: [host] } };
}
