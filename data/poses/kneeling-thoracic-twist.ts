import type { PictureSpec } from '../../core/pictures/pose';

/**
 * On all fours, seen from the side of the moving arm: that hand behind the head, the elbow sweeps
 * down toward the other arm, then opens up to the ceiling with the head turning to follow it.
 */
const allFours = { at: [0, 3.3], anchor: 'kneeR', legL: { flex: 77, knee: 90, ankle: 80 }, legR: { flex: 77, knee: 90, ankle: 80 } } as const;

export const kneelingThoracicTwist: PictureSpec = {
  camera: { yaw: 24, pitch: 14 },
  props: [{ kind: 'mat', from: -38, to: 48 }],
  keyframes: [
    { ...allFours, lean: 86, chest: { twist: -22 }, neck: { twist: -15, flex: 20 },
      armL: { flex: 88, abduct: -8, wrist: 80 }, armR: { flex: 40, abduct: 75, rotate: -70, elbow: 140 } },
    { ...allFours, lean: 80, lumbar: { twist: 10 }, chest: { twist: 50 }, neck: { twist: 40 },
      armL: { flex: 76, abduct: 14, wrist: 80 }, armR: { flex: 10, abduct: 95, rotate: -80, elbow: 135 } },
  ],
  still: 1,
  arrow: { joint: 'elbowR', bend: 0.35, shift: [6, 0] },
};
