import type { PictureSpec } from '../../core/pictures/pose';

/**
 * On all fours, seen from in front and to the side of the moving arm, a little above, that hand
 * behind the head in every keyframe (round 2's first keyframe, the elbow tucked under the body,
 * looked like thread the needle's start): the back flat, the elbow out to the side; then the elbow
 * sweeps down toward the other arm; then it opens up to the ceiling, the chest and head turning to
 * follow it.
 */
const allFours = { at: [0, 3.3], anchor: 'kneeR', legL: { flex: 77, knee: 90, ankle: 80 }, legR: { flex: 77, knee: 90, ankle: 80 } } as const;

export const kneelingThoracicTwist: PictureSpec = {
  camera: { yaw: 45, pitch: 20 },
  props: [{ kind: 'mat', from: -38, to: 48 }],
  keyframes: [
    { ...allFours, lean: 84, neck: { flex: 10 }, armL: { flex: 88, wrist: 80 }, armR: { flex: 20, abduct: 160, rotate: -90, elbow: 120 } },
    { ...allFours, lean: 86, chest: { twist: -20 }, neck: { twist: -8, flex: 15 }, armL: { flex: 90, abduct: -3, wrist: 80 },
      armR: { flex: 140, abduct: -10, rotate: 30, elbow: 120 } },
    { ...allFours, lean: 80, lumbar: { twist: 10 }, chest: { twist: 50 }, neck: { twist: 40 }, armL: { flex: 76, abduct: 14, wrist: 80 },
      armR: { flex: 10, abduct: 95, rotate: -80, elbow: 135 } },
  ],
  still: 2,
  arrow: { joint: 'elbowR', from: 1, bend: 0.35, shift: [6, 0] },
};
