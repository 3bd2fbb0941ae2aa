/** Local calendar days, in Berlin (DST changes on 29 March and 25 October 2026). */
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE, MINUTES_PER_DAY, SECOND, dayStartOffset, sameDay, startOfDay } from '../../../core/time';

describe('time', () => {
  it('has its units in milliseconds', () => {
    expect([SECOND, MINUTE, HOUR, DAY]).toEqual([1000, 60_000, 3_600_000, 86_400_000]);
    expect(MINUTES_PER_DAY).toBe(1440);
  });

  it('finds local midnight, and days before and after it across DST (23- and 25-hour days)', () => {
    const afternoon = new Date(2026, 2, 29, 15).getTime();
    expect(startOfDay(afternoon)).toBe(new Date(2026, 2, 29).getTime());
    expect(dayStartOffset(afternoon, 1) - startOfDay(afternoon)).toBe(23 * HOUR);
    expect(dayStartOffset(new Date(2026, 9, 25, 9).getTime(), 1) - new Date(2026, 9, 25).getTime()).toBe(25 * HOUR);
    expect(dayStartOffset(afternoon, -1)).toBe(new Date(2026, 2, 28).getTime());
  });

  it('tells whether two moments share a local day', () => {
    expect(sameDay(new Date(2026, 10, 25, 0, 0).getTime(), new Date(2026, 10, 25, 23, 59).getTime())).toBe(true);
    expect(sameDay(new Date(2026, 10, 25, 23, 59).getTime(), new Date(2026, 10, 26, 0, 0).getTime())).toBe(false);
  });
});
