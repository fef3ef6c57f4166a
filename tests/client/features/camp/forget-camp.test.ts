import { describe, expect, it } from 'vitest';
import {
  forgetCamp,
  readJoinCode,
  saveJoinCode,
} from '../../../../client/src/features/camp/credentials.js';

describe('forgetting a camp', () => {
  it('removes every credential and the offline copy of that camp, and nothing of others', () => {
    const kinds = ['participant', 'moderator', 'joincode', 'agenda', 'stars', 'seen', 'snapshot'];
    for (const kind of kinds) {
      window.localStorage.setItem(`campgrid.${kind}.gone`, 'x');
      window.localStorage.setItem(`campgrid.${kind}.other`, 'y');
    }
    window.localStorage.setItem('campgrid.language', 'en');

    forgetCamp('gone');

    for (const kind of kinds) {
      expect(window.localStorage.getItem(`campgrid.${kind}.gone`)).toBeNull();
      expect(window.localStorage.getItem(`campgrid.${kind}.other`)).toBe('y');
    }
    expect(window.localStorage.getItem('campgrid.language')).toBe('en');
  });

  it('keeps a private camp’s join code per camp', () => {
    saveJoinCode('camp-a', 'sommer-2026');
    expect(readJoinCode('camp-a')).toBe('sommer-2026');
    expect(readJoinCode('camp-b')).toBeUndefined();
  });
});
