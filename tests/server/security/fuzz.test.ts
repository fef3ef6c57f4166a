import {
  ballotEntries,
  type CampState,
  COMMAND_TYPES,
  type CommandAck,
  type CommandType,
  isCommandType,
  type JoinResponse,
  type SyncAck,
} from '@campgrid/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replay } from '../../../server/src/camps/registry.js';
import { createCamp, request } from '../helpers/api.js';
import {
  closeAllSockets,
  connectClient,
  mustCommand,
  newCommandId,
  type TestSocket,
} from '../helpers/socket-client.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/*
 * Thousands of random and malformed messages from every role against a real server. Whatever
 * arrives, the server must stay up, answer every command that asks for an answer, and keep its
 * log consistent: no session in two cells, no two sessions in one cell, every vote count equal to
 * the votes recorded, versions 1..N without gaps, one more per accepted command.
 */

const RUNS = 40;
const MESSAGES_PER_RUN = 80;
/** Guards against a hang; an ack that does not come within it fails the test. */
const ACK_LIMIT_MS = 5_000;
const JOIN_CODE = 'fuzz-join-code';

/** Names Socket.IO's client refuses to emit; they never reach the server. */
const RESERVED = new Set([
  'connect',
  'connect_error',
  'disconnect',
  'disconnecting',
  'newListener',
  'removeListener',
]);

type Sender = 'moderator' | 'alice' | 'bob' | 'carol' | 'viewer';
const SENDERS: readonly Sender[] = ['moderator', 'alice', 'bob', 'carol', 'viewer'];

let server: TestServer;
let slug = '';
let campId = '';
const sockets = new Map<Sender, TestSocket>();
const auths = new Map<Sender, Record<string, string>>();
/** Versions the setup wrote before the fuzzing starts. */
let baseVersion = 0;

// Ids from small pools, so that valid-looking commands often meet real sessions, rooms and slots.
const sessionId = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom('s1', 's2', 's3', 's4', 's5', 's6', 'w1', 'w2') },
  { weight: 1, arbitrary: fc.string({ maxLength: 70 }) },
);
const roomId = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5') },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);
const slotId = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom('d1s1', 'd1s2', 'd1s3', 'd1s4', 'd1s5', 'd1s6', 'd1s7') },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);
const placement = fc.record({ roomId, slotId });
const shortText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('Thema', 'Datenschutz', 'Ünïcödé', '<b>fett</b>') },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);
const small = fc.anything({ maxDepth: 3, maxKeys: 5 });

