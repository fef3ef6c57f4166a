import { describe, expect, it } from 'vitest';
import {
  captureModeratorKey,
  readModeratorToken,
} from '../../../../client/src/features/camp/credentials.js';

describe('the moderator link', () => {
  it('keeps the token from the fragment and takes it out of the address bar', () => {
    window.history.replaceState(null, '', '/c/nextcamp-demo/moderate?x=1#key=mod-secret');
    expect(captureModeratorKey(window.location, window.history)).toBe(true);
    expect(readModeratorToken('nextcamp-demo')).toBe('mod-secret');
    expect(window.localStorage.getItem('campgrid.moderator.nextcamp-demo')).toBe('mod-secret');
    expect(window.location.hash).toBe('');
    expect(`${window.location.pathname}${window.location.search}`).toBe(
      '/c/nextcamp-demo/moderate?x=1',
    );
  });

  it('leaves other pages and fragments alone', () => {
    window.history.replaceState(null, '', '/c/nextcamp-demo#key=mod-secret');
    expect(captureModeratorKey(window.location, window.history)).toBe(false);
    expect(readModeratorToken('nextcamp-demo')).toBeUndefined();
    expect(window.location.hash).toBe('#key=mod-secret');
  });
});
