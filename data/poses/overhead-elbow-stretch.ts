import type { PictureSpec } from '../../core/pictures/pose';

/**
 * The upper body, seen from behind: one arm reaches up, then bends so the hand drops down the upper
 * back, the elbow pointing up, while the other arm comes over the head to hold that elbow.
 */
const standing = { at: [0, 53.2] } as const;

export const overheadElbowStretch: PictureSpec = {
  camera: { yaw: -90, pitch: 4 },
  focus: 'upper',
  props: [],
  keyframes: [
    { ...standing, armR: { flex: 172, abduct: 6 }, armL: { abduct: 6, elbow: 8 } },
    { ...standing, neck: { flex: 18 }, armR: { flex: 190, abduct: -16, elbow: 150, rotate: 49, shrug: 2 },
      armL: { flex: 157, abduct: 12, elbow: 97, rotate: 56 } },
  ],
  still: 1,
  arrow: { joint: 'handR', bend: -0.4, shift: [-6, 0] },
};
