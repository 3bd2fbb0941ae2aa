/**
 * How a picture moves on the card: its keyframes, each on a layer of its own, cross-faded in a
 * loop (opacity only, so the compositor runs it without waking the page). Pure: the card turns
 * these into Web Animations and keeps them in step with its hold timer.
 */
import { unitSeconds } from '../hold-timer';
import type { Dose } from '../exercise';

export interface PictureMotion {
  /** How many keyframe layers the picture has (its views #k0, #k1, ...). */
  readonly frames: number;
  /** The order the keyframes play in over one cycle, each for an equal share. */
  readonly sequence: readonly number[];
  /** 'unit': one cycle per breath or repetition of the dose; a number: seconds per cycle. */
  readonly cycle: 'unit' | number;
}

/** Where the card's hold timer stands, for its picture to move in step: reported at each start, pause and new phase. */
export interface PictureClock {
  /** False while the timer is paused or finished, and in a rest between sides or rounds (at 0 ms: the first keyframe). */
  readonly running: boolean;
  /** Milliseconds into the current phase at `at` (a Date.now() time). */
  readonly phaseElapsedMs: number;
  readonly at: number;
}

/** Seconds per cycle of a picture whose cycle is free and not given. */
export const DEFAULT_CYCLE_SECONDS = 4;
/** The longest a cross-fade takes. */
const MAX_FADE_MS = 700;

/** One cycle's length for this dose: a breath or repetition when the picture follows the dose's unit. */
export function cycleMs(motion: PictureMotion, dose: Dose): number {
  const unit = motion.cycle === 'unit' ? unitSeconds(dose) : null;
  const seconds = motion.cycle === 'unit' ? unit ?? DEFAULT_CYCLE_SECONDS : motion.cycle;
  return seconds * 1000;
}

export interface OpacityStop {
  readonly offset: number;
  readonly opacity: number;
}

/**
 * Each layer's opacity over one cycle. Each step of the sequence shows its keyframe alone, then
 * fades into the next over its last moments: a keyframe above the one it replaces fades in on
 * top of it; one below appears underneath while the upper fades out. So the picture never shows
 * through to the card in between. Where a value jumps, two stops share an offset.
 */
export function layerOpacities(motion: PictureMotion, cycle: number): OpacityStop[][] {
  const { sequence } = motion;
  const steps = sequence.length;
  const slot = 1 / steps;
  const fade = Math.min(slot * 0.4, MAX_FADE_MS / cycle);
  const value = (layer: number, step: number, progress: number): number => {
    const cur = sequence[step % steps]!;
    const next = sequence[(step + 1) % steps]!;
    if (layer !== cur && layer !== next) return 0;
    if (cur === next || progress <= 0) return layer === cur ? 1 : 0;
    if (progress >= 1) return layer === next ? 1 : 0;
    // Mid-fade: the upper of the two layers fades; the lower stays whole beneath it.
    const upper = Math.max(cur, next);
    if (layer !== upper) return 1;
    return layer === next ? progress : 1 - progress;
  };
  return Array.from({ length: motion.frames }, (_, layer) => {
    const stops: OpacityStop[] = [];
    const push = (at: number, level: number) => {
      const [offset, opacity] = [round(at), round(level)];
      const last = stops[stops.length - 1];
      if (last && last.offset === offset && last.opacity === opacity) return;
      stops.push({ offset, opacity });
    };
    for (let step = 0; step < steps; step++) {
      const start = step * slot;
      const fadeFrom = start + slot - fade;
      const end = start + slot;
      push(start, value(layer, step, 0));
      push(fadeFrom, value(layer, step, 0));
      push(fadeFrom, value(layer, step, JUST));
      push(end, value(layer, step, 1 - JUST));
      push(end, value(layer, step, 1));
    }
    return withoutHeldStops(stops);
  });
}

/** Drops the stops inside a stretch where the value holds (the line through them is flat anyway). */
function withoutHeldStops(stops: readonly OpacityStop[]): OpacityStop[] {
  return stops.filter((s, i) => {
    const before = stops[i - 1];
    const after = stops[i + 1];
    return !before || !after || before.opacity !== s.opacity || after.opacity !== s.opacity || before.offset === s.offset || after.offset === s.offset;
  });
}

const round = (n: number) => Math.round(n * 1e4) / 1e4;
/** A moment into (or before the end of) a fade: where a layer jumps, its value just after (or before). */
const JUST = 1e-9;

/** Where in its cycle a picture is `phaseElapsedMs` into a phase of the timer: each phase starts a cycle. */
export function cycleTime(phaseElapsedMs: number, cycle: number): number {
  return ((phaseElapsedMs % cycle) + cycle) % cycle;
}
