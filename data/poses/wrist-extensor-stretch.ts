import type { PictureSpec } from '../../core/pictures/pose';

/**
 * Close on the forearms and hands, seen from the side of the stretching arm and a little above:
 * that arm straight ahead, palm down, the other hand ready over it; then the hand drops, fingers
 * soft, and the other hand presses its back gently toward the body.
 */
const standing = { at: [0, 53.2] } as const;
const reaching = { flex: 85, abduct: -30, pronate: 180 } as const;

export const wristExtensorStretch: PictureSpec = {
  camera: { yaw: 15, pitch: 20 },
  focus: { around: ['elbowR', 'handR', 'handL', 'wristL'], margin: 3 },
  props: [],
  keyframes: [
    { ...standing, armR: { ...reaching, hand: 'open' }, armL: { flex: 100, abduct: -25, rotate: -89, elbow: 50, pronate: -90, wrist: 60, hand: 'open' } },
    { ...standing, armR: { ...reaching, wrist: 80, hand: 'open' }, armL: { flex: 85, abduct: 13, rotate: 74, elbow: 41, pronate: 112, wrist: 81, hand: 'open' } },
  ],
  still: 1,
  arrow: { joint: 'handR', length: 10, bend: 0.3, shift: [6, 0] },
};
