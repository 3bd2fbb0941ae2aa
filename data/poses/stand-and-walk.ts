import type { PictureSpec } from '../../core/pictures/pose';

/**
 * Seen from the side: sitting at a desk, then standing up beside the chair, turned away from the
 * desk, then striding away from it, arms swinging, one step and the next.
 */
const strideR = {
  lean: 4, legR: { flex: 26, knee: 6, ankle: -7 }, legL: { flex: -18, knee: 20, ankle: -10 },
  armR: { flex: -24, elbow: 15 }, armL: { flex: 28, elbow: 35 },
} as const;
const strideL = {
  lean: 4, legL: { flex: 26, knee: 6, ankle: -7 }, legR: { flex: -18, knee: 20, ankle: -10 },
  armL: { flex: -24, elbow: 15 }, armR: { flex: 28, elbow: 35 },
} as const;

export const standAndWalk: PictureSpec = {
  camera: { yaw: 10, pitch: 6 },
  props: [{ kind: 'floor' }, { kind: 'desk', at: [-58, 0] }, { kind: 'chair', at: [-27, 0], facing: 180 }],
  keyframes: [
    { at: [-30, 31], turn: 180, legL: { flex: 84, knee: 78, ankle: 7 }, legR: { flex: 84, knee: 78, ankle: 7 },
      armL: { flex: 60, elbow: 60 }, armR: { flex: 60, elbow: 60 } },
    { at: [-7, 53.2], armL: { abduct: 3 }, armR: { abduct: 3 } },
    { ...strideR, at: [5, 51] },
    { ...strideL, at: [19, 51] },
  ],
  cycle: 4,
  still: 3,
  arrow: { joint: 'pelvis', from: 1, shift: [-20, 16] },
};
