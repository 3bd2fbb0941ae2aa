import type { PictureSpec } from '../../core/pictures/pose';

/**
 * Close on the forearms and hands, seen from in front and to the left, from above enough that the
 * upturned palm shows: the stretching arm straight ahead, palm up, the other hand cupped beneath it;
 * then the hand bends down and back, so its palm faces the viewer with the fingers pointing down, and
 * the other hand, reaching across, holds the fingers and eases them toward the body. (The extensor
 * stretch is drawn from the same side, showing the back of the hand and its knuckles instead.)
 */
const standing = { at: [0, 53.2] } as const;
const reaching = { flex: 85, abduct: 0, hand: 'open' } as const;

export const wristFlexorStretch: PictureSpec = {
  camera: { yaw: 120, pitch: 20 },
  focus: { around: ['elbowR', 'handR', 'handL'], margin: 5.5 },
  props: [],
  keyframes: [
    { ...standing, armR: reaching, armL: { flex: 50, abduct: -20, elbow: 60, pronate: 60, hand: 'cup' } },
    { ...standing, armR: { ...reaching, wrist: -85 }, armL: { flex: 67, abduct: -34, elbow: 10, pronate: 160, wrist: 30, hand: 'cup' } },
  ],
  still: 1,
  arrow: { joint: 'handR', length: 10, bend: 0.3, shift: [6, 0] },
};
