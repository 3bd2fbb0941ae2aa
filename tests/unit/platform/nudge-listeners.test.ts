/** The card outside a nudge: a click on the break's notification, its Snooze button, the keyboard shortcut. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { initialState } from '../../../core/schedule';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { nudgeHandlers } from '../../../platform/nudge-listeners';
import { saveSchedule } from '../../../platform/schedule-store';

const NOW = Date.UTC(2026, 10, 25, 9);
const createdUrl = (create: { mock: { calls: unknown[][] } }) => new URL((create.mock.calls[0]![0] as { url: string }).url);

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((name: string) => name) as never);
  (fakeBrowser.runtime as unknown as { getContexts: unknown }).getContexts = async () => [];
});

describe('notification clicks', () => {
  it('the Snooze button snoozes; Start stretch opens the break\'s card, focused', async () => {
    const snooze = vi.fn(async () => undefined);
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    const handlers = nudgeHandlers(snooze);
    await handlers.notificationButtonClicked('limber-break:7:1', 1);
    expect(snooze).toHaveBeenCalledTimes(1);
    expect(create).not.toHaveBeenCalled();
    await handlers.notificationButtonClicked('limber-break:7:1', 0);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]![0]).toMatchObject({ focused: true });
    expect(createdUrl(create).searchParams.get('break')).toBe('7');
  });

  it('a break that may not be snoozed again opens its card even from the Snooze button', async () => {
    const snooze = vi.fn(async () => undefined);
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await nudgeHandlers(snooze).notificationButtonClicked('limber-break:7:0', 1);
    expect(snooze).not.toHaveBeenCalled();
    expect(createdUrl(create).searchParams.get('snooze')).toBe('0');
  });

  it('a click on the notification opens the card; a notification not ours is left alone', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    const handlers = nudgeHandlers(async () => undefined);
    await handlers.notificationClicked('someone-else');
    expect(create).not.toHaveBeenCalled();
    await handlers.notificationClicked('limber-break:9:1');
    expect(createdUrl(create).searchParams.get('break')).toBe('9');
  });
});

describe('the shortcut', () => {
  it('opens the due break\'s card, offering Snooze as the scheduler decides', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    const due = { breakId: 5, kind: 'stretch' as const, since: NOW, shownAt: NOW, attempt: 0 as const };
    await saveSchedule({ ...initialState(NOW), due, snoozesInRow: DEFAULT_SETTINGS.snoozeLimit, lastBreakId: 5 });
    await nudgeHandlers(async () => undefined).command('start-stretch');
    expect(Object.fromEntries(createdUrl(create).searchParams)).toMatchObject({ break: '5', snooze: '0' });
  });

  it('with no break due, opens a stretch of the user\'s own; other commands do nothing', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    const handlers = nudgeHandlers(async () => undefined);
    await handlers.command('something-else');
    expect(create).not.toHaveBeenCalled();
    await handlers.command('start-stretch');
    expect(createdUrl(create).searchParams.has('break')).toBe(false);
    expect(createdUrl(create).searchParams.get('exercise')).toBeTruthy();
  });
});
