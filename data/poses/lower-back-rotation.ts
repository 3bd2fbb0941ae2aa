import type { PictureSpec } from '../../core/pictures/pose';

/** Lying on the back, seen from above and the side of the feet: knees bent and together, then both knees drop to one side while the shoulders stay flat. */
const legs = { flex: 51, knee: 113, ankle: 28, abduct: -4 } as const;
const arms = { abduct: 65, rotate: -30 } as const;

export const lowerBackRotation: PictureSpec = {
  camera: { yaw: 60, pitch: 45 },
  props: [{ kind: 'mat', from: -48, to: 44 }],
  keyframes: [
    { at: [0, 6.5], lean: -90, legL: legs, legR: legs, armL: arms, armR: arms },
    { at: [0, 6.5], lean: -90, roll: 55, lumbar: { twist: -30 }, chest: { twist: -25 },
      legL: legs, legR: legs, armL: arms, armR: arms },
  ],
  still: 1,
  arrow: { joint: 'kneeR', bend: 0.35, shift: [0, 6] },
};
