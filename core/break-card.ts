/**
 * A break's card: the one shape in which every surface shows a break (the break window, the
 * toolbar popup, a system notification), and what the break page is told in its URL: which break,
 * which exercise, whether Snooze is offered, and the few settings the card itself uses. With those
 * in hand the page draws the card, timer running, in its first frame, without waiting on storage.
 * A URL without the settings (an old link, a hand-made one) still works: the page reads them from
 * storage instead.
 */
import { CARD_FIELD_VALIDATORS } from './fields';
import type { Settings } from './settings';
import type { BreakKind } from './schedule-types';

/** The settings the card uses: hold length, the Snooze button's minutes, the chime, how firm it is (absent: gentle). */
export type CardSettings = Pick<Settings, 'holdMultiplier' | 'snoozeMin' | 'sound'> & Partial<Pick<Settings, 'firmness'>>;

export interface BreakCard {
  /** null: a stretch the user started (shortcut, "Stretch now"), not a scheduled break. */
  readonly breakId: number | null;
  readonly canSnooze: boolean;
  /** null: not known yet (not in the URL, or not valid there); the page reads them from storage. */
  readonly settings: CardSettings | null;
  /** The stretch shown; null until the rotation picks one (and when the user enabled none). */
  readonly exerciseId: string | null;
  /** Shown in the toolbar popup rather than a window of its own. */
  readonly inPopup: boolean;
  /** A short eye or posture break; a stretch break (or the user's own stretch) when absent. */
  readonly kind?: BreakKind;
}

/** A card for a break (or the user's own stretch), its exercise still to be picked. */
export function breakCard(breakId: number | null, canSnooze: boolean, settings: CardSettings | null = null, kind: BreakKind = 'stretch'): BreakCard {
  return { breakId, canSnooze, settings, exerciseId: null, inPopup: false, kind };
}

export function cardSettingsOf(settings: Settings): CardSettings {
  return { holdMultiplier: settings.holdMultiplier, snoozeMin: settings.snoozeMin, sound: settings.sound, firmness: settings.firmness };
}

/** The break page's query string (without "?"), e.g. `break=3&exercise=cat-cow&snooze=1&hold=1&snoozeMin=5&sound=0`. */
export function breakPageQuery(card: BreakCard): string {
  const q = new URLSearchParams();
  if (card.breakId !== null) q.set('break', String(card.breakId));
  if (card.exerciseId) q.set('exercise', card.exerciseId);
  q.set('snooze', card.canSnooze ? '1' : '0');
  if (card.settings) {
    q.set('hold', String(card.settings.holdMultiplier));
    q.set('snoozeMin', String(card.settings.snoozeMin));
    q.set('sound', card.settings.sound ? '1' : '0');
    if (card.settings.firmness && card.settings.firmness !== 'gentle') q.set('firm', card.settings.firmness);
  }
  if (card.inPopup) q.set('in', 'popup');
  if (card.kind === 'short') q.set('kind', 'short');
  return q.toString();
}

function cardSettingsFrom(q: URLSearchParams): CardSettings | null {
  const holdMultiplier = CARD_FIELD_VALIDATORS.holdMultiplier(q.get('hold') ?? '');
  const snoozeMin = CARD_FIELD_VALIDATORS.snoozeMin(q.get('snoozeMin') ?? '');
  const sound = q.get('sound');
  // Gentle is left out of the URL (and URLs from before firmness have none).
  const firmness = CARD_FIELD_VALIDATORS.firmness(q.get('firm') ?? 'gentle');
  if (!holdMultiplier.ok || !snoozeMin.ok || !firmness.ok || (sound !== '0' && sound !== '1')) return null;
  return { holdMultiplier: holdMultiplier.value, snoozeMin: snoozeMin.value, sound: sound === '1', firmness: firmness.value };
}

export function parseBreakPageQuery(search: string): BreakCard {
  const q = new URLSearchParams(search);
  const id = Number(q.get('break'));
  return {
    breakId: Number.isInteger(id) && id > 0 ? id : null,
    exerciseId: q.get('exercise'),
    canSnooze: q.get('snooze') !== '0',
    settings: cardSettingsFrom(q),
    inPopup: q.get('in') === 'popup',
    kind: q.get('kind') === 'short' ? 'short' : 'stretch',
  };
}
