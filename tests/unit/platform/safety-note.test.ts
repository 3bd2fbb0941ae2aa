/** The safety note's "seen" flag in storage.local: false until dismissed, and never a throw. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { markSafetyNoteSeen, safetyNoteSeen } from '../../../platform/safety-note';
import { KEYS } from '../../../platform/storage-keys';

beforeEach(() => fakeBrowser.reset());

describe('the safety note flag', () => {
  it('is unseen on a fresh install and seen once marked, for good', async () => {
    expect(await safetyNoteSeen()).toBe(false);
    await markSafetyNoteSeen();
    expect(await safetyNoteSeen()).toBe(true);
    expect(await fakeBrowser.storage.local.get(KEYS.safetyNoteSeen)).toEqual({ safetyNoteSeen: true });
  });

  it('reads anything but true as unseen, and an unreadable storage as unseen (better shown twice than never)', async () => {
    for (const garbage of ['yes', 1, {}, null]) {
      await fakeBrowser.storage.local.set({ [KEYS.safetyNoteSeen]: garbage });
      expect(await safetyNoteSeen(), JSON.stringify(garbage)).toBe(false);
    }
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage gone'));
    expect(await safetyNoteSeen()).toBe(false);
  });
});