/** Commands shaped like the real ones, with random ids and values. */
const shapedPayloads: Partial<Record<CommandType, fc.Arbitrary<unknown>>> = {
  'session:pitch': fc.record({
    sessionId,
    draft: fc.record(
      {
        title: shortText,
        hosts: fc.array(shortText, { maxLength: 3 }),
        tags: fc.array(shortText, { maxLength: 3 }),
      },
      { requiredKeys: ['title'] },
    ),
  }),
  'session:update': fc.record({
    sessionId,
    changes: fc.record({ title: shortText, description: shortText }, { requiredKeys: [] }),
  }),
  'session:withdraw': fc.record({ sessionId }),
  'vote:cast': fc.record({ sessionId }),
  'vote:retract': fc.record({ sessionId }),
  'session:place': fc.record(
    { sessionId, placement, expected: fc.option(placement) },
    { requiredKeys: ['sessionId', 'placement'] },
  ),
  'session:unplace': fc.record({ sessionId }),
  'session:swap': fc.record({ sessionId, otherSessionId: sessionId }),
  'phase:set': fc.record({ phase: fc.constantFrom('pitching', 'voting'), open: fc.boolean() }),
  'camp:update': fc.record(
    {
      title: shortText,
      settings: fc.record(
        {
          votesPerParticipant: fc.option(fc.integer({ min: 0, max: 6 })),
          allowSelfVote: fc.boolean(),
          hideVoteCounts: fc.boolean(),
          hideHostNames: fc.boolean(),
          visibility: fc.constantFrom('public', 'private'),
          notesUrlTemplate: fc.option(
            fc.constantFrom('https://pad.example/{session}', 'javascript:x'),
          ),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  ),
  'room:add': fc.record({
    room: fc.record({ id: roomId, name: shortText, capacity: fc.integer({ min: -5, max: 200 }) }),
  }),
  'room:remove': fc.record({ roomId }),
  'room:mark-full': fc.record({ roomId, full: fc.boolean() }),
  'slot:remove': fc.record({ slotId }),
  'slot:shift': fc.record({ slotId, minutes: fc.constantFrom(-15, 5, 15, 30, 7, 0) }),
  'plan:apply': fc.record({
    basedOnVersion: fc.nat({ max: 2_000 }),
    placements: fc.array(fc.record({ sessionId, placement: fc.option(placement) }), {
      maxLength: 6,
    }),
  }),
  'wish:post': fc.record({ sessionId, wish: fc.record({ title: shortText }) }),
  'wish:adopt': fc.record({ sessionId, hostName: shortText }),
  'queue:join': fc.record({ sessionId }),
  'queue:leave': fc.record({ sessionId }),
  'queue:reorder': fc.record({ sessionIds: fc.array(sessionId, { maxLength: 6 }) }),
  'spotlight:set': fc.record({ sessionId: fc.option(sessionId) }),
  'session:cancel': fc.record({ sessionId, reason: shortText }),
  'session:restore': fc.record({ sessionId }),
  'session:count-hands': fc.record({
    sessionId,
    count: fc.option(fc.integer({ min: -1, max: 500 })),
  }),
  'session:configure': fc.record(
    {
      sessionId,
      pinned: fc.boolean(),
      capacityLimit: fc.option(fc.integer({ min: 0, max: 50 })),
      allowedSlotIds: fc.option(fc.array(slotId, { maxLength: 3 })),
    },
    { requiredKeys: ['sessionId'] },
  ),
  'schedule:publish': fc.constant({}),
};

/**
 * Leaving deletes the participant and closes their socket; it has its own tests, and here it
 * would only silence the sender for the rest of the run.
 */
const FUZZED_COMMANDS = COMMAND_TYPES.filter((type) => type !== 'participant:leave');

const commandId = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  // A few ids come back, so retries (duplicates) and collisions between senders happen.
  { weight: 2, arbitrary: fc.constantFrom('fuzz-again-01', 'fuzz-again-02', 'fuzz-again-03') },
  { weight: 1, arbitrary: fc.string({ maxLength: 70 }) },
);

interface Message {
  sender: Sender;
  event: string;
  args: unknown[];
  withAck: boolean;
}

const eventName = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...FUZZED_COMMANDS) },
  { weight: 1, arbitrary: fc.constant('camp:sync') },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('__proto__', 'constructor', 'toString', 'camp:delete', 'access:revoked'),
    ),
  },
);

function argsFor(event: string): fc.Arbitrary<unknown[]> {
  const shaped = isCommandType(event) ? shapedPayloads[event] : undefined;
  const wrapped = fc.record({
    commandId,
    payload: fc.oneof({ weight: 4, arbitrary: shaped ?? small }, { weight: 1, arbitrary: small }),
  });
  const syncRequest = fc.record({ sinceVersion: fc.oneof(fc.nat({ max: 3_000 }), small) });
  const message = fc.oneof(
    { weight: 6, arbitrary: event === 'camp:sync' ? syncRequest : wrapped },
    { weight: 1, arbitrary: small },
  );
  return fc.oneof(
    { weight: 8, arbitrary: message.map((value) => [value]) },
    { weight: 1, arbitrary: fc.constant<unknown[]>([]) },
    { weight: 1, arbitrary: fc.tuple(message, small).map((pair) => [...pair]) },
  );
}

/** Most messages ask for an answer, as every real client does. */
const withAck = fc.oneof(
  { weight: 5, arbitrary: fc.constant(true) },
  { weight: 1, arbitrary: fc.constant(false) },
);

/** Anything at all: random names, shapes, ids, with or without an ack. */
const chaos: fc.Arbitrary<Message> = fc
  .record({ sender: fc.constantFrom(...SENDERS), event: eventName, withAck })
  .chain((picked) => argsFor(picked.event).map((args) => ({ ...picked, args })));

