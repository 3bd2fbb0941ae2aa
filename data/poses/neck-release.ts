import type { PictureSpec } from '../../core/pictures/pose';

/** On a chair, seen from the front: head level, then one ear tipped toward its shoulder, that hand resting on the head. */
const sitting = { at: [0, 31], legL: { flex: 84, knee: 78, ankle: 7, abduct: 6 }, legR: { flex: 84, knee: 78, ankle: 7, abduct: 6 } } as const;
const handOnThigh = { flex: 14, elbow: 62, abduct: 6 } as const;

export const neckRelease: PictureSpec = {
  camera: { yaw: 68, pitch: 8 },
  props: [{ kind: 'floor' }, { kind: 'chair', at: [-3, 0] }],
  keyframes: [
    { ...sitting, armL: handOnThigh, armR: handOnThigh },
    { ...sitting, neck: { side: 38 }, armL: { flex: 0, abduct: 14, elbow: 10 },
      armR: { flex: 100, abduct: 70, elbow: 140, rotate: -20 } },
  ],
  still: 1,
  arrow: { joint: 'head', bend: 0.3, shift: [0, 8] },
};
