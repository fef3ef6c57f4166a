import type { CreateCampResponse } from '@campgrid/shared';
import { campInstant } from '@campgrid/shared';
import { io, type Socket } from 'socket.io-client';
import { createCamp } from './api.js';

export const SESSIONS = [
  {
    id: 'e2e-open-data',
    title: 'Open Data im Rathaus',
    roomId: 'r1',
    slotId: 'd1s2',
    tags: ['Daten'],
  },
  {
    id: 'e2e-a11y',
    title: 'Barrierefreie Formulare',
    roomId: 'r2',
    slotId: 'd1s2',
    tags: ['A11y'],
  },
  { id: 'e2e-cloud', title: 'Souveräne Cloud', roomId: 'r1', slotId: 'd1s3', tags: ['Cloud'] },
] as const;

export interface PublishedCamp {
  camp: CreateCampResponse;
  /** Sends a command as the camp's moderator; throws when refused. */
  command(type: string, payload: unknown): Promise<void>;
  close(): void;
}

/** Today in Berlin, as the server's default day template dates a new camp. */
export function todayInBerlin(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
}

/** A moment on today's camp clock, e.g. 10:30 in Berlin, for page.clock. */
export function berlinTime(time: string): Date {
  return new Date(campInstant(todayInBerlin(), time, 'Europe/Berlin'));
}

/**
 * A camp on today's default template (Raum 1…4; 10:15, 11:15, … slots) with three sessions placed
 * by its moderator, a notes link template, and the schedule published.
 */
export async function publishedCamp(baseUrl: string, title: string): Promise<PublishedCamp> {
  const camp = await createCamp(baseUrl, title);
  const socket: Socket = io(baseUrl, {
    transports: ['websocket'],
    auth: { slug: camp.slug, token: camp.moderatorToken },
    reconnection: false,
    forceNew: true,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  let counter = 0;
  const command = async (type: string, payload: unknown) => {
    counter += 1;
    const ack = (await socket
      .timeout(10_000)
      .emitWithAck(type, { commandId: `e2e-${Date.now()}-${counter}`, payload })) as {
      ok: boolean;
      message?: string;
    };
    if (!ack.ok) throw new Error(`${type} refused: ${ack.message}`);
  };
  await command('camp:update', {
    settings: { notesUrlTemplate: 'https://pad.example.org/p/{camp}-{session}' },
  });
  for (const session of SESSIONS) {
    await command('session:pitch', {
      sessionId: session.id,
      draft: {
        title: session.title,
        hosts: ['Ada Lovelace'],
        tags: [...session.tags],
        description: `Worum es in „${session.title}“ geht.`,
      },
    });
    await command('session:place', {
      sessionId: session.id,
      placement: { roomId: session.roomId, slotId: session.slotId },
    });
  }
  await command('schedule:publish', {});
  return { camp, command, close: () => socket.close() };
}
