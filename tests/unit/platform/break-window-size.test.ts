import { describe, expect, it } from 'vitest';
import { BREAK_WINDOW_SIZE } from '../../../platform/break-window';
import { BREAK_VIEWPORT } from '../../e2e/card-fit';

describe('the break window size', () => {
  it('fits a 1366x768 screen with room to spare for a taskbar and the window frame', () => {
    expect(BREAK_WINDOW_SIZE.width).toBeLessThanOrEqual(1366 / 2);
    // 768 less a 48 px taskbar leaves 720; keep at least 60 px of that free.
    expect(BREAK_WINDOW_SIZE.height).toBeLessThanOrEqual(720 - 60);
  });

  it('is what the end-to-end tests check the cards in: the window less its 40 px title bar', () => {
    expect(BREAK_VIEWPORT).toEqual({ width: BREAK_WINDOW_SIZE.width, height: BREAK_WINDOW_SIZE.height - 40 });
  });
});
