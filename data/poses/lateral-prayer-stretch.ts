import type { PictureSpec } from '../../core/pictures/pose';

/**
 * Kneeling folded forward, hips on the heels, seen from high above and a little behind on a wide mat:
 * arms long in front, then both hands walked over to the mat's far corner, the body curving into a C.
 */
const folded = {
  at: [0, 4.8], anchor: 'kneeR', lean: 97, neck: { flex: 30 },
  legL: { flex: 138, knee: 135, ankle: 80 }, legR: { flex: 138, knee: 135, ankle: 80 },
} as const;

export const lateralPrayerStretch: PictureSpec = {
  camera: { yaw: -10, pitch: 68 },
  props: [{ kind: 'mat', from: -40, to: 52, z: -19, width: 60 }],
  keyframes: [
    { ...folded, chest: { flex: 10 }, armL: { flex: 174, wrist: 18 }, armR: { flex: 174, wrist: 18 } },
    { ...folded, lumbar: { side: -12 }, chest: { flex: 10, side: -24 }, neck: { flex: 30, side: -10 },
      armL: { flex: 174, wrist: 18, abduct: 0 }, armR: { flex: 174, wrist: 18, abduct: -10 } },
  ],
  still: 1,
  arrow: { joint: 'handR', bend: 0.25, shift: [8, 0] },
};
