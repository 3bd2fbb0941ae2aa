// @vitest-environment happy-dom
/** After an update the popup shows what is new, once: dismissed with a click, gone the next time. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage } from '../../english-messages';
import { PopupApp } from '../../../../entrypoints/popup/App';

describe("popup: what's new", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
    vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([] as never);
  });
  afterEach(cleanup);

  it('shows the new version once, and Got it puts the focus on Stretch now', async () => {
    await fakeBrowser.storage.local.set({ whatsNew: '0.2.0' });
    const first = render(<PopupApp />);
    const note = await first.findByTestId('whats-new');
    expect(note.querySelector('h2')?.textContent).toBe('New in Limber 0.2.0');
    expect(await fakeBrowser.storage.local.get('whatsNew')).toEqual({});
    fireEvent.click(first.getByTestId('whats-new-dismiss'));
    await waitFor(() => expect(first.queryByTestId('whats-new')).toBeNull());
    expect(document.activeElement).toBe(first.getByTestId('stretch-now'));
    cleanup();

    const second = render(<PopupApp />);
    await second.findByTestId('stretch-now');
    await new Promise((r) => setTimeout(r, 50));
    expect(second.queryByTestId('whats-new')).toBeNull();
  });

  it('without an update there is nothing to show', async () => {
    const view = render(<PopupApp />);
    await view.findByTestId('stretch-now');
    await new Promise((r) => setTimeout(r, 50));
    expect(view.queryByTestId('whats-new')).toBeNull();
  });
});
