import {
  ACCESS_REVOKED_REASONS,
  CommandIdSchema,
  CommandMessageSchema,
  HandshakeSchema,
  HistoryRequestSchema,
  PresenceUpdateSchema,
  SyncRequestSchema,
} from '@campgrid/shared';
import { describe, expect, it } from 'vitest';

/*
 * The wrappers around commands and the connection.
 * WIRE-11 A command message carries a commandId of 8 to 64 letters, digits, "-" or "_", and any
 *         payload (the payload is checked against its command's schema afterwards).
 * WIRE-12 The handshake carries a slug and an optional token; camp:sync carries a whole
 *         non-negative sinceVersion.
 * WIRE-13 presence:update carries the id of the session a moderator picked up, or null.
 * WIRE-14 history:list asks for 1 to 200 entries (50 unless told), optionally before a version
 *         from 1.
 * WIRE-15 access:revoked names one of four reasons.
 */

describe('WIRE-11 command messages', () => {
  it('WIRE-11 accepts a command id made by crypto.randomUUID', () => {
    const message = { commandId: crypto.randomUUID(), payload: { sessionId: 'ki' } };
    expect(CommandMessageSchema.parse(message)).toEqual(message);
  });

  it('WIRE-11 refuses command ids too short, too long or with other characters', () => {
    for (const commandId of ['', 'short', 'x'.repeat(65), 'with space!', 'ümlaut-123', 42]) {
      const result = CommandMessageSchema.safeParse({ commandId, payload: {} });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['commandId']);
    }
    expect(CommandIdSchema.safeParse('12345678').success).toBe(true);
    expect(CommandIdSchema.safeParse('x'.repeat(64)).success).toBe(true);
  });

  it('WIRE-11 refuses a message that is not an object', () => {
    expect(CommandMessageSchema.safeParse(undefined).success).toBe(false);
    expect(CommandMessageSchema.safeParse('vote:cast').success).toBe(false);
  });
});

describe('WIRE-12 handshake and sync', () => {
  it('WIRE-12 a handshake needs a slug; the token is optional', () => {
    expect(HandshakeSchema.parse({ slug: 'nextcamp-demo' })).toEqual({ slug: 'nextcamp-demo' });
    expect(HandshakeSchema.parse({ slug: 'nextcamp-demo', token: 'secret' })).toEqual({
      slug: 'nextcamp-demo',
      token: 'secret',
    });
    expect(HandshakeSchema.safeParse({}).success).toBe(false);
    expect(HandshakeSchema.safeParse({ slug: '' }).success).toBe(false);
    expect(HandshakeSchema.safeParse({ slug: 'x', token: '' }).success).toBe(false);
    expect(HandshakeSchema.safeParse({ slug: 'x', token: 't'.repeat(201) }).success).toBe(false);
  });

  it('WIRE-12 sinceVersion is a whole number from 0', () => {
    expect(SyncRequestSchema.parse({ sinceVersion: 0 })).toEqual({ sinceVersion: 0 });
    for (const sinceVersion of [-1, 1.5, '3', null]) {
      expect(SyncRequestSchema.safeParse({ sinceVersion }).success).toBe(false);
    }
  });
});

describe('WIRE-13 to WIRE-15 messages outside the log', () => {
  it('WIRE-13 presence:update carries a session id or null, and nothing else', () => {
    expect(PresenceUpdateSchema.parse({ pickedSessionId: 'ki' })).toEqual({
      pickedSessionId: 'ki',
    });
    expect(PresenceUpdateSchema.parse({ pickedSessionId: null, label: 'Mallory' })).toEqual({
      pickedSessionId: null,
    });
    for (const pickedSessionId of [undefined, '', 'bad id', 42]) {
      expect(PresenceUpdateSchema.safeParse({ pickedSessionId }).success).toBe(false);
    }
  });

  it('WIRE-14 history:list defaults to 50 entries and takes 1 to 200', () => {
    expect(HistoryRequestSchema.parse({})).toEqual({ limit: 50 });
    expect(HistoryRequestSchema.parse({ limit: 200, beforeVersion: 1 })).toEqual({
      limit: 200,
      beforeVersion: 1,
    });
    for (const request of [{ limit: 0 }, { limit: 201 }, { limit: 2.5 }, { beforeVersion: 0 }]) {
      expect(HistoryRequestSchema.safeParse(request).success).toBe(false);
    }
  });

  it('WIRE-15 access:revoked names a rotated or revoked link, a deleted camp, or a participant who left', () => {
    expect([...ACCESS_REVOKED_REASONS].sort()).toEqual([
      'camp-deleted',
      'left',
      'revoked',
      'rotated',
    ]);
  });
});
