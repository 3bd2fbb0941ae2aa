import { useEffect, useRef, useState } from 'preact/hooks';
import type { Dose } from '../core/exercise';
import type { PictureClock } from '../core/pictures/motion';
import { ILLUSTRATION_URLS } from '../data/illustrations';
import { PICTURE_MOTION } from '../data/picture-motion';
import { onUse } from './lazy';
import './Illustration.css';

export interface IllustrationProps {
  readonly exerciseId: string;
  readonly alt: string;
  /** Height and width, px. */
  readonly size?: number;
  /** Drawn the other way round: the second side of a per-side stretch. */
  readonly mirrored?: boolean;
  /** Moves through its keyframes in step with this timer (with the dose, for pictures that follow its breaths or repetitions). */
  readonly dose?: Dose;
  readonly clock?: PictureClock | null;
  /** Only the stretch, standing still with its motion arrow (the picker's small pictures). */
  readonly still?: boolean;
}

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The cross-fade's code: only a moving picture needs it, after the card's first paint. */
const useMotionCode = onUse(() => import('../core/pictures/motion'));

/**
 * The exercise's picture. A drawn picture (data/poses/) shows each keyframe on a layer of its own
 * and cross-fades them with compositor-run animations, in step with the card's timer; under
 * reduced motion it shows the stretch still, with an arrow. Its colours follow the theme from the
 * SVG's own stylesheet. Its layers are added after the first paint, so fetching the SVG never
 * delays the card, and so is the code that moves them (a chunk of its own, loaded on use: never
 * for a still picture). It is mirrored for the second side of a stretch. An id with no drawn
 * picture (none in data/picture-motion.ts) shows none.
 */
export function Illustration({ exerciseId, alt, size = 120, mirrored = false, dose, clock = null, still = false }: IllustrationProps) {
  const url = ILLUSTRATION_URLS[exerciseId];
  const motion = PICTURE_MOTION[exerciseId];
  const [reduced] = useState(reducedMotion);
  // The layers come after the card's first paint: loading the SVG then is not on the way to it.
  const [painted, setPainted] = useState(false);
  useEffect(() => setPainted(true), []);
  const layers = useRef<(HTMLImageElement | null)[]>([]);
  const animations = useRef<Animation[]>([]);
  const moving = painted && !!motion && !!dose && !still && !reduced;
  const code = useMotionCode(moving);
  const cycle = code && motion && dose ? code.cycleMs(motion, dose) : 0;

  useEffect(() => {
    if (!moving || !motion || !code) return;
    const stops = code.layerOpacities(motion, cycle);
    animations.current = layers.current.flatMap((el, i) =>
      el && typeof el.animate === 'function' ? [el.animate(stops[i]!.map((s) => ({ offset: s.offset, opacity: s.opacity })), { duration: cycle, iterations: Infinity })] : []);
    for (const a of animations.current) a.pause();
    return () => {
      for (const a of animations.current) {
        a.finished.catch(() => undefined); // cancelling rejects it
        a.cancel();
      }
      animations.current = [];
    };
  }, [exerciseId, moving, cycle, code]);

  useEffect(() => {
    if (!clock || !code) return;
    const elapsed = clock.phaseElapsedMs + (clock.running ? Date.now() - clock.at : 0);
    for (const a of animations.current) {
      a.currentTime = code.cycleTime(elapsed, cycle);
      if (clock.running) a.play();
      else a.pause();
    }
  }, [clock, exerciseId, moving, cycle, code]);

  if (!url || !motion) return null;
  const box = { width: `${size}px`, height: `${size}px` };
  const views = !painted ? [] : moving ? Array.from({ length: motion.frames }, (_, i) => `k${i}`) : ['still'];
  return (
    <div class="illustration" role="img" aria-label={alt} style={box} data-mirrored={mirrored} data-moving={moving}>
      {views.map((view, i) => (
        <img key={view} ref={(el) => void (layers.current[i] = el)} src={`${url}#${view}`} alt="" draggable={false} decoding="async" />
      ))}
    </div>
  );
}
