import type { PictureSpec } from '../../core/pictures/pose';

/**
 * Kneeling folded forward, hips on the heels, seen from the side and from above enough to see
 * across the mat (straight down from above, the kneeling did not show): first the extended child's
 * pose, arms long in front along the mat; then both hands walked over to the mat's far side, the body
 * curving into a C, and a band along the near side of the ribs where it opens.
 */
const folded = {
  at: [0, 4.8], anchor: 'kneeR', lean: 97, neck: { flex: 30 },
  legL: { flex: 138, knee: 135, ankle: 80 }, legR: { flex: 138, knee: 135, ankle: 80 },
} as const;

export const lateralPrayerStretch: PictureSpec = {
  camera: { yaw: 0, pitch: 45 },
  props: [{ kind: 'mat', from: -40, to: 54, z: -20, width: 64 }],
  keyframes: [
    { ...folded, chest: { flex: 10 }, armL: { flex: 174, wrist: 18 }, armR: { flex: 174, wrist: 18 } },
    { ...folded, lumbar: { side: -12 }, chest: { flex: 10, side: -24 }, neck: { flex: 30, side: -10 },
      armL: { flex: 174, wrist: 18, abduct: 8 }, armR: { flex: 174, wrist: 18, abduct: -8 } },
  ],
  still: 1,
  arrow: { joint: 'handL', bend: 0.25 },
  stretch: { along: ['hipR', 'shoulderR'], trim: 0.1 },
};
