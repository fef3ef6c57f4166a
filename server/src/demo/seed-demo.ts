import { randomUUID } from 'node:crypto';
import {
  type Actor,
  type CommandInput,
  type CommandType,
  CreateCampRequestSchema,
  MODERATOR,
  orderedSlots,
  parseCommand,
  participant,
  unplacedByVotes,
} from '@campgrid/shared';
import type { Logger } from 'pino';
import { hashToken, newToken } from '../auth/tokens.js';
import { createCamp } from '../camps/create-camp.js';
import type { CampRegistry } from '../camps/registry.js';
import type { Store } from '../store/store.js';
import {
  DEMO_PARTICIPANTS,
  DEMO_PITCHES,
  DEMO_PLACEMENTS,
  DEMO_ROOMS,
  DEMO_SLUG,
  DEMO_TIMEZONE,
  DEMO_TITLE,
} from './demo-data.js';

interface DemoDeps {
  store: Store;
  registry: CampRegistry;
  logger: Logger;
  now?: Date;
}

/**
 * On a first start (no camps at all) creates "NExTcamp Demo" the way real users would: pitches
 * and votes from participants, placements from the moderator, every one a command through the
 * decider and the normal append path, so its log is a real log.
 */
export async function ensureDemoCamp(deps: DemoDeps): Promise<boolean> {
  const { store, registry, logger } = deps;
  if ((await store.countCamps()) > 0) return false;

  const request = CreateCampRequestSchema.parse({
    title: DEMO_TITLE,
    timezone: DEMO_TIMEZONE,
    rooms: DEMO_ROOMS,
  });
  const created = await createCamp(registry, request, {
    slug: DEMO_SLUG,
    ...(deps.now ? { now: deps.now } : {}),
  });
  // Several instances starting together on one empty database: one of them creates it.
  if (!created.ok && created.code === 'ALREADY_EXISTS') return false;
  if (!created.ok) throw new Error(`The demo camp could not be created: ${created.message}`);
  const { campId } = created;

  // Demo participants get tokens nobody holds: they exist to have pitched and voted.
  const participantIds: string[] = [];
  for (const displayName of DEMO_PARTICIPANTS) {
    const id = randomUUID();
    await store.createParticipant({
      id,
      campId,
      displayName,
      tokenHash: hashToken(newToken()),
      createdAt: Date.now(),
    });
    participantIds.push(id);
  }
  const participantAt = (index: number): Actor => {
    const id = participantIds[index % participantIds.length];
    if (id === undefined) throw new Error('The demo has no participants.');
    return participant(id);
  };

  let commandCount = 0;
  const run = async <T extends CommandType>(
    actor: Actor,
    type: T,
    payload: CommandInput<T>,
  ): Promise<void> => {
    const parsed = parseCommand(type, payload);
    if (!parsed.ok) throw new Error(`Demo command ${type} is invalid: ${parsed.message}`);
    commandCount += 1;
    const outcome = await registry.execute(campId, {
      commandId: `demo-${String(commandCount).padStart(4, '0')}`,
      command: parsed.command,
      actor,
    });
    if (outcome.kind !== 'committed') {
      const reason = outcome.kind === 'refused' ? outcome.reply.message : outcome.kind;
      throw new Error(`Demo command ${type} was not applied: ${reason}`);
    }
  };

  for (const [index, pitch] of DEMO_PITCHES.entries()) {
    const pitcherName = DEMO_PARTICIPANTS[pitch.pitcher] ?? 'Demo';
    await run(participantAt(pitch.pitcher), 'session:pitch', {
      sessionId: `demo-session-${String(index + 1).padStart(2, '0')}`,
      draft: {
        title: pitch.title,
        description: pitch.description,
        hosts: pitch.coHost ? [pitcherName, pitch.coHost] : [pitcherName],
        tags: pitch.tags,
        format: pitch.format,
        language: pitch.language,
      },
    });
  }

  for (const [index, pitch] of DEMO_PITCHES.entries()) {
    // The participants after the pitcher vote for it; nobody votes for their own pitch.
    for (let voter = 1; voter <= pitch.votes; voter += 1) {
      await run(participantAt(pitch.pitcher + voter), 'vote:cast', {
        sessionId: `demo-session-${String(index + 1).padStart(2, '0')}`,
      });
    }
  }

  const state = await registry.current(campId);
  const sessionSlots = orderedSlots(state).filter((slot) => slot.kind === 'session');
  const ranked = unplacedByVotes(state);
  for (const [rank, [slotIndex, roomId]] of DEMO_PLACEMENTS.entries()) {
    const session = ranked[rank];
    const slot = sessionSlots[slotIndex];
    if (!session || !slot) break;
    await run(MODERATOR, 'session:place', {
      sessionId: session.id,
      placement: { roomId, slotId: slot.id },
    });
  }

  logger.info(
    {
      slug: created.slug,
      commands: commandCount,
      moderatorLink: `/c/${created.slug}/moderate#key=${created.moderatorToken}`,
    },
    'demo camp created; its moderator link is shown only now',
  );
  return true;
}
