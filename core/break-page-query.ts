/**
 * What the break page is told in its URL: which break, which exercise, whether Snooze is offered,
 * and the few settings the card itself uses. With those in hand the page draws the card, timer
 * running, in its first frame, without waiting on storage. A URL without them (an old link, a
 * hand-made one) still works: the page reads the settings from storage instead.
 */
import { validateField, type Settings } from './settings';

/** The settings the card uses: hold length, the Snooze button's minutes, the chime. */
export type CardSettings = Pick<Settings, 'holdMultiplier' | 'snoozeMin' | 'sound'>;

export interface BreakPageParams {
  /** null: a stretch the user started (shortcut, "Stretch now"), not a scheduled break. */
  readonly breakId: number | null;
  readonly exerciseId: string | null;
  readonly canSnooze: boolean;
  /** null: not in the URL (or not valid there); the page reads them from storage. */
  readonly settings: CardSettings | null;
  /** Shown in the toolbar popup rather than a window of its own. */
  readonly inPopup?: boolean;
}

export function cardSettingsOf(settings: Settings): CardSettings {
  return { holdMultiplier: settings.holdMultiplier, snoozeMin: settings.snoozeMin, sound: settings.sound };
}

/** The query string (without "?"), e.g. `break=3&exercise=cat-cow&snooze=1&hold=1&snoozeMin=5&sound=0`. */
export function breakPageQuery(p: BreakPageParams): string {
  const q = new URLSearchParams();
  if (p.breakId !== null) q.set('break', String(p.breakId));
  if (p.exerciseId) q.set('exercise', p.exerciseId);
  q.set('snooze', p.canSnooze ? '1' : '0');
  if (p.settings) {
    q.set('hold', String(p.settings.holdMultiplier));
    q.set('snoozeMin', String(p.settings.snoozeMin));
    q.set('sound', p.settings.sound ? '1' : '0');
  }
  if (p.inPopup) q.set('in', 'popup');
  return q.toString();
}

function cardSettingsFrom(q: URLSearchParams): CardSettings | null {
  const holdMultiplier = validateField('holdMultiplier', q.get('hold') ?? '');
  const snoozeMin = validateField('snoozeMin', q.get('snoozeMin') ?? '');
  const sound = q.get('sound');
  if (!holdMultiplier.ok || !snoozeMin.ok || (sound !== '0' && sound !== '1')) return null;
  return { holdMultiplier: holdMultiplier.value, snoozeMin: snoozeMin.value, sound: sound === '1' };
}

export function parseBreakPageQuery(search: string): BreakPageParams {
  const q = new URLSearchParams(search);
  const id = Number(q.get('break'));
  return {
    breakId: Number.isInteger(id) && id > 0 ? id : null,
    exerciseId: q.get('exercise'),
    canSnooze: q.get('snooze') !== '0',
    settings: cardSettingsFrom(q),
    inPopup: q.get('in') === 'popup',
  };
}
