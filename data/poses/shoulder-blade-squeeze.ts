import type { PictureSpec } from '../../core/pictures/pose';

/**
 * The upper body, seen from behind and a little to one side, with the shoulder blades drawn on the
 * back (round 2's side view read as elbows drawn back, not as a squeeze): standing tall, arms
 * hanging, the blades apart; then the elbows bend and draw back and down, the hands up beside the
 * shoulders, and the blades squeeze together beside the spine, no shrug. A pair of arrows shows
 * both blades moving in and down.
 */
const standing = { at: [0, 53.2] } as const;
const relaxed = { flex: 4, abduct: 6, retract: -1 } as const;
const squeezed = { flex: -25, abduct: 30, rotate: -72, elbow: 118, retract: 3.5, shrug: -1.5 } as const;

export const shoulderBladeSqueeze: PictureSpec = {
  camera: { yaw: -72, pitch: 6 },
  focus: 'upper',
  props: [],
  blades: true,
  keyframes: [
    { ...standing, chest: { flex: 6 }, armL: relaxed, armR: relaxed },
    { ...standing, chest: { flex: -4 }, armL: squeezed, armR: squeezed },
  ],
  still: 1,
  arrow: { joint: 'bladeR', length: 13, both: true, shift: [4, 3] },
};
