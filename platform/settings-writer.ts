/** The options page's writes, coalesced so typing and clicking stay within storage.sync's quotas. */
import type { Settings } from '../core/settings';
import { saveChangedFields } from './settings-store';

export interface SettingsWriter {
  /**
   * Queues the changed fields to be written after `delayMs` (typing) or at once; changes queued
   * together merge, the latest value of each field wins.
   */
  save(patch: Partial<Settings>, delayMs?: number): Promise<void>;
  /** Writes anything pending now. */
  flush(): Promise<void>;
  pending(): boolean;
  /** Drops anything pending (before an import or reset replaces everything). */
  cancel(): void;
}

/**
 * Coalesces saves so storage.sync's quotas hold (120 writes a minute, 1,800 an hour): a write
 * happens at most once per `minGapMs` (default 1.5 s, so at most 40 a minute), typing is debounced
 * by the caller's `delayMs`, and only the latest value of each field is written.
 *
 * Only the fields this page changed are written, over the settings as stored at that moment, so
 * a change made meanwhile elsewhere (another options tab, another device through sync) to other
 * fields is kept rather than overwritten.
 */
export function createSettingsWriter(
  write: (patch: Partial<Settings>) => Promise<void> = saveChangedFields,
  minGapMs = 1500,
  clock: () => number = Date.now,
): SettingsWriter {
  let latest: Partial<Settings> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastWriteAt = -Infinity;
  let waiters: { resolve: () => void; reject: (e: unknown) => void }[] = [];

  const run = async () => {
    timer = null;
    const settings = latest;
    const done = waiters;
    latest = null;
    waiters = [];
    if (!settings) return;
    lastWriteAt = clock();
    try {
      await write(settings);
      for (const w of done) w.resolve();
    } catch (error) {
      for (const w of done) w.reject(error);
    }
  };

  const schedule = (delayMs: number) => {
    if (timer !== null) clearTimeout(timer);
    const at = Math.max(clock() + delayMs, lastWriteAt + minGapMs);
    timer = setTimeout(() => void run(), Math.max(0, at - clock()));
  };

  return {
    save(patch, delayMs = 0) {
      latest = { ...latest, ...patch };
      const promise = new Promise<void>((resolve, reject) => waiters.push({ resolve, reject }));
      schedule(delayMs);
      return promise;
    },
    async flush() {
      if (timer !== null) clearTimeout(timer);
      await run();
    },
    pending: () => latest !== null,
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      latest = null;
      const dropped = waiters;
      waiters = [];
      for (const w of dropped) w.resolve();
    },
  };
}