const PARTICIPANT_COMMANDS = [
  'session:pitch',
  'session:update',
  'session:withdraw',
  'vote:cast',
  'vote:retract',
  'wish:post',
  'wish:adopt',
  'queue:join',
  'queue:leave',
  'session:configure',
] as const satisfies readonly CommandType[];

/** What a client of that role would send, with random ids and values: it reaches the decider. */
const plausible: fc.Arbitrary<Message> = fc
  .oneof(
    fc.record({
      sender: fc.constant<Sender>('moderator'),
      event: fc.constantFrom(...FUZZED_COMMANDS),
    }),
    fc.record({
      sender: fc.constantFrom<Sender>('alice', 'bob', 'carol'),
      event: fc.constantFrom(...PARTICIPANT_COMMANDS),
    }),
  )
  .chain(({ sender, event }) =>
    (shapedPayloads[event] ?? small).map((payload) => ({
      sender,
      event,
      args: [{ commandId: null, payload }],
      withAck: true,
    })),
  );

const messageArbitrary: fc.Arbitrary<Message> = fc.oneof(
  { weight: 1, arbitrary: plausible },
  { weight: 1, arbitrary: chaos },
);

let uniqueIds = 0;
/** `null` in a generated message stands for a fresh, valid id. */
function withFreshIds(args: unknown[]): unknown[] {
  return args.map((arg) => {
    if (typeof arg === 'object' && arg !== null && 'commandId' in arg && arg.commandId === null) {
      uniqueIds += 1;
      return { ...arg, commandId: `fuzz-${uniqueIds}-${newCommandId().slice(4, 20)}` };
    }
    return arg;
  });
}

function expectsAck(message: Message): boolean {
  return message.withAck && (isCommandType(message.event) || message.event === 'camp:sync');
}

async function socketOf(sender: Sender): Promise<TestSocket> {
  const current = sockets.get(sender);
  if (current?.connected) return current;
  const auth = auths.get(sender);
  if (!auth) throw new Error(`no auth for ${sender}`);
  const socket = await connectClient(server.url, auth);
  sockets.set(sender, socket);
  return socket;
}

function isAck(value: unknown): value is CommandAck | SyncAck {
  return typeof value === 'object' && value !== null && 'ok' in value;
}

/** Sends one message; resolves to whether it was a command accepted as new (a new version). */
async function send(message: Message): Promise<boolean> {
  if (RESERVED.has(message.event)) return false;
  const socket = await socketOf(message.sender);
  const args = withFreshIds(message.args);
  if (!expectsAck(message)) {
    if (message.withAck) socket.emit(message.event, ...args, () => {});
    else socket.emit(message.event, ...args);
    return false;
  }
  const reply: unknown = await socket.timeout(ACK_LIMIT_MS).emitWithAck(message.event, ...args);
  expect(isAck(reply), `an ack for ${message.event}`).toBe(true);
  if (!isAck(reply)) return false;
  if (reply.ok && message.event !== 'camp:sync' && 'duplicate' in reply) return !reply.duplicate;
  if (!reply.ok) expect(reply.code).not.toBe('INTERNAL');
  return false;
}

function cellsHeld(state: CampState): Map<string, string[]> {
  const cells = new Map<string, string[]>();
  for (const session of state.sessions) {
    if (session.placement === null) continue;
    const key = `${session.placement.roomId}/${session.placement.slotId}`;
    cells.set(key, [...(cells.get(key) ?? []), session.id]);
  }
  return cells;
}

