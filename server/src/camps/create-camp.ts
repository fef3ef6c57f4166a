import { randomUUID } from 'node:crypto';
import {
  type CampSetup,
  type CampState,
  type CreateCampRequestSchema,
  DEFAULT_CAMP_SETTINGS,
  defaultDaySlots,
  defaultRooms,
  type ErrorReply,
  errorReply,
  MODERATOR,
} from '@campgrid/shared';
import type { z } from 'zod';
import { hashToken, newToken } from '../auth/tokens.js';
import type { StoredEntry } from '../store/store.js';
import { todayIn } from './local-date.js';
import type { CampRegistry } from './registry.js';
import { campSlug } from './slug.js';

export type CampRequest = z.output<typeof CreateCampRequestSchema>;

export interface CreatedCamp {
  ok: true;
  campId: string;
  slug: string;
  /** Handed out once; only its hash is kept. */
  moderatorToken: string;
  state: CampState;
}

const SLUG_ATTEMPTS = 5;

function firstDuplicateIndex(ids: readonly string[]): number {
  return ids.findIndex((id, index) => ids.indexOf(id) !== index);
}

/**
 * Fills in the defaults (today in the camp's time zone, the default rooms and day template) and
 * checks what the request schema cannot see on its own: ids are unique and slots lie on the days.
 */
export function buildCampSetup(
  request: CampRequest,
  identity: { id: string; slug: string },
  now: Date = new Date(),
): { ok: true; setup: CampSetup } | ErrorReply {
  const days = request.days ?? [todayIn(request.timezone, now)];
  const rooms = request.rooms ?? defaultRooms();
  const slots = request.slots ?? defaultDaySlots(days);
  const duplicateDay = firstDuplicateIndex(days);
  if (duplicateDay >= 0) {
    return errorReply('INVALID', `days.${duplicateDay}: is listed twice`, {
      field: `days.${duplicateDay}`,
    });
  }
  const duplicateRoom = firstDuplicateIndex(rooms.map((room) => room.id));
  if (duplicateRoom >= 0) {
    return errorReply('INVALID', `rooms.${duplicateRoom}.id: is used by another room`, {
      field: `rooms.${duplicateRoom}.id`,
    });
  }
  const duplicateSlot = firstDuplicateIndex(slots.map((slot) => slot.id));
  if (duplicateSlot >= 0) {
    return errorReply('INVALID', `slots.${duplicateSlot}.id: is used by another slot`, {
      field: `slots.${duplicateSlot}.id`,
    });
  }
  const strayIndex = slots.findIndex((slot) => !days.includes(slot.day));
  if (strayIndex >= 0) {
    return errorReply('INVALID', `slots.${strayIndex}.day: must be one of the camp's days`, {
      field: `slots.${strayIndex}.day`,
    });
  }
  return {
    ok: true,
    setup: {
      id: identity.id,
      slug: identity.slug,
      title: request.title,
      timezone: request.timezone,
      days,
      settings: { ...DEFAULT_CAMP_SETTINGS, ...request.settings },
      phases: { pitching: true, voting: true, ...request.phases },
      rooms,
      slots,
    },
  };
}

/**
 * Creates a camp: its record and version 1 of its log, a camp:created event carrying the setup.
 * `slug` is for the demo camp's fixed address; otherwise it is made from the title.
 */
export async function createCamp(
  registry: CampRegistry,
  request: CampRequest,
  options: { slug?: string; now?: Date } = {},
): Promise<CreatedCamp | ErrorReply> {
  const now = options.now ?? new Date();
  const id = randomUUID();
  const moderatorToken = newToken();
  for (let attempt = 0; attempt < SLUG_ATTEMPTS; attempt += 1) {
    const slug = options.slug ?? campSlug(request.title);
    const built = buildCampSetup(request, { id, slug }, now);
    if (!built.ok) return built;
    const firstEntry: StoredEntry = {
      version: 1,
      at: now.getTime(),
      commandId: `create-${id}`,
      actor: MODERATOR,
      events: [{ type: 'camp:created', setup: built.setup }],
    };
    const result = await registry.createCamp(
      { id, slug, moderatorTokenHash: hashToken(moderatorToken), createdAt: now.getTime() },
      firstEntry,
    );
    if (result.kind === 'created') {
      return { ok: true, campId: id, slug, moderatorToken, state: await registry.current(id) };
    }
    if (options.slug !== undefined) break;
  }
  return errorReply('ALREADY_EXISTS', 'No free address for this camp; please try again.', {
    field: 'title',
  });
}
