/** The toolbar badge: minutes to the next break, "!" when one is due. */
import { browser } from 'wxt/browser';
import type { Badge, BadgeTone } from '../core/schedule-types';

const COLOURS: Record<BadgeTone, string> = {
  counting: '#2f6f5e',
  due: '#c2410c',
  paused: '#6b7280',
  idle: '#6b7280',
};

const action = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

let shown: string | null = null;

export async function showBadge(badge: Badge): Promise<void> {
  const key = `${badge.text}|${badge.tone}`;
  if (key === shown) return;
  await action().setBadgeText({ text: badge.text });
  await action().setBadgeBackgroundColor({ color: COLOURS[badge.tone] });
  shown = key;
}
