import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { saveJoinCode } from '../../../../client/src/features/camp/credentials.js';
import { ScheduleLinks } from '../../../../client/src/features/schedule/ScheduleLinks.js';
import { SLUG } from '../../support/camp-fixture.js';

const files = () =>
  screen
    .getAllByRole('link')
    .map((link) => link.getAttribute('href') ?? '')
    .filter((href) => href.startsWith('/api/'));

describe('the schedule’s files', () => {
  afterEach(() => {
    localStorage.clear();
  });

  it('link the calendar, CSV and frab files of the camp', () => {
    render(<ScheduleLinks slug={SLUG} />);
    expect(files()).toEqual([
      `/api/camps/${SLUG}/schedule.ics`,
      `/api/camps/${SLUG}/schedule.csv`,
      `/api/camps/${SLUG}/schedule.json`,
    ]);
  });

  it('carry a private camp’s join code, which a link cannot send as a header', () => {
    saveJoinCode(SLUG, 'Kaffee & Kuchen');
    render(<ScheduleLinks slug={SLUG} />);
    expect(files()).toEqual([
      `/api/camps/${SLUG}/schedule.ics?code=Kaffee%20%26%20Kuchen`,
      `/api/camps/${SLUG}/schedule.csv?code=Kaffee%20%26%20Kuchen`,
      `/api/camps/${SLUG}/schedule.json?code=Kaffee%20%26%20Kuchen`,
    ]);
  });
});
