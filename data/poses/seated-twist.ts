import type { PictureSpec } from '../../core/pictures/pose';

/**
 * On a chair, seen from the front and side: sitting tall facing forward (breathing in), then the
 * chest and head turn to one side, a hand on the chair back, the other on the outside of the knee
 * (breathing out).
 */
const sitting = { at: [0, 31], legL: { flex: 84, knee: 78, ankle: 7 }, legR: { flex: 84, knee: 78, ankle: 7 } } as const;

export const seatedTwist: PictureSpec = {
  camera: { yaw: 12, pitch: 8 },
  props: [{ kind: 'floor' }, { kind: 'chair', at: [-3, 0] }],
  keyframes: [
    { ...sitting, armL: { flex: 14, elbow: 62 }, armR: { flex: 14, elbow: 62 } },
    { ...sitting, lumbar: { twist: 15 }, chest: { twist: 45 }, neck: { twist: 30 },
      armR: { flex: 50, abduct: 23, elbow: 100, rotate: 194 }, armL: { flex: 6, abduct: 9, elbow: 55 } },
  ],
  still: 1,
  arrow: { joint: 'handR', bend: 0.3, shift: [0, 6] },
};
