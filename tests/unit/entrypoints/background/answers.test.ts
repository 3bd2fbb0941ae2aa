/**
 * Answers in the background, on the fake browser: whichever way an answer comes (the page's
 * message, the outbox, again after the worker stopped at any point of applying it), the schedule
 * takes it once and the break log has it once. A "worker stop" here is an error thrown by one
 * storage write, then fresh modules (no cached state), as after Chrome stops the service worker.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { initialState } from '../../../../core/schedule';
import type { ScheduleState } from '../../../../core/schedule-types';
import type { Answer } from '../../../../core/answer';
import { DEFAULT_SETTINGS } from '../../../../core/settings';
import { KEYS } from '../../../../platform/storage-keys';
import { clearBreaks, listBreaks } from '../../../../platform/history';
import { pendingAnswers, postAnswer } from '../../../../platform/answer-outbox';
import { takeNextExercise } from '../../../../platform/rotation-store';
import { WAKE_ALARM } from '../../../../platform/wake-alarm';

/** What is awaited may take seconds on a busy machine (npm test runs these at nice 19). */
const LAZY = { timeout: 10_000 };

const T0 = Date.UTC(2026, 10, 25, 9);
const MIN = 60_000;

/** A fresh worker: its modules loaded anew, nothing cached. */
async function freshWorker() {
  vi.resetModules();
  const answers = await import('../../../../entrypoints/background/answers');
  const handlers = await import('../../../../entrypoints/background/handlers');
  return { ...answers, ...handlers };
}
const stored = async () => (await fakeBrowser.storage.local.get(KEYS.schedule))[KEYS.schedule] as ScheduleState;
const logged = async () => (await listBreaks()).entries;

const done = (id = 'done-1'): Answer => ({ id, breakId: 1, at: T0, action: { type: 'done', exerciseId: 'neck-release' } });

/** The next storage.local `set` (or `remove`) of `key` fails, as if the worker stopped right then. */
function stopAtNext(method: 'set' | 'remove', key: string) {
  const local = fakeBrowser.storage.local;
  const original = local[method].bind(local) as (arg: unknown) => Promise<void>;
  let stopped = false;
  vi.spyOn(local, method).mockImplementation((async (arg: string | string[] | Record<string, unknown>) => {
    const keys = typeof arg === 'string' ? [arg] : Array.isArray(arg) ? arg : Object.keys(arg);
    if (!stopped && keys.includes(key)) {
      stopped = true;
      throw new Error('worker stopped');
    }
    return original(arg);
  }) as never);
}

/** The fake's own notifications API (a test below swaps in a stub). */
const fakeNotifications = fakeBrowser.notifications;

beforeEach(async () => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser, { notifications: fakeNotifications });
  await clearBreaks();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
  vi.spyOn(fakeBrowser.windows, 'getAll').mockResolvedValue([] as never);
  (fakeBrowser.runtime as unknown as { getContexts: () => Promise<unknown[]> }).getContexts = async () => [];
  vi.setSystemTime(T0);
  // Break 1 is due: 30 minutes sat, the window up.
  const due = { breakId: 1, since: T0 - MIN, shownAt: T0 - MIN, attempt: 0 as const };
  await fakeBrowser.storage.local.set({ [KEYS.schedule]: { ...initialState(T0 - 31 * MIN), sitMs: 31 * MIN, seenAt: T0, due, lastBreakId: 1 } });
});
afterEach(() => vi.useRealTimers());

