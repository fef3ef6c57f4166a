import { describe, expect, it } from 'vitest';
import { notesUrl } from '../../../../client/src/features/schedule/schedule-model.js';
import { campFixture, sessionFixture } from '../../support/camp-fixture.js';

const session = sessionFixture('s-1', 'Titel');

function withTemplate(template: string | null) {
  const camp = campFixture();
  return { ...camp, settings: { ...camp.settings, notesUrlTemplate: template } };
}

describe('the notes link', () => {
  it('fills in the camp and the session', () => {
    expect(notesUrl(withTemplate('https://pad.example.org/p/{camp}-{session}'), session)).toBe(
      'https://pad.example.org/p/testcamp-s-1',
    );
  });

  it('gives nothing without a template or for a link that is not http(s)', () => {
    expect(notesUrl(withTemplate(null), session)).toBeNull();
    expect(notesUrl(withTemplate('javascript:alert({session})'), session)).toBeNull();
    expect(notesUrl(withTemplate('ftp://files.example.org/{session}'), session)).toBeNull();
  });
});
