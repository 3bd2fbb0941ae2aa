import type { PictureSpec } from '../../core/pictures/pose';

/** On all fours, seen from the side: the back rounds up (cat, breathing out), then sinks (cow, breathing in). */
const knees = { at: [0, 3.3], anchor: 'kneeR' } as const;
const shins = { knee: 90, ankle: 80 } as const;
const hands = { wrist: 80 } as const;

export const catCow: PictureSpec = {
  camera: { yaw: 18, pitch: 8 },
  props: [{ kind: 'mat', from: -38, to: 48 }],
  keyframes: [
    { ...knees, lean: 47, lumbar: { flex: 20 }, chest: { flex: 22 }, neck: { flex: 45 },
      legL: { ...shins, flex: 44 }, legR: { ...shins, flex: 44 }, armL: { ...hands, flex: 92 }, armR: { ...hands, flex: 92 } },
    { ...knees, lean: 105, lumbar: { flex: -18 }, chest: { flex: -14 }, neck: { flex: -35 },
      legL: { ...shins, flex: 102 }, legR: { ...shins, flex: 102 }, armL: { ...hands, flex: 76 }, armR: { ...hands, flex: 76 } },
  ],
  still: 0,
  arrow: { joint: 'waist', bend: -0.25, shift: [2, 16] },
};
