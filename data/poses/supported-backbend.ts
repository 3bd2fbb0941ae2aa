import type { PictureSpec } from '../../core/pictures/pose';

/**
 * Lying on the back over a rolled blanket below the shoulder blades, head on a folded blanket, seen
 * from the side and a little above, close on the trunk: the pelvis and straight legs flat on the mat,
 * the chest arched up over the roll and the head back down on the blanket (the shape that tells it
 * from the bridge and the lower back rotation). The roll is long and seen end-on, its spiral showing
 * where it sticks out in front of the body (drawn small and short, round 2's read as a peg); arms by
 * the sides, then resting open at about 45 degrees, palms up.
 */
const overTheRoll = {
  at: [0, 6.2], lean: -90, lumbar: { flex: 55 }, chest: { flex: -70 }, neck: { flex: 10 },
  legL: { ankle: 25, abduct: 4 }, legR: { ankle: 25, abduct: 4 },
} as const;

export const supportedBackbend: PictureSpec = {
  focus: { around: ['head', 'pelvis', 'handL', 'handR'], margin: 5 },
  camera: { yaw: 0, pitch: 20 },
  props: [{ kind: 'mat', from: -50, to: 60 }, { kind: 'pad', from: -44, to: -26, height: 4 }, { kind: 'towel', at: [-7, 0], radius: 5.5, length: 52 }],
  keyframes: [
    { ...overTheRoll, armL: { abduct: 8, flex: -28 }, armR: { abduct: 8, flex: -28 } },
    { ...overTheRoll, armL: { abduct: 45, rotate: -60, elbow: 10, flex: -25 }, armR: { abduct: 45, rotate: -60, elbow: 10, flex: -25 } },
  ],
  still: 1,
  arrow: { joint: 'handR', bend: 0.3 },
};
