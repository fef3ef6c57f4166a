import { ErrorCode } from '@campgrid/shared';
import { describe, expect, it } from 'vitest';
import de from '../../../client/src/i18n/de.json';
import en from '../../../client/src/i18n/en.json';
import { formatClock, formatDay } from '../../../client/src/i18n/index.js';

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keysOf(value, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('translations', () => {
  it('has every German text in English too, and nothing more', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(de).sort());
  });

  it('has a message for every error code of the shared table, in both languages', () => {
    const codes = [...Object.values(ErrorCode), 'NETWORK'];
    for (const code of codes) {
      expect(de.errors).toHaveProperty(code);
      expect(en.errors).toHaveProperty(code);
    }
  });

  it('leaves no text empty', () => {
    const texts = (tree: object): unknown[] =>
      Object.values(tree).flatMap((value) =>
        typeof value === 'object' && value !== null ? texts(value) : [value],
      );
    for (const text of [...texts(de), ...texts(en)]) {
      expect(typeof text === 'string' && text.trim() !== '').toBe(true);
    }
  });
});

describe('formatting', () => {
  it('shows a moment on the camp’s wall clock, not the browser’s', () => {
    const moment = Date.UTC(2026, 10, 28, 9, 5);
    expect(formatClock(moment, 'Europe/Berlin', 'de')).toBe('10:05');
    expect(formatClock(moment, 'America/New_York', 'de')).toBe('04:05');
  });

  it('names a camp day in the chosen language without shifting it', () => {
    expect(formatDay('2026-11-28', 'de')).toBe('Samstag, 28. November');
    expect(formatDay('2026-11-28', 'en')).toBe('Saturday, November 28');
  });
});
