// @vitest-environment happy-dom
/** The options page's nudge-style choice: 'notification' asks for the optional permission inside the change. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage } from '../../english-messages';
import { OptionsApp } from '../../../../entrypoints/options/App';
import { MEETING_ORIGINS } from '../../../../data/meeting-sites';
import { DEFAULT_SETTINGS, toStored } from '../../../../core/settings';


const storedStyle = async () => ((await fakeBrowser.storage.sync.get('settings')).settings as { nudgeStyle?: string } | undefined)?.nudgeStyle;

describe('options page: nudge style and the notifications permission', () => {
  let request: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
    request = vi.fn();
    (fakeBrowser as unknown as { permissions: unknown }).permissions = { request };
  });
  afterEach(cleanup);

  async function choose(style: string) {
    const view = render(<OptionsApp />);
    const select = (await view.findByLabelText('How Limber nudges you')) as HTMLSelectElement;
    select.value = style;
    fireEvent.change(select);
    return { view, select };
  }

  it('asks inside the change handler, and keeps the window when refused, saying so', async () => {
    request.mockResolvedValue(false);
    const { view, select } = await choose('notification');
    expect(request).toHaveBeenCalledTimes(1); // synchronously, within the user's gesture
    expect(request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    await view.findByText('Notifications weren’t allowed, so Limber keeps using a small window.');
    await waitFor(async () => expect(await storedStyle()).toBe('window'), { timeout: 4000 });
    expect(select.value).toBe('window');
    expect(select.getAttribute('aria-describedby')).toContain('nudgeStyle-message');
  });

  it('saves the notification style once the permission is granted', async () => {
    request.mockResolvedValue(true);
    await choose('notification');
    await waitFor(async () => expect(await storedStyle()).toBe('notification'), { timeout: 4000 });
  });

  it('treats a failed request as a refusal', async () => {
    request.mockRejectedValue(new Error('This function must be called during a user gesture'));
    const { view } = await choose('notification');
    await view.findByText('Notifications weren’t allowed, so Limber keeps using a small window.');
    await waitFor(async () => expect(await storedStyle()).toBe('window'), { timeout: 4000 });
  });

  it('other styles need no permission', async () => {
    await choose('badge');
    expect(request).not.toHaveBeenCalled();
    await waitFor(async () => expect(await storedStyle()).toBe('badge'), { timeout: 4000 });
  });
});

describe('options page: the pauses the popup offers', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
  });
  afterEach(cleanup);

  const storedPresets = async () => ((await fakeBrowser.storage.sync.get('settings')).settings as { pausePresets?: string[] } | undefined)?.pausePresets;

  it('offers all five by default; unticking one saves the rest in their usual order', async () => {
    const view = render(<OptionsApp />);
    const group = (await view.findByText('Pauses offered in the toolbar popup')).closest('fieldset')!;
    const boxes = [...group.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(boxes.map((b) => [b.dataset.choice, b.checked])).toEqual([
      ['30m', true], ['1h', true], ['2h', true], ['tomorrow', true], ['indefinitely', true],
    ]);
    expect(group.getAttribute('aria-describedby')).toBe('pause-presets-help');
    fireEvent.click(boxes[2]!);
    await waitFor(async () => expect(await storedPresets()).toEqual(['30m', '1h', 'tomorrow', 'indefinitely']), { timeout: 4000 });
  });
});

describe('options page: hold breaks during web meetings', () => {
  let granted: boolean;
  let permissions: { contains: ReturnType<typeof vi.fn>; request: ReturnType<typeof vi.fn>; remove: ReturnType<typeof vi.fn> };
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
    granted = false;
    permissions = {
      contains: vi.fn(async ({ origins }: { origins?: string[] }) => granted && !!origins),
      request: vi.fn(),
      remove: vi.fn(async () => {
        granted = false;
        return true;
      }),
    };
    (fakeBrowser as unknown as { permissions: unknown }).permissions = permissions;
  });
  afterEach(cleanup);

  const storedHold = async () => ((await fakeBrowser.storage.sync.get('settings')).settings as { holdDuringMeetings?: boolean } | undefined)?.holdDuringMeetings;
  const toggle = async () => (await render(<OptionsApp />).findByLabelText('Hold breaks during web meetings')) as HTMLInputElement;
  const message = () => document.querySelector('[data-testid=holdDuringMeetings-message]')?.textContent;

  it('asks for the meeting sites inside the click; refused, nothing changes and it says so', async () => {
    permissions.request.mockResolvedValue(false);
    const box = await toggle();
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(permissions.request).toHaveBeenCalledTimes(1); // synchronously, within the user's gesture
    expect(permissions.request).toHaveBeenCalledWith({ origins: [...MEETING_ORIGINS] });
    await waitFor(() => expect(message()).toBe('Limber wasn’t allowed to see meeting tabs, so nothing changed.'));
    expect(box.checked).toBe(false);
    expect(await storedHold()).toBeUndefined();
  });

  it('granted, the hold is saved and its grace period offered; turned off, the permission is given back', async () => {
    permissions.request.mockImplementation(async () => (granted = true));
    const box = await toggle();
    fireEvent.click(box);
    await waitFor(async () => expect(await storedHold()).toBe(true), { timeout: 4000 });
    expect(box.checked).toBe(true);
    expect(document.querySelector('#meetingGraceMin')).not.toBeNull();
    fireEvent.click(box);
    await waitFor(async () => expect(await storedHold()).toBe(false), { timeout: 4000 });
    expect(permissions.remove).toHaveBeenCalledWith({ origins: [...MEETING_ORIGINS] });
    expect(box.checked).toBe(false);
  });

  it('on, but the permission removed elsewhere: shown off, with a note', async () => {
    await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, holdDuringMeetings: true }) });
    const box = await toggle();
    await waitFor(() => expect(message()).toContain('was removed'));
    expect(box.checked).toBe(false);
  });
});

describe('options page: the user\'s own stretches', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
  });
  afterEach(cleanup);

  async function addStretch(view: ReturnType<typeof render>, name: string) {
    fireEvent.click(await view.findByTestId('own-add'));
    const editor = await view.findByTestId('own-stretch-editor', {}, { timeout: 10_000 });
    const type = (id: string, value: string) => fireEvent.input(editor.querySelector(`#${id}`)!, { target: { value } });
    type('own-name', name);
    type('own-cue-0', 'Press your back into the chair.');
    fireEvent.click(editor.querySelector('[data-testid=own-targets] input[data-choice=lower-back]')!);
    fireEvent.click(view.getByTestId('own-save'));
    await waitFor(() => expect(view.queryByTestId('own-stretch-editor')).toBeNull());
  }
  const ownItems = async (area: 'sync' | 'local') => Object.entries(await fakeBrowser.storage[area].get(null)).filter(([k]) => k.startsWith('own:') || k === 'ownStretches');

  it('a stretch written in the editor is saved to its own sync item, listed, and focus lands on it', async () => {
    const view = render(<OptionsApp />);
    await addStretch(view, 'Chair press');
    const [[key, stored]] = (await ownItems('sync')) as [[string, { id: string; name: string }]];
    expect(key).toBe(`own:${stored.id}`);
    expect(stored).toMatchObject({ v: 1, name: 'Chair press', inRotation: true });
    await waitFor(() => expect(document.activeElement).toBe(view.getByTestId(`own-edit-${stored.id}`)));
    expect(view.getByTestId('saved').getAttribute('data-status')).toBe('saved');
  });

  it('a stretch sync refuses is kept on this device, and the page says so', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const view = render(<OptionsApp />);
    await addStretch(view, 'Chair press');
    expect(await ownItems('sync')).toEqual([]);
    expect(await ownItems('local')).toHaveLength(1);
    await waitFor(() => expect(view.getByTestId('own-note').textContent).toContain('Saved “Chair press” on this device only'));
    expect(view.container.querySelector('[data-testid^=note-own-]')!.textContent).toContain('On this device only');
  });
});
