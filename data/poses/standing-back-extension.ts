import type { PictureSpec } from '../../core/pictures/pose';

/**
 * Standing, seen square from the side, hands on the lower back, elbows pointing back: upright,
 * then leaning gently back from the waist, the spine arched, the hips pushed a little forward over
 * the feet, the chest and face turned up. The lean back plays first, with the breath pacer's
 * breath in; upright again with the breath out.
 */
const handsOnBack = { flex: -37, abduct: 15, elbow: 74, rotate: 50, wrist: -25 } as const;
const handsStay = { flex: -62, abduct: 18, elbow: 100, rotate: 50, wrist: -40 } as const;
const feet = { abduct: 4 } as const;
const hipsForward = { ...feet, flex: -6, ankle: -6 } as const;

export const standingBackExtension: PictureSpec = {
  camera: { yaw: 20, pitch: 4 },
  props: [{ kind: 'floor' }],
  keyframes: [
    { at: [0, 53.2], armL: handsOnBack, armR: handsOnBack, legL: feet, legR: feet },
    { at: [0, 5.3, 8.3], anchor: 'ankleR', lumbar: { flex: -20 }, chest: { flex: -10 }, neck: { flex: -8 }, lookAt: [40, 128],
      armL: handsStay, armR: handsStay, legL: hipsForward, legR: hipsForward },
  ],
  sequence: [1, 0],
  still: 1,
  arrow: { joint: 'head', bend: 0.35, shift: [-8, 13] },
};
