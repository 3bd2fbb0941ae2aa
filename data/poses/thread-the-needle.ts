import type { PictureSpec } from '../../core/pictures/pose';

/**
 * On all fours, seen from behind and above: one arm slides under the other, palm up, along the
 * floor to the far side, and that shoulder and the side of the head come down to the floor.
 */
const knees = { at: [0, 3.3], anchor: 'kneeR' } as const;

export const threadTheNeedle: PictureSpec = {
  camera: { yaw: -150, pitch: 30 },
  props: [{ kind: 'mat', from: -38, to: 48 }],
  keyframes: [
    { ...knees, lean: 80, legL: { flex: 77, knee: 90, ankle: 80 }, legR: { flex: 77, knee: 90, ankle: 80 },
      armL: { flex: 82, wrist: 80 }, armR: { flex: 82, wrist: 80 } },
    { ...knees, lean: 104, lumbar: { twist: -12 }, chest: { twist: -80, flex: 33 }, neck: { twist: -20, side: -19, flex: -28 },
      legL: { flex: 101, knee: 90, ankle: 80 }, legR: { flex: 101, knee: 90, ankle: 80 },
      armL: { flex: 105, abduct: -39, elbow: 81 }, armR: { flex: 121, abduct: -9, elbow: -12 } },
  ],
  still: 1,
  arrow: { joint: 'handR', bend: 0.2, shift: [0, 6] },
};
