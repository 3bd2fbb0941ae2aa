import { describe, expect, it } from 'vitest';
import { reduce, initialState } from '../../core/schedule';
import { DEFAULT_SETTINGS } from '../../core/settings';

describe('scheduler smoke', () => {
  it('nudges after 30 minutes of sitting', () => {
    const t0 = Date.UTC(2026, 10, 25, 9);
    let state = initialState(t0);
    let nudged = false;
    for (let m = 1; m <= 30; m += 1) {
      const r = reduce(state, { type: 'alarm' }, t0 + m * 60_000, DEFAULT_SETTINGS);
      state = r.state;
      nudged ||= r.effects.some((e) => e.type === 'nudge');
    }
    expect(nudged).toBe(true);
  });
});
