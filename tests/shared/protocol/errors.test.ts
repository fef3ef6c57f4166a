import { ErrorCode, ErrorReplySchema, errorReply, invalidReply } from '@campgrid/shared';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

/*
 * The error table and its replies.
 * WIRE-7 Every code in the table is its own name, and replies built from it are valid replies.
 * WIRE-8 invalidReply names the first bad field by its dotted path, after an optional prefix;
 *        with no path it names no field; with no issue at all it still says something.
 */

describe('WIRE-7 the error table', () => {
  it('WIRE-7 every code is spelled as its key', () => {
    for (const [key, code] of Object.entries(ErrorCode)) expect(code).toBe(key);
  });

  it('WIRE-7 errorReply builds a valid reply, with field and retryAfterMs when given', () => {
    expect(errorReply('NOT_FOUND', 'No such camp.')).toEqual({
      ok: false,
      code: 'NOT_FOUND',
      message: 'No such camp.',
    });
    const limited = errorReply('RATE_LIMITED', 'Slow down.', { retryAfterMs: 1500 });
    expect(limited).toEqual({
      ok: false,
      code: 'RATE_LIMITED',
      message: 'Slow down.',
      retryAfterMs: 1500,
    });
    expect(ErrorReplySchema.parse(limited)).toEqual(limited);
    for (const code of Object.values(ErrorCode)) {
      expect(ErrorReplySchema.safeParse(errorReply(code, 'm', { field: 'f' })).success).toBe(true);
    }
  });

  it('WIRE-7 a reply with a code outside the table is not a valid reply', () => {
    expect(ErrorReplySchema.safeParse({ ok: false, code: 'TEAPOT', message: 'm' }).success).toBe(
      false,
    );
  });
});

describe('WIRE-8 invalidReply', () => {
  const schema = z.object({ draft: z.object({ tags: z.array(z.string().max(3)) }) });

  it('WIRE-8 joins the path of the first issue with dots', () => {
    const error = schema.safeParse({ draft: { tags: ['ok', 'too long'] } }).error;
    if (!error) throw new Error('expected a validation error');
    expect(invalidReply(error)).toEqual({
      ok: false,
      code: 'INVALID',
      field: 'draft.tags.1',
      message: expect.stringMatching(/^draft\.tags\.1: /),
    });
  });

  it('WIRE-8 puts the prefix in front of the path', () => {
    const error = schema.safeParse({ draft: { tags: ['long'] } }).error;
    if (!error) throw new Error('expected a validation error');
    expect(invalidReply(error, 'payload')).toMatchObject({ field: 'payload.draft.tags.0' });
  });

  it('WIRE-8 a root issue names no field, or only the prefix', () => {
    const error = schema.safeParse('nope').error;
    if (!error) throw new Error('expected a validation error');
    const reply = invalidReply(error);
    expect(reply).not.toHaveProperty('field');
    expect(reply.message).toMatch(/^payload: /);
    expect(invalidReply(error, 'body')).toMatchObject({
      field: 'body',
      message: expect.stringMatching(/^body: /),
    });
  });

  it('WIRE-8 an error without issues still gives a message', () => {
    expect(invalidReply(new z.ZodError([]))).toEqual({
      ok: false,
      code: 'INVALID',
      message: 'invalid payload',
    });
  });
});
