/** The background's answers to the pages: each request becomes one scheduler event (or a rotation step). */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { initialState } from '../../../../core/schedule';
import type { ScheduleState } from '../../../../core/schedule-types';
import { DEFAULT_SETTINGS } from '../../../../core/settings';
import { KEYS } from '../../../../platform/storage-keys';
import type { Answer, AnswerAction } from '../../../../core/answer';

const T0 = Date.UTC(2026, 10, 25, 9);
const MIN = 60_000;
const stored = async () => (await fakeBrowser.storage.local.get(KEYS.schedule))[KEYS.schedule] as ScheduleState;

async function freshBackground() {
  vi.resetModules();
  return import('../../../../entrypoints/background/handlers');
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((name: string) => name) as never);
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => []) as never);
  vi.spyOn(fakeBrowser.windows, 'getAll').mockImplementation((async () => []) as never);
  (fakeBrowser.runtime as unknown as { getContexts: unknown }).getContexts = async () => [];
  // A break is due: 30 minutes sat, nudge shown.
  const due = { breakId: 4, since: T0, shownAt: T0, attempt: 0 as const };
  await fakeBrowser.storage.local.set({ [KEYS.schedule]: { ...initialState(T0 - 30 * MIN), sitMs: 30 * MIN, seenAt: T0, due, lastBreakId: 4 } });
});

/** An answer as the card sends it, for break 4 (the one due), given now. */
const answer = (action: AnswerAction, breakId: number | null = 4): Answer => ({ id: `a-${action.type}`, breakId, at: T0, action });

describe('answers', () => {
  it('Done ends the break and logs the stretch the card showed', async () => {
    const { messageHandlers } = await freshBackground();
    expect(await messageHandlers.answer({ type: 'answer', answer: answer({ type: 'done', exerciseId: 'cobra' }) })).toEqual({ handled: true });
    const { listBreaks } = await import('../../../../platform/history');
    expect((await stored()).due).toBeNull();
    expect((await listBreaks()).entries).toContainEqual({ at: T0, outcome: 'done', sittingMs: 30 * MIN, exerciseId: 'cobra' });
  });

  it('Snooze puts the break off by the snooze minutes', async () => {
    const { messageHandlers } = await freshBackground();
    await messageHandlers.answer({ type: 'answer', answer: answer({ type: 'snooze' }) });
    expect((await stored()).snoozedUntil).toBe(T0 + DEFAULT_SETTINGS.snoozeMin * MIN);
  });

  it('Skip with no stretch on the card logs the break skipped, with no exercise', async () => {
    const { messageHandlers } = await freshBackground();
    await messageHandlers.answer({ type: 'answer', answer: answer({ type: 'skip' }) });
    const { listBreaks } = await import('../../../../platform/history');
    expect((await listBreaks()).entries).toContainEqual({ at: T0, outcome: 'skipped', sittingMs: 30 * MIN });
  });

  it('pause until a time, or until resumed; resume', async () => {
    const { messageHandlers } = await freshBackground();
    await messageHandlers.answer({ type: 'answer', answer: { ...answer({ type: 'pause', until: T0 + 30 * MIN }, null), id: 'p1' } });
    expect((await stored()).paused).toEqual({ until: T0 + 30 * MIN });
    await messageHandlers.answer({ type: 'answer', answer: { ...answer({ type: 'pause', until: null }, null), id: 'p2' } });
    expect((await stored()).paused).toEqual({ until: null });
    await messageHandlers.answer({ type: 'answer', answer: answer({ type: 'resume' }, null) });
    expect((await stored()).paused).toBeNull();
  });

  it('something that is not an answer is not handled, and changes nothing', async () => {
    const { messageHandlers } = await freshBackground();
    const before = await stored();
    expect(await messageHandlers.answer({ type: 'answer', answer: { id: 'x', action: 'explode' } as never })).toEqual({ handled: false });
    expect(await stored()).toEqual(before);
  });
});

describe('the other requests', () => {
  it('next-exercise advances the rotation: two asks, two different stretches; one asked again, the same', async () => {
    const { messageHandlers } = await freshBackground();
    const first = await messageHandlers['next-exercise']({ type: 'next-exercise', requestId: 'r1' });
    const second = await messageHandlers['next-exercise']({ type: 'next-exercise', requestId: 'r2' });
    expect(first.exerciseId).toBeTruthy();
    expect(second.exerciseId).not.toBe(first.exerciseId);
    expect(await messageHandlers['next-exercise']({ type: 'next-exercise', requestId: 'r1' })).toEqual(first);
  });
});

describe('window, idle and settings wiring', () => {
  it('closing the break\'s window dismisses that break; another window changes nothing', async () => {
    await fakeBrowser.storage.session.set({ [KEYS.breakWindow]: { windowId: 77, breakId: 4 } });
    const { onWindowRemoved } = await freshBackground();
    await onWindowRemoved(12);
    expect((await stored()).due).not.toBeNull();
    await onWindowRemoved(77);
    expect((await stored()).due).toBeNull();
  });

  it('maps the idle states to scheduler events', async () => {
    const { idleEvent } = await freshBackground();
    expect(['locked', 'idle', 'active'].map((s) => idleEvent(s).type)).toEqual(['locked', 'idle', 'active']);
  });

  it('sets the browser\'s idle detection from the setting, never below its 15 s floor', async () => {
    const setInterval = vi.fn();
    (fakeBrowser as unknown as { idle: unknown }).idle = { setDetectionInterval: setInterval };
    await fakeBrowser.storage.sync.set({ [KEYS.settings]: { version: 1, idleThresholdMin: 3 } });
    const { applyIdleThreshold } = await freshBackground();
    await applyIdleThreshold();
    expect(setInterval).toHaveBeenCalledWith(180);
  });
});
