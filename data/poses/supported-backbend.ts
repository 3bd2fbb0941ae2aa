import type { PictureSpec } from '../../core/pictures/pose';

/**
 * Lying on the back over a rolled blanket below the shoulder blades, head on a folded blanket,
 * seen from the side and a little above, close on the trunk: the pelvis and straight legs flat on
 * the mat, the chest arched up over the roll and the head back down on the blanket (the shape that
 * tells it from the bridge and the lower back rotation); arms by the sides, then resting open at
 * about 45 degrees, palms up.
 */
const overTheRoll = {
  at: [0, 6.2], lean: -90, lumbar: { flex: 45 }, chest: { flex: -55 }, neck: { flex: -35 },
  legL: { ankle: 25, abduct: 4 }, legR: { ankle: 25, abduct: 4 },
} as const;

export const supportedBackbend: PictureSpec = {
  focus: { around: ['head', 'pelvis', 'kneeR', 'handL', 'handR'], margin: 9 },
  camera: { yaw: 0, pitch: 22 },
  props: [{ kind: 'mat', from: -56, to: 60 }, { kind: 'pad', from: -54, to: -38, height: 4 }, { kind: 'towel', at: [-16, 0], radius: 4.5 }],
  keyframes: [
    { ...overTheRoll, armL: { abduct: 8 }, armR: { abduct: 8 } },
    { ...overTheRoll, armL: { abduct: 45, rotate: -60, elbow: 10 }, armR: { abduct: 45, rotate: -60, elbow: 10 } },
  ],
  still: 1,
  arrow: { joint: 'handR', bend: 0.3, shift: [0, 0] },
};
