import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// IndexedDB refuses to open, as in Firefox with "never remember history".
vi.mock('idb-keyval', () => {
  const fail = () => Promise.reject(new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'));
  return { createStore: () => () => fail(), set: fail, values: fail, clear: fail, keys: fail, delMany: fail };
});

const { appendBreak, listBreaks, clearBreaks } = await import('../../../platform/history');

describe('the break log without IndexedDB', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to storage.local and says so', async () => {
    const now = Date.now();
    expect(await appendBreak({ at: now, outcome: 'done', sittingMs: 60_000 }, now)).toBe('storage');
    const { entries, backend } = await listBreaks();
    expect(backend).toBe('storage');
    expect(entries).toEqual([{ at: now, outcome: 'done', sittingMs: 60_000 }]);
    await clearBreaks();
    expect((await listBreaks()).entries).toEqual([]);
  });

  it("an answer's entry written twice (applied again after a restart) is kept once", async () => {
    const now = Date.now();
    const entry = { at: now, outcome: 'done' as const, sittingMs: 60_000, answerId: 'a1' };
    await appendBreak(entry, now);
    await appendBreak({ ...entry, sittingMs: 61_000 }, now);
    await appendBreak({ at: now, outcome: 'away', sittingMs: 5 }, now);
    expect((await listBreaks()).entries).toEqual([{ at: now, outcome: 'done', sittingMs: 61_000 }, { at: now, outcome: 'away', sittingMs: 5 }]);
  });
});
