/** The meeting sites: the permission covers whole sites, and every page looked for is on one of them. */
import { describe, expect, it } from 'vitest';
import { MEETING_CALL_PAGES, MEETING_ORIGINS, MEETING_SOUND_PAGES } from '../../../data/meeting-sites';

describe('the meeting sites', () => {
  it('the permission asks for https sites only, and every page looked for is on one of them', () => {
    expect(MEETING_ORIGINS.every((o) => /^https:\/\/[^/]+\/\*$/.test(o))).toBe(true);
    const hostOf = (pattern: string) => new URL(pattern.replace('*.', 'x.').replace(/\*$/, '')).host;
    for (const page of [...MEETING_CALL_PAGES, ...MEETING_SOUND_PAGES]) {
      expect(MEETING_ORIGINS.some((o) => hostOf(o) === hostOf(page)), page).toBe(true);
    }
    expect(MEETING_SOUND_PAGES).toContain('https://app.slack.com/*');
  });
});