async function checkInvariants(acceptedSoFar: number): Promise<void> {
  const entries = await server.store.readEntries(campId, 0);
  // Versions 1..N, no gaps, one per accepted command.
  expect(entries.map((entry) => entry.version)).toEqual(
    Array.from({ length: entries.length }, (_, index) => index + 1),
  );
  expect(entries.length).toBe(baseVersion + acceptedSoFar);

  const state = replay(entries);
  // The server's own state is the log's.
  expect(await server.server.registry.current(campId)).toEqual(state);
  // No session twice, none in two cells; no cell with two sessions.
  const ids = state.sessions.map((session) => session.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const [cell, holders] of cellsHeld(state)) {
    expect(holders, `cell ${cell}`).toHaveLength(1);
  }
  // Vote counts equal the vote records.
  const records = new Map<string, number>();
  for (const [voter, ballot] of ballotEntries(state.ballots)) {
    expect(new Set(ballot).size, `ballot of ${voter}`).toBe(ballot.length);
    for (const id of ballot) records.set(id, (records.get(id) ?? 0) + 1);
  }
  for (const session of state.sessions) {
    expect(session.voteCount, `votes of ${session.id}`).toBe(records.get(session.id) ?? 0);
  }
  for (const id of records.keys()) expect(ids).toContain(id);
}

beforeAll(async () => {
  // The fuzzer sends far faster than people click: the rate limits have their own tests.
  server = await startTestServer({
    env: {
      RATE_LIMIT_SOCKET_COMMANDS: '0',
      RATE_LIMIT_IP_COMMANDS: '0',
      RATE_LIMIT_IP_CONNECTS: '0',
    },
  });
  const camp = await createCamp(server.url, { title: 'Fuzz', settings: { visibility: 'private' } });
  slug = camp.slug;
  campId = (await server.store.findCampBySlug(slug))?.id ?? '';
  await request(
    server.url,
    'PUT',
    `/api/camps/${slug}/join-code`,
    { code: JOIN_CODE },
    {
      authorization: `Bearer ${camp.moderatorToken}`,
    },
  );
  auths.set('moderator', { slug, token: camp.moderatorToken });
  for (const name of ['alice', 'bob', 'carol'] as const) {
    const joined = await request<JoinResponse>(
      server.url,
      'POST',
      `/api/camps/${slug}/participants`,
      {
        displayName: name,
        joinCode: JOIN_CODE,
      },
    );
    auths.set(name, { slug, token: joined.body.token });
  }
  // The camp is private, so the viewer holds the code: making it private again closes no one.
  auths.set('viewer', { slug, joinCode: JOIN_CODE });
  const moderator = await socketOf('moderator');
  const alice = await socketOf('alice');
  for (const id of ['s1', 's2', 's3']) {
    await mustCommand(alice, 'session:pitch', {
      sessionId: id,
      draft: { title: id, hosts: ['A'] },
    });
  }
  await mustCommand(moderator, 'session:place', {
    sessionId: 's1',
    placement: { roomId: 'r1', slotId: 'd1s2' },
  });
  baseVersion = 5;
});

afterAll(async () => {
  closeAllSockets();
  await server.destroy();
});

describe('the fuzzer', () => {
  it(`sends ${RUNS * MESSAGES_PER_RUN} random and malformed messages; the server keeps every promise`, {
    timeout: 120_000,
  }, async () => {
    let accepted = 0;
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(messageArbitrary, { minLength: MESSAGES_PER_RUN, maxLength: MESSAGES_PER_RUN }),
        async (messages) => {
          for (const message of messages) {
            if (await send(message)) accepted += 1;
            sent += 1;
          }
          // Messages on one connection are handled in order: a sync on each socket answered
          // means everything sent before it has been handled.
          for (const sender of SENDERS) {
            const reply = (await (
              await socketOf(sender)
            )
              .timeout(ACK_LIMIT_MS)
              .emitWithAck('camp:sync', { sinceVersion: 0 })) as SyncAck;
            expect(reply.ok).toBe(true);
          }
          await checkInvariants(accepted);
        },
      ),
      { numRuns: RUNS, endOnFailure: true },
    );
    expect(sent).toBe(RUNS * MESSAGES_PER_RUN);
    // Some of it got through: the fuzzer exercised the decider, not only the validation.
    expect(accepted).toBeGreaterThan(100);

    expect((await request(server.url, 'GET', '/healthz')).status).toBe(200);
    const finalVersion = await mustCommand(await socketOf('moderator'), 'room:add', {
      room: { id: 'after-the-fuzz', name: 'Danach', capacity: 10 },
    });
    expect(finalVersion).toBe(baseVersion + accepted + 1);
  });
});
