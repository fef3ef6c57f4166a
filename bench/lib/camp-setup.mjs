// The HTTP side of a bench run: the camp, its participants, and the moderator's socket.
import { randomUUID } from 'node:crypto';
import { io } from 'socket.io-client';
import { mapLimit } from './util.mjs';

async function postJson(url, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const reply = await response.json();
  if (response.status !== 201 || reply.ok !== true) {
    throw new Error(`POST ${url} answered ${response.status}: ${JSON.stringify(reply)}`);
  }
  return reply;
}

export function createCamp(baseUrl, title) {
  return postJson(`${baseUrl}/api/camps`, { title });
}

/** Joins `count` participants, several requests at a time; returns their handshake auths. */
export async function joinParticipants(baseUrl, slug, count, concurrency = 32) {
  const indexes = Array.from({ length: count }, (_, index) => index);
  const joined = await mapLimit(indexes, concurrency, (index) =>
    postJson(`${baseUrl}/api/camps/${slug}/participants`, { displayName: `Bench ${index + 1}` }),
  );
  return joined.map((reply) => ({ slug, token: reply.token }));
}

export function connectModerator(baseUrl, auth) {
  const socket = io(baseUrl, { transports: ['websocket'], forceNew: true, auth });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** Sends a command and returns its ack; throws on a refusal, so setup errors are loud. */
export async function command(socket, type, payload) {
  const ack = await socket
    .timeout(15_000)
    .emitWithAck(type, { commandId: `bench-${randomUUID()}`, payload });
  if (ack.ok !== true) throw new Error(`${type} was refused: ${ack.code} ${ack.message}`);
  return ack;
}
