/** How firm a break is: snoozes, Skip and what closing the window means, by level and kind. */
import { describe, expect, it } from 'vitest';
import { closingMeans, firmnessOf, skipAllowed, snoozeLimitOf } from '../../../core/firmness';
import { DEFAULT_SETTINGS, type Firmness } from '../../../core/settings';

const at = (firmness: Firmness) => ({ ...DEFAULT_SETTINGS, firmness, snoozeLimit: 3 });

describe('firmness', () => {
  it('gentle keeps the snooze limit; firm and strict allow one (never more than the limit); a short break none', () => {
    expect((['gentle', 'firm', 'strict'] as const).map((f) => snoozeLimitOf(at(f), 'stretch'))).toEqual([3, 1, 1]);
    expect(snoozeLimitOf(at('gentle'), 'short')).toBe(0);
    expect(snoozeLimitOf({ firmness: 'firm', snoozeLimit: 0 }, 'stretch')).toBe(0);
  });

  it('only strict takes Skip away, and never from a short break, which is always gentle', () => {
    expect([skipAllowed(at('firm'), 'stretch'), skipAllowed(at('strict'), 'stretch'), skipAllowed(at('strict'), 'short')]).toEqual([true, false, true]);
    expect(firmnessOf(at('strict'), 'short')).toBe('gentle');
  });

  it('closing the window: a skip when gentle; otherwise a snooze while one is left, else nothing', () => {
    expect(closingMeans(at('gentle'), 'stretch', 0)).toBe('skip');
    expect(closingMeans(at('firm'), 'stretch', 0)).toBe('snooze');
    expect(closingMeans(at('strict'), 'stretch', 1)).toBe('nothing');
    expect(closingMeans(at('strict'), 'short', 0)).toBe('skip');
  });
});
