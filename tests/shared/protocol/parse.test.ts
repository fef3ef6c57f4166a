import { parseCommand } from '@campgrid/shared';
import { describe, expect, it } from 'vitest';

/*
 * parseCommand(type, payload): the one gate between the wire and the decider.
 * WIRE-5 A valid payload becomes the command the decider takes: its type and the parsed payload.
 * WIRE-6 An invalid payload becomes an INVALID reply whose field names the first bad field and
 *        whose message starts with it; a payload that is not an object names no field.
 */

describe('WIRE-5 parseCommand accepts', () => {
  it('WIRE-5 returns the type with the parsed payload', () => {
    expect(parseCommand('vote:cast', { sessionId: 'ki' })).toEqual({
      ok: true,
      command: { type: 'vote:cast', sessionId: 'ki' },
    });
  });

  it('WIRE-5 applies the schema defaults and trimming', () => {
    expect(
      parseCommand('session:pitch', { sessionId: 'ki', draft: { title: ' KI ', hosts: ['Bob'] } }),
    ).toEqual({
      ok: true,
      command: {
        type: 'session:pitch',
        sessionId: 'ki',
        draft: {
          title: 'KI',
          description: '',
          hosts: ['Bob'],
          tags: [],
          format: 'discussion',
          language: 'de',
        },
      },
    });
  });

  it('WIRE-5 a payload cannot smuggle in another command type', () => {
    const parsed = parseCommand('vote:cast', { sessionId: 'ki', type: 'phase:set' });
    expect(parsed).toEqual({ ok: true, command: { type: 'vote:cast', sessionId: 'ki' } });
  });
});

describe('WIRE-6 parseCommand refuses', () => {
  it('WIRE-6 a too-long title names draft.title', () => {
    expect(
      parseCommand('session:pitch', { sessionId: 's', draft: { title: 'x'.repeat(121) } }),
    ).toEqual({
      ok: false,
      code: 'INVALID',
      field: 'draft.title',
      message: expect.stringMatching(/^draft\.title: /),
    });
  });

  it('WIRE-6 a slot ending before it starts names slot.end', () => {
    const reply = parseCommand('slot:add', {
      slot: { id: 'x', day: '2026-11-28', start: '11:00', end: '10:00', kind: 'session' },
    });
    expect(reply).toEqual({
      ok: false,
      code: 'INVALID',
      field: 'slot.end',
      message: 'slot.end: must end after it starts',
    });
  });

  it('WIRE-6 an unknown time zone names timezone', () => {
    expect(parseCommand('camp:update', { timezone: 'Europe/Atlantis' })).toEqual({
      ok: false,
      code: 'INVALID',
      field: 'timezone',
      message: 'timezone: is not a known IANA time zone',
    });
  });

  it('WIRE-6 a day that does not exist names its index', () => {
    expect(parseCommand('camp:update', { days: ['2026-02-30'] })).toEqual({
      ok: false,
      code: 'INVALID',
      field: 'days.0',
      message: 'days.0: is not a real calendar day',
    });
  });

  it('WIRE-6 a bad id names the id field', () => {
    expect(parseCommand('session:swap', { sessionId: 'a', otherSessionId: 'b c' })).toMatchObject({
      ok: false,
      code: 'INVALID',
      field: 'otherSessionId',
    });
  });

  it('WIRE-6 a payload that is not an object names no field', () => {
    const reply = parseCommand('vote:cast', null);
    expect(reply).toEqual({
      ok: false,
      code: 'INVALID',
      message: expect.stringMatching(/^payload: /),
    });
    expect(reply).not.toHaveProperty('field');
  });
});