describe('an answer in the background', () => {
  it('the same Done by message, from the outbox and by message again: applied once, logged once, its outbox entry gone', async () => {
    const worker = await freshWorker();
    await postAnswer(done());
    expect(await worker.messageHandlers.answer({ type: 'answer', answer: done() })).toEqual({ handled: true });
    vi.setSystemTime(T0 + 10_000);
    await worker.applyPendingAnswers();
    await worker.messageHandlers.answer({ type: 'answer', answer: done() });
    const s = await stored();
    expect(s.due).toBeNull();
    expect(s.answered).toEqual(['done-1']);
    // The count restarted once, at the first arrival.
    expect(s.seenAt - s.sitMs).toBe(T0);
    expect(await logged()).toEqual([{ at: T0, outcome: 'done', sittingMs: 31 * MIN, exerciseId: 'neck-release' }]);
    expect(await pendingAnswers()).toEqual([]);
  });

  it('stopped after logging the Done, before saving the schedule: the next start applies it, logged still once', async () => {
    const worker = await freshWorker();
    await postAnswer(done());
    stopAtNext('set', KEYS.schedule);
    await expect(worker.applyAnswer(done())).rejects.toThrow('worker stopped');
    expect(await logged()).toHaveLength(1);
    expect((await stored()).due).toMatchObject({ breakId: 1 });

    vi.setSystemTime(T0 + 500);
    await (await freshWorker()).applyPendingAnswers();
    expect((await stored()).due).toBeNull();
    expect((await stored()).answered).toEqual(['done-1']);
    expect((await logged()).map((e) => e.outcome)).toEqual(['done']);
    expect(await pendingAnswers()).toEqual([]);
  });

  it('the schedule could not be saved and the page asked again, same worker: logged once', async () => {
    const worker = await freshWorker();
    stopAtNext('set', KEYS.schedule);
    await expect(worker.applyAnswer(done())).rejects.toThrow('worker stopped');
    expect(await worker.messageHandlers.answer({ type: 'answer', answer: done() })).toEqual({ handled: true });
    expect((await logged()).map((e) => e.outcome)).toEqual(['done']);
    expect((await stored()).due).toBeNull();
  });

  it('stopped after saving, before clearing the outbox: the next start finds it handled and only clears it', async () => {
    const worker = await freshWorker();
    await postAnswer(done());
    stopAtNext('remove', `${KEYS.answerOutbox}done-1`);
    await expect(worker.applyAnswer(done())).rejects.toThrow('worker stopped');
    expect(await pendingAnswers()).toHaveLength(1);

    vi.setSystemTime(T0 + 20_000);
    await (await freshWorker()).applyPendingAnswers();
    const s = await stored();
    expect(s.seenAt - s.sitMs).toBe(T0);
    expect(s.answered).toEqual(['done-1']);
    expect((await logged()).map((e) => e.outcome)).toEqual(['done']);
    expect(await pendingAnswers()).toEqual([]);
  });

  it('stopped after saving, before its effects: the answer asked again redoes them (the badge), snoozed once', async () => {
    await fakeBrowser.action.setBadgeText({ text: '!' });
    const snooze: Answer = { id: 'snooze-1', breakId: 1, at: T0, action: { type: 'snooze' } };
    await postAnswer(snooze);
    // The worker stops while setting the badge, after the save: nothing after it happens.
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockReturnValueOnce(new Promise(() => undefined) as never);
    void (await freshWorker()).applyAnswer(snooze);
    await vi.waitFor(async () => expect((await stored()).snoozedUntil).not.toBeNull(), LAZY);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    expect(await pendingAnswers()).toHaveLength(1);

    // The page asks again; a fresh worker takes it.
    await (await freshWorker()).messageHandlers.answer({ type: 'answer', answer: snooze });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('5');
    expect((await logged()).map((e) => e.outcome)).toEqual(['snoozed']);
    expect((await stored()).snoozesInRow).toBe(1);
    expect(await pendingAnswers()).toEqual([]);
  });

  it('a Done for a break no longer due is heard (its outbox entry cleared) and changes nothing; garbage in the outbox is removed', async () => {
    const worker = await freshWorker();
    await worker.applyAnswer({ ...done('skip-1'), action: { type: 'skip' } });
    const after = await stored();
    await postAnswer(done('late-done'));
    await fakeBrowser.storage.local.set({ [`${KEYS.answerOutbox}junk`]: { id: 'junk', action: 'explode' }, [`${KEYS.answerOutbox}other`]: done('not-other') });
    await worker.applyPendingAnswers();
    expect(await pendingAnswers()).toEqual([]);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith(KEYS.answerOutbox))).toEqual([]);
    expect((await logged()).map((e) => e.outcome)).toEqual(['skipped']);
    expect((await stored()).answered).toEqual(['skip-1', 'late-done']);
    expect((await stored()).sitMs).toBe(after.sitMs);
  });

  it('the window closed while its Done is still in the outbox: the Done counts, not the close', async () => {
    const worker = await freshWorker();
    await fakeBrowser.storage.session.set({ [KEYS.breakWindow]: { windowId: 5, breakId: 1 } });
    await postAnswer(done());
    await worker.onWindowRemoved(5);
    expect((await logged()).map((e) => e.outcome)).toEqual(['done']);
  });

  it("the notification's Snooze clicked twice (or again after a restart): snoozed once, the notification cleared", async () => {
    const clear = vi.fn(async () => true);
    Object.assign(fakeBrowser, { notifications: { getAll: async () => ({ 'limber-break:1:1': {} }), clear } });
    const worker = await freshWorker();
    await worker.snoozeFromNotification(1);
    await (await freshWorker()).snoozeFromNotification(1);
    expect((await logged()).map((e) => e.outcome)).toEqual(['snoozed']);
    expect((await stored()).snoozesInRow).toBe(1);
    expect(clear).toHaveBeenCalledWith('limber-break:1:1');
    expect(await pendingAnswers()).toEqual([]);
  });
});

