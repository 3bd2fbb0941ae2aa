import type { PictureSpec } from '../../core/pictures/pose';

/** Lying face down, seen from the side: hands under the shoulders, elbows in; then the chest lifts, hips and legs stay down. */
const prone = { at: [0, 6.2], lean: 90, legL: { ankle: 55 }, legR: { ankle: 55 } } as const;

export const cobra: PictureSpec = {
  camera: { yaw: 14, pitch: 8 },
  props: [{ kind: 'mat', from: -60, to: 44 }],
  keyframes: [
    { ...prone, armL: { flex: -23, elbow: 164, wrist: 23 }, armR: { flex: -23, elbow: 164, wrist: 23 } },
    { ...prone, lumbar: { flex: -28 }, chest: { flex: -12 }, neck: { flex: -15 },
      armL: { flex: 9, elbow: 99, wrist: 29 }, armR: { flex: 9, elbow: 99, wrist: 29 } },
  ],
  still: 1,
  arrow: { joint: 'head', bend: 0.25, shift: [-6, 4] },
};
