import type { PictureSpec } from '../../core/pictures/pose';

/**
 * Close on the hands and head, seen from the front: both hands raised beside the shoulders, palms
 * to the viewer, the fingers spread as wide as they go; then folded into soft fists, thumbs outside.
 */
const standing = { at: [0, 53.2] } as const;
const closed = { flex: 60, elbow: 110, pronate: 175, wrist: -5 } as const;
const opened = { flex: 60, abduct: 8, elbow: 108, pronate: 175, wrist: -12 } as const;

export const fingerFan: PictureSpec = {
  camera: { yaw: 90, pitch: 4 },
  focus: { around: ['handL', 'handR', 'wristL', 'wristR'], margin: 3 },
  props: [],
  keyframes: [
    { ...standing, armL: { ...opened, hand: 'fan' }, armR: { ...opened, hand: 'fan' } },
    { ...standing, armL: { ...closed, hand: 'fist' }, armR: { ...closed, hand: 'fist' } },
  ],
  still: 0,
  arrow: { joint: 'handR', bend: -0.5, shift: [-8, 1], length: 8 },
};