describe('a worker starting with an answer in the outbox', () => {
  it('applies the answer before the alarm that woke it: a snoozed break is not shown again', async () => {
    // Break 1's window has been up 3 minutes, so an alarm now would show it again (the one repeat).
    const state = await stored();
    await fakeBrowser.storage.local.set({ [KEYS.schedule]: { ...state, due: { ...state.due!, shownAt: T0 - 3 * MIN } } });
    await postAnswer({ id: 'snooze-1', breakId: 1, at: T0 - 1000, action: { type: 'snooze' } });
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    // The fake browser has no idle or command events.
    vi.spyOn(fakeBrowser.idle.onStateChanged, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.idle, 'setDetectionInterval').mockImplementation(() => undefined as never);
    vi.resetModules();
    const background = (await import('../../../../entrypoints/background/index')).default;
    background.main();
    await fakeBrowser.alarms.onAlarm.trigger({ name: WAKE_ALARM, scheduledTime: T0 });
    await vi.waitFor(async () => expect(await pendingAnswers()).toEqual([]), LAZY);
    await vi.waitFor(async () => expect((await stored()).snoozedUntil).not.toBeNull(), LAZY);
    expect(create).not.toHaveBeenCalled();
    expect((await logged()).map((e) => e.outcome)).toEqual(['snoozed']);
  });
});

describe('"Another stretch" and "Stretch now" asked again', () => {
  it('the same request gives the same stretch and advances the rotation once, even asked late (after other takes)', async () => {
    const first = await takeNextExercise(DEFAULT_SETTINGS, 'req-1');
    expect(await takeNextExercise(DEFAULT_SETTINGS, 'req-1')).toBe(first);
    const second = await takeNextExercise(DEFAULT_SETTINGS, 'req-2');
    const forAWindow = await takeNextExercise(DEFAULT_SETTINGS);
    expect(new Set([first, second, forAWindow]).size).toBe(3);
    // A copy of the first request, still on its way when the others were answered.
    expect(await takeNextExercise(DEFAULT_SETTINGS, 'req-1')).toBe(first);
    const rotation = (await fakeBrowser.storage.local.get(KEYS.rotation))[KEYS.rotation] as { last: string };
    expect(rotation.last).toBe(forAWindow);
  });
});
