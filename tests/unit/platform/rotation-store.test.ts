/** The rotation kept in storage.local: a day of breaks through the store repeats no card. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { takeNextExercise } from '../../../platform/rotation-store';
import { KEYS } from '../../../platform/storage-keys';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { NO_REPEAT_PICKS } from '../../../core/rotation';

beforeEach(() => fakeBrowser.reset());

describe('the stored rotation', () => {
  it('keeps the cards shown last across takes, so any 14 breaks in a row differ, across cycles', async () => {
    const shown: string[] = [];
    for (let i = 0; i < 60; i += 1) shown.push((await takeNextExercise(DEFAULT_SETTINGS))!);
    for (let start = 0; start + NO_REPEAT_PICKS <= shown.length; start += 1) {
      expect(new Set(shown.slice(start, start + NO_REPEAT_PICKS)).size, `from pick ${start}`).toBe(NO_REPEAT_PICKS);
    }
    const { rotation } = (await fakeBrowser.storage.local.get(KEYS.rotation)) as { rotation: { recent: string[] } };
    expect(rotation.recent).toEqual(shown.slice(-(NO_REPEAT_PICKS - 1)));
  });

  it('reads a state stored before it kept its recent cards, and repairs a bad list of them', async () => {
    await fakeBrowser.storage.local.set({ [KEYS.rotation]: { queue: ['chin-tuck'], last: 'look-far' } });
    expect(await takeNextExercise(DEFAULT_SETTINGS)).toBe('chin-tuck');
    await fakeBrowser.storage.local.set({ [KEYS.rotation]: { queue: ['chin-tuck'], last: null, recent: [1, 2] } });
    expect(typeof (await takeNextExercise(DEFAULT_SETTINGS))).toBe('string');
  });
});

describe('the short-break rotation', () => {
  it('draws from the eye and posture cards, all five before any comes again, and leaves the stretch rotation alone', async () => {
    const first = await takeNextExercise(DEFAULT_SETTINGS);
    const shorts: string[] = [];
    for (let i = 0; i < 7; i += 1) shorts.push((await takeNextExercise(DEFAULT_SETTINGS, undefined, 'short'))!);
    expect(new Set(shorts.slice(0, 5))).toEqual(new Set(['look-far', 'eye-palming', 'chin-tuck', 'shoulder-rolls', 'wrist-flexor-stretch']));
    expect(shorts.slice(5).every((id) => id !== null)).toBe(true);
    const { rotation } = (await fakeBrowser.storage.local.get(KEYS.rotation)) as { rotation: { last: string } };
    expect(rotation.last).toBe(first);
  });
});
