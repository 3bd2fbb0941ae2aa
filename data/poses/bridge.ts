import type { PictureSpec } from '../../core/pictures/pose';

/** Lying on the back, seen from the side: knees bent and feet flat, then the hips lift while shoulders and feet stay down. */
const feet = { knee: 113, ankle: 28 } as const;

export const bridge: PictureSpec = {
  camera: { yaw: 14, pitch: 8 },
  props: [{ kind: 'mat', from: -48, to: 44 }],
  keyframes: [
    { at: [0, 6.5], lean: -90, legL: { ...feet, flex: 51 }, legR: { ...feet, flex: 51 } },
    { at: [-2.8, 18.8], lean: -87.5, lumbar: { flex: -42 }, chest: { flex: 14.6 }, neck: { flex: 46 },
      legL: { flex: 23.4, knee: 96, ankle: 16 }, legR: { flex: 23.4, knee: 96, ankle: 16 },
      armL: { flex: -28 }, armR: { flex: -28 } },
  ],
  cycle: 6,
  still: 1,
  arrow: { joint: 'pelvis', shift: [-10, -3] },
};
