import type { PictureSpec } from '../../core/pictures/pose';

/** On an office chair, seen from the side: sitting tall, then folded forward over the thighs, head and arms hanging. */
const feet = { knee: 78, ankle: 7 } as const;

export const seatedForwardFold: PictureSpec = {
  camera: { yaw: 16, pitch: 6 },
  props: [{ kind: 'floor' }, { kind: 'chair', at: [-3, 0] }],
  keyframes: [
    { at: [0, 31], legL: { ...feet, flex: 84 }, legR: { ...feet, flex: 84 },
      armL: { flex: 12, elbow: 62 }, armR: { flex: 12, elbow: 62 } },
    { at: [0, 31], lean: 42, lumbar: { flex: 22 }, chest: { flex: 24 }, neck: { flex: 25 },
      legL: { ...feet, flex: 126 }, legR: { ...feet, flex: 126 },
      armL: { flex: 80, elbow: 5 }, armR: { flex: 80, elbow: 5 } },
  ],
  still: 1,
  arrow: { joint: 'head', bend: 0.3, shift: [6, 6] },
};
