// @vitest-environment happy-dom
/**
 * The welcome page on the fake browser: the defaults are shown chosen, each choice is saved as it
 * is made through the settings schema, leaving changes nothing, a stretch can be tried, and the
 * pin hint follows what the browser says.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage } from '../../english-messages';
import { WelcomeApp } from '../../../../entrypoints/welcome/App';
import { EXERCISE_DATA } from '../../../../data/exercises';

const stored = async () => (await fakeBrowser.storage.sync.get('settings')).settings as Record<string, unknown> | undefined;
type View = { getByTestId(id: string): HTMLElement };
const radio = (view: View, group: string, value: string) =>
  view.getByTestId(`choice-${group}`).querySelector(`input[value="${value}"]`) as HTMLInputElement;
const checkedIn = (view: View, group: string) =>
  (view.getByTestId(`choice-${group}`).querySelector('input:checked') as HTMLInputElement | null)?.value;

describe('welcome page', () => {
  let request: ReturnType<typeof vi.fn>;
  let messages: unknown[];
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
    request = vi.fn();
    (fakeBrowser as unknown as { permissions: unknown }).permissions = { request };
    messages = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      messages.push(message);
      const m = message as { type: string };
      const asked = messages.filter((x) => (x as { type: string }).type === 'next-exercise').length;
      if (m.type === 'next-exercise') return Promise.resolve({ exerciseId: asked === 1 ? 'neck-release' : 'seated-twist' });
      if (m.type === 'answer') return Promise.resolve({ handled: true });
      return Promise.resolve({ ok: true });
    });
  });
  afterEach(cleanup);

  async function open() {
    const view = render(<WelcomeApp />);
    await view.findByText('Welcome to Limber');
    return view;
  }

  it('shows the defaults chosen, and closing it writes nothing', async () => {
    const view = await open();
    expect(checkedIn(view, 'interval')).toBe('30');
    expect(checkedIn(view, 'stretches')).toBe('desk');
    expect(checkedIn(view, 'hours')).toBe('any');
    expect(checkedIn(view, 'short')).toBe('off');
    expect(checkedIn(view, 'nudge')).toBe('window');
    expect(view.getByTestId('safety-note').textContent).toContain('never into pain');
    expect(view.getByTestId('rhythm').textContent).toBe('After every 30 minutes of sitting, Limber nudges you. Away from the computer for 5 minutes? That counts as a break.');
    view.unmount();
    await new Promise((r) => setTimeout(r, 50));
    expect(await stored()).toBeUndefined();
  });

  it('saves each choice as it is made, and the page says so', async () => {
    const view = await open();
    fireEvent.click(radio(view, 'interval', '20'));
    await waitFor(async () => expect((await stored())?.intervalMin).toBe(20));
    expect(view.getByTestId('rhythm').textContent).toMatch(/^After every 20 minutes/);
    await waitFor(() => expect(view.getByTestId('saved').textContent).toBe('Saved'));

    fireEvent.click(radio(view, 'stretches', 'floor'));
    await waitFor(async () => expect((await stored())?.enabledExercises).toEqual(EXERCISE_DATA.map((e) => e.id)), { timeout: 4000 });
    fireEvent.click(radio(view, 'hours', 'weekdays'));
    fireEvent.click(radio(view, 'short', 'every'));
    fireEvent.click(radio(view, 'nudge', 'badge'));
    await waitFor(async () => expect(await stored()).toMatchObject({ workDays: [1, 2, 3, 4, 5], workStartMin: 540, workEndMin: 1020, shortBreaks: true, nudgeStyle: 'badge', intervalMin: 20 }), { timeout: 4000 });
    expect(radio(view, 'short', 'every').closest('label')!.textContent).toBe('Every 20 min');
    expect(checkedIn(view, 'nudge')).toBe('badge');

    fireEvent.click(radio(view, 'stretches', 'desk'));
    await waitFor(async () => expect((await stored())?.enabledExercises).toBeNull(), { timeout: 4000 });
  });

  it('the notification style asks for the permission inside the click; refused, it stays with the window and says why', async () => {
    request.mockResolvedValue(false);
    const view = await open();
    fireEvent.click(radio(view, 'nudge', 'notification'));
    expect(request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    await view.findByText('Notifications weren’t allowed, so Limber keeps using a small window.');
    await waitFor(async () => expect((await stored())?.nudgeStyle).toBe('window'));
    expect(checkedIn(view, 'nudge')).toBe('window');
  });

  it('granted, the notification style is saved', async () => {
    request.mockResolvedValue(true);
    const view = await open();
    fireEvent.click(radio(view, 'nudge', 'notification'));
    await waitFor(async () => expect((await stored())?.nudgeStyle).toBe('notification'));
  });

  it('settings synced from elsewhere show as they are: an interval not offered, a custom selection', async () => {
    await fakeBrowser.storage.sync.set({ settings: { version: 1, intervalMin: 25, enabledExercises: ['cat-cow'], workDays: [1, 3], workStartMin: 480, workEndMin: 720 } });
    const view = await open();
    expect(checkedIn(view, 'interval')).toBe('25');
    expect(checkedIn(view, 'stretches')).toBe('custom');
    expect(checkedIn(view, 'hours')).toBe('custom');
  });

  it('try a stretch: a real card from the rotation; Another asks for the next; Done counts it as a break', async () => {
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) { this.open = true; };
    const view = await open();
    fireEvent.click(view.getByTestId('try-stretch'));
    const dialog = await view.findByTestId('try-dialog');
    await waitFor(() => expect(dialog.querySelector('h1')?.textContent).toBe('Side neck stretch'));
    fireEvent.click(view.getByTestId('another'));
    await waitFor(() => expect(dialog.querySelector('h1')?.textContent).toBe('Seated spinal twist'));
    fireEvent.click(view.getByTestId('done'));
    await view.findByTestId('tried');
    expect(messages.filter((m) => (m as { type: string }).type === 'next-exercise')).toHaveLength(2);
    const answers = messages.filter((m) => (m as { type: string }).type === 'answer') as { answer: { breakId: number | null; action: unknown } }[];
    expect(answers.map((m) => [m.answer.breakId, m.answer.action])).toEqual([[null, { type: 'done', exerciseId: 'seated-twist' }]]);
  });

  it('the pin hint explains how to pin until the browser says the button is pinned', async () => {
    let listener: ((s: { isOnToolbar: boolean }) => void) | undefined;
    (fakeBrowser.action as unknown as Record<string, unknown>).getUserSettings = () => Promise.resolve({ isOnToolbar: false });
    (fakeBrowser.action as unknown as Record<string, unknown>).onUserSettingsChanged = {
      addListener: (l: typeof listener) => (listener = l),
      removeListener: () => undefined,
    };
    const view = await open();
    await waitFor(() => expect(view.getByTestId('pin-hint').textContent).toMatch(/then the pin next to Limber/));
    listener!({ isOnToolbar: true });
    await waitFor(() => expect(view.getByTestId('pin-hint').textContent).toMatch(/is on your toolbar/));
  });
});
