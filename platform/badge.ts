/** The toolbar badge: minutes to the next break, "!" when one is due. */
import type { Badge, BadgeTone } from '../core/schedule-types';
import { actionApi } from './browser-apis';

const COLOURS: Record<BadgeTone, string> = {
  counting: '#2f6f5e',
  due: '#c2410c',
  paused: '#6b7280',
  idle: '#6b7280',
};

let shown: string | null = null;

export async function showBadge(badge: Badge): Promise<void> {
  const key = `${badge.text}|${badge.tone}`;
  if (key === shown) return;
  await actionApi().setBadgeText({ text: badge.text });
  await actionApi().setBadgeBackgroundColor({ color: COLOURS[badge.tone] });
  shown = key;
}
