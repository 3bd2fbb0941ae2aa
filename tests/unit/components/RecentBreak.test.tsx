// @vitest-environment happy-dom
/** The popup's word on the last break: a natural break counted, and the skipped stretch on offer. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage } from '../english-messages';
import { RecentBreak } from '../../../components/RecentBreak';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
});
afterEach(cleanup);

const NOW = new Date(2026, 10, 25, 10, 0).getTime();

describe('RecentBreak', () => {
  it('says a natural break was counted, or a break the user reported', () => {
    const natural = render(<RecentBreak state={{ naturalBreak: { at: NOW - 60_000, reported: false }, skipped: null }} now={NOW} onStretchSkipped={() => undefined} />);
    expect(natural.getByTestId('natural-break').textContent).toMatch(/^Natural break counted at 9:59.*: your time away started the count over\.$/);
    cleanup();
    const told = render(<RecentBreak state={{ naturalBreak: { at: NOW, reported: true }, skipped: null }} now={NOW} onStretchSkipped={() => undefined} />);
    expect(told.getByTestId('natural-break').textContent).toMatch(/^Break counted at 10:00.*: the count started over\.$/);
  });

  it('offers the skipped stretch for 10 minutes, then no more', () => {
    const onStretch = vi.fn();
    const skipped = { at: NOW, exerciseId: 'cobra' };
    const soon = render(<RecentBreak state={{ naturalBreak: null, skipped }} now={NOW + 9 * 60_000} onStretchSkipped={onStretch} />);
    fireEvent.click(soon.getByTestId('stretch-skipped'));
    expect(onStretch).toHaveBeenCalledTimes(1);
    cleanup();
    const late = render(<RecentBreak state={{ naturalBreak: null, skipped }} now={NOW + 10 * 60_000} onStretchSkipped={onStretch} />);
    expect(late.container.textContent).toBe('');
  });
});
