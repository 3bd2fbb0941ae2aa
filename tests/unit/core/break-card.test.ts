import { describe, expect, it } from 'vitest';
import { breakCard, breakPageQuery, cardSettingsOf, parseBreakPageQuery, type BreakCard } from '../../../core/break-card';
import { DEFAULT_SETTINGS } from '../../../core/settings';

const scheduled: BreakCard = {
  breakId: 7, exerciseId: 'cat-cow', canSnooze: true,
  settings: { holdMultiplier: 1.5, snoozeMin: 10, sound: true, firmness: 'gentle' }, inPopup: false, kind: 'stretch',
};

describe('a break card', () => {
  it('starts with its exercise still to be picked, shown in a window of its own', () => {
    expect(breakCard(3, true, cardSettingsOf(DEFAULT_SETTINGS))).toEqual({
      breakId: 3, canSnooze: true, settings: { holdMultiplier: 1, snoozeMin: 5, sound: false, firmness: 'gentle' }, exerciseId: null, inPopup: false, kind: 'stretch',
    });
    expect(breakCard(null, false).settings).toBeNull();
  });
});

describe('the break page URL', () => {
  it('carries the break, the exercise, Snooze and the card settings there and back', () => {
    const query = breakPageQuery(scheduled);
    expect(query).toBe('break=7&exercise=cat-cow&snooze=1&hold=1.5&snoozeMin=10&sound=1');
    expect(parseBreakPageQuery(`?${query}`)).toEqual(scheduled);
  });

  it('a stretch the user started has no break id; the toolbar popup says where it is shown', () => {
    const own: BreakCard = { breakId: null, exerciseId: 'neck-release', canSnooze: false, settings: cardSettingsOf(DEFAULT_SETTINGS), inPopup: true, kind: 'stretch' };
    expect(parseBreakPageQuery(breakPageQuery(own))).toEqual(own);
  });

  it('a short break and a firm or strict card say so; a URL from before firmness is gentle', () => {
    const short: BreakCard = { ...scheduled, canSnooze: false, kind: 'short', settings: { ...scheduled.settings!, firmness: 'strict' } };
    const query = breakPageQuery(short);
    expect(query).toBe('break=7&exercise=cat-cow&snooze=0&hold=1.5&snoozeMin=10&sound=1&firm=strict&kind=short');
    expect(parseBreakPageQuery(query)).toEqual(short);
    expect(parseBreakPageQuery('?exercise=cat-cow&hold=1&snoozeMin=5&sound=0').settings?.firmness).toBe('gentle');
    expect(parseBreakPageQuery('?exercise=cat-cow&hold=1&snoozeMin=5&sound=0&firm=iron').settings).toBeNull();
  });

  it('an old or hand-made URL without the settings asks the page to read them from storage', () => {
    expect(parseBreakPageQuery('?break=3&exercise=cat-cow&snooze=1').settings).toBeNull();
  });

  it('settings outside the schema\'s bounds are not trusted, all or nothing', () => {
    for (const bad of ['hold=9&snoozeMin=5&sound=0', 'hold=1&snoozeMin=0&sound=0', 'hold=1&snoozeMin=5&sound=yes', 'hold=&snoozeMin=5&sound=1', 'hold=NaN&snoozeMin=5&sound=1']) {
      expect(parseBreakPageQuery(`?exercise=cat-cow&${bad}`).settings).toBeNull();
    }
  });

  it('a break id that is not a positive whole number is no break id', () => {
    for (const bad of ['0', '-2', '1.5', 'x', '']) expect(parseBreakPageQuery(`?break=${bad}`).breakId).toBeNull();
  });
});
