import type { PictureSpec } from '../../core/pictures/pose';

/** Kneeling on all fours on a folded blanket, seen from the side; then the hips sink back to the heels, arms long in front, forehead down. */
const knees = { at: [0, 4.8], anchor: 'kneeR' } as const;

export const prayerStretch: PictureSpec = {
  camera: { yaw: 14, pitch: 8 },
  props: [{ kind: 'mat', from: -40, to: 56 }, { kind: 'pad', from: -8, to: 8, height: 3 }],
  keyframes: [
    { ...knees, lean: 80, legL: { flex: 77, knee: 90, ankle: 80 }, legR: { flex: 77, knee: 90, ankle: 80 },
      armL: { flex: 82, wrist: 80 }, armR: { flex: 82, wrist: 80 } },
    { ...knees, lean: 97, chest: { flex: 10 }, neck: { flex: 30 },
      legL: { flex: 138, knee: 135, ankle: 80 }, legR: { flex: 138, knee: 135, ankle: 80 },
      armL: { flex: 174, wrist: 18 }, armR: { flex: 174, wrist: 18 } },
  ],
  still: 1,
  arrow: { joint: 'pelvis', bend: 0.3, shift: [0, 8] },
};
