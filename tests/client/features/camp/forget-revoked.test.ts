import { afterEach, describe, expect, it } from 'vitest';
import { forgetRevoked } from '../../../../client/src/features/camp/forget-revoked.js';
import {
  clearLinkRevoked,
  expectAccessEnd,
  isLinkRevoked,
} from '../../../../client/src/features/camp/revoked-links.js';

const SLUG = 'testcamp';
const key = (kind: string) => `campgrid.${kind}.${SLUG}`;

afterEach(() => {
  clearLinkRevoked(SLUG);
});

describe('forgetting what the server ended', () => {
  it('forgets a revoked moderator link and remembers, for this tab, why', () => {
    window.localStorage.setItem(key('moderator'), 'co-token');
    expect(forgetRevoked(SLUG, 'co-token', 'revoked')).toBe('unexpected');
    expect(window.localStorage.getItem(key('moderator'))).toBeNull();
    expect(isLinkRevoked(SLUG)).toBe(true);
  });

  it('keeps a newer link that this browser holds already', () => {
    window.localStorage.setItem(key('moderator'), 'new-token');
    forgetRevoked(SLUG, 'old-token', 'rotated');
    expect(window.localStorage.getItem(key('moderator'))).toBe('new-token');
    expect(isLinkRevoked(SLUG)).toBe(false);
  });

  it('expects the end of a rotation or a deletion started in this tab, once', () => {
    window.localStorage.setItem(key('moderator'), 'main-token');
    expectAccessEnd(SLUG);
    expect(forgetRevoked(SLUG, 'main-token', 'rotated')).toBe('expected');
    expect(window.localStorage.getItem(key('moderator'))).toBe('main-token');
    // Used up: a socket ends once, and a later end is news again.
    expect(forgetRevoked(SLUG, 'main-token', 'rotated')).toBe('unexpected');
    expectAccessEnd(SLUG);
    expect(forgetRevoked(SLUG, 'main-token', 'camp-deleted')).toBe('expected');
    expect(window.localStorage.getItem(key('moderator'))).toBeNull();
  });

  it('forgets a viewer’s join code when it stops working', () => {
    window.localStorage.setItem(key('joincode'), 'sommer-2026');
    expect(forgetRevoked(SLUG, undefined, 'revoked')).toBe('unexpected');
    expect(window.localStorage.getItem(key('joincode'))).toBeNull();
  });

  it('forgets everything of a camp deleted elsewhere', () => {
    for (const kind of ['participant', 'joincode', 'agenda', 'stars', 'snapshot']) {
      window.localStorage.setItem(key(kind), 'x');
    }
    expect(forgetRevoked(SLUG, 'ada-secret', 'camp-deleted')).toBe('unexpected');
    expect(Object.keys(window.localStorage).filter((name) => name.endsWith(SLUG))).toEqual([]);
  });
});
