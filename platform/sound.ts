/**
 * A soft chime, generated with WebAudio (no files, no network). Played from the page when it can;
 * otherwise (a page whose audio the browser holds back, or no page at all) through Chrome's
 * offscreen document, made for audio playback. Firefox has no offscreen API: there the page or
 * the background page plays it directly.
 */
import { browser } from 'wxt/browser';
import type { ChimeKind } from '../core/hold-timer';
import { getContextsApi, offscreenApi, type OffscreenApi } from './browser-apis';
import { sendChime } from './messages';

export const OFFSCREEN_PAGE = '/offscreen.html';

/** Notes of each chime in Hz: one for "switch sides", a rising pair for "done". */
export const CHIME_NOTES: Readonly<Record<ChimeKind, readonly number[]>> = {
  switch: [659.25],
  done: [587.33, 880],
};
const NOTE_GAP_S = 0.2;
const NOTE_LENGTH_S = 1.1;
const PEAK_GAIN = 0.12;

/** Schedules the chime's notes on an audio context: a quick, soft attack and a long decay. */
export function scheduleChime(ctx: BaseAudioContext, kind: ChimeKind, at = ctx.currentTime): number {
  CHIME_NOTES[kind].forEach((freq, i) => {
    const start = at + i * NOTE_GAP_S;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(PEAK_GAIN, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + NOTE_LENGTH_S);
    osc.connect(gain).connect(ctx.destination);
    osc.start(start);
    osc.stop(start + NOTE_LENGTH_S + 0.05);
  });
  return (CHIME_NOTES[kind].length - 1) * NOTE_GAP_S + NOTE_LENGTH_S;
}

let context: AudioContext | null = null;

/** Plays here if this context may make sound right now; false if the browser holds audio back. */
async function playHere(kind: ChimeKind): Promise<boolean> {
  if (typeof AudioContext === 'undefined') return false;
  try {
    context ??= new AudioContext();
    if (context.state !== 'running') {
      // resume() stays pending until the page may play sound: give it a moment, no more.
      await Promise.race([context.resume(), new Promise((r) => setTimeout(r, 250))]);
    }
    if (context.state !== 'running') return false;
    scheduleChime(context, kind);
    return true;
  } catch {
    return false;
  }
}


let creating: Promise<void> | null = null;

/** Makes sure the one offscreen document exists (Chrome allows one at a time). */
async function ensureOffscreen(api: OffscreenApi): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_PAGE as '/offscreen.html');
  const getContexts = getContextsApi();
  if (getContexts && (await getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] })).length > 0) return;
  creating ??= api
    .createDocument({ url, reasons: ['AUDIO_PLAYBACK'], justification: 'Soft chime at switch sides and at the end of a stretch.' })
    .catch((e: unknown) => {
      if (!String(e).includes('single offscreen')) throw e;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/** Through Chrome's offscreen document; false where there is none (Firefox) or it failed. */
export async function playOffscreen(kind: ChimeKind): Promise<boolean> {
  const api = offscreenApi();
  if (!api) return false;
  try {
    await ensureOffscreen(api);
    await sendChime(kind);
    return true;
  } catch (e) {
    console.warn('Limber: chime failed', e);
    return false;
  }
}

export type ChimeRoute = 'page' | 'offscreen' | 'none';

/** Plays the chime the best way available here. */
export async function chime(kind: ChimeKind): Promise<ChimeRoute> {
  if (await playHere(kind)) return 'page';
  if (await playOffscreen(kind)) return 'offscreen';
  return 'none';
}
