import type { PictureSpec } from '../../core/pictures/pose';

/**
 * Close on the arms, seen from in front and to the left, a little above, like the flexor stretch but
 * with the back of the hand toward the viewer, its knuckles marked: the stretching arm straight ahead,
 * palm down (the knuckles on top); then the hand drops, fingers soft, so its back and knuckles face
 * forward; then the other hand comes up and presses the fingers gently toward the body. (The flexor
 * stretch shows the inside of the palm where this one shows the knuckles.)
 */
const standing = { at: [0, 53.2] } as const;
const reaching = { flex: 85, abduct: -15, pronate: 180, hand: 'open' } as const;

export const wristExtensorStretch: PictureSpec = {
  camera: { yaw: 140, pitch: 15 },
  focus: { around: ['elbowR', 'handR', 'handL'], margin: 5.5 },
  knuckles: 'R',
  props: [],
  keyframes: [
    { ...standing, armR: reaching, armL: { flex: 35, abduct: -5, elbow: 55, pronate: 70, hand: 'open' } },
    { ...standing, armR: { ...reaching, wrist: 80 }, armL: { flex: 30, abduct: -5, elbow: 60, pronate: 100, wrist: 10, hand: 'open' } },
    { ...standing, armR: { ...reaching, wrist: 85 }, armL: { flex: 70, abduct: -15, elbow: 0, pronate: 135, wrist: 20, hand: 'open' } },
  ],
  still: 2,
  arrow: { joint: 'handR', from: 0, length: 10, bend: 0.3, shift: [6, 0] },
};
