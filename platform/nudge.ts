/**
 * How a due break reaches the user, by the chosen nudge style: the break window, the toolbar
 * popup, a system notification or the badge alone. The badge is always set by its own effect, so
 * a notification swallowed by an OS focus mode still leaves the badge.
 */
import type { NudgeStyle, Settings } from '../core/settings';
import type { NudgeEffect } from '../core/schedule-types';
import { breakCard, cardSettingsOf } from '../core/break-card';
import { showBreakWindow } from './break-window';
import { canNotify, clearBreakNotifications, showBreakNotification } from './notifications';
import { openInToolbarPopup } from './toolbar-popup';

/** The style to try: the repeat of an unanswered nudge is one step more visible (the window). */
export function styleFor(chosen: NudgeStyle, attempt: 0 | 1 = 0): NudgeStyle {
  return attempt === 1 && chosen !== 'window' ? 'window' : chosen;
}

/** Calls `pick` at most once, so a fallback does not advance the rotation twice. */
function once(pick: () => Promise<string | null>): () => Promise<string | null> {
  let picked: Promise<string | null> | null = null;
  return () => (picked ??= pick());
}

/** Shows a due break in the user's chosen style; falls back to the window where a style can't. */
export async function showNudge(
  nudge: Pick<NudgeEffect, 'breakId' | 'canSnooze' | 'attempt'> & Partial<Pick<NudgeEffect, 'kind'>>,
  settings: Settings,
  pick: () => Promise<string | null>,
): Promise<NudgeStyle> {
  const pickOnce = once(pick);
  const style = styleFor(settings.nudgeStyle, nudge.attempt ?? 0);
  const kind = nudge.kind ?? 'stretch';
  const card = breakCard(nudge.breakId, nudge.canSnooze, cardSettingsOf(settings), kind);
  if (style === 'badge') return 'badge';
  if (style === 'notification' && (await canNotify()) && (await showBreakNotification(card))) return 'notification';
  if (style === 'popup' && (await openInToolbarPopup(card, pickOnce))) return 'popup';
  if (nudge.attempt === 1) await clearBreakNotifications();
  // A short break is gentle: it never takes focus.
  await showBreakWindow(card, pickOnce, { focused: settings.focusWindow && kind === 'stretch' });
  return 'window';
}
