import type { PictureSpec } from '../../core/pictures/pose';

/**
 * Close on the head and shoulders, seen from the front and a little above: sitting tall, chin
 * level, the head turns slowly to look over one shoulder, back to the middle, then over the other.
 */
const tall = { at: [0, 53.2], armL: { flex: 4 }, armR: { flex: 4 } } as const;

export const headTurns: PictureSpec = {
  camera: { yaw: 90, pitch: 22 },
  focus: { around: ['head', 'neck', 'shoulderR', 'shoulderL'], margin: 7 },
  props: [],
  keyframes: [
    { ...tall, neck: { twist: -70 } },
    tall,
    { ...tall, neck: { twist: 70 } },
  ],
  sequence: [1, 0, 1, 2],
  still: 2,
  arrow: { joint: 'nose', from: 1, bend: -0.3, shift: [0, 9.5], length: 12 },
};
