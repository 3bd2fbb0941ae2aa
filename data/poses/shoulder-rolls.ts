import type { PictureSpec } from '../../core/pictures/pose';

/**
 * Close on the head and shoulders, seen from the front and side: arms hanging loose, the shoulders
 * lift toward the ears, circle back, and settle down again.
 */
const standing = { at: [0, 53.2] } as const;
const loose = { flex: 2, abduct: 4 } as const;
const arms = (shrug: number, retract: number) => ({ armL: { ...loose, shrug, retract }, armR: { ...loose, shrug, retract } });

export const shoulderRolls: PictureSpec = {
  camera: { yaw: 72, pitch: 6 },
  focus: { around: ['head', 'shoulderL', 'shoulderR', 'elbowR', 'elbowL'], margin: 5 },
  props: [],
  keyframes: [
    { ...standing, ...arms(0, -1.5) },
    { ...standing, ...arms(6.5, 0) },
    { ...standing, ...arms(3, 4) },
    { ...standing, ...arms(-1.5, 1.5) },
  ],
  still: 1,
  arrow: { joint: 'shoulderR', bend: 0.7, shift: [-5, 3], length: 11 },
};
