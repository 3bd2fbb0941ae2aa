import type { PictureSpec } from '../../core/pictures/pose';

/**
 * On a chair, the upper body seen straight from the front, the nose marked so the face shows
 * looking ahead throughout: head level, then one ear tipped toward its shoulder (the face still
 * frontal), that hand reaching over the top of the head to rest on its far side, the other arm long.
 * (The nose-to-armpit stretch is drawn from the side the head turns to, the face turned and bowed.)
 */
const sitting = { at: [0, 31], legL: { flex: 84, knee: 78, ankle: 7, abduct: 6 }, legR: { flex: 84, knee: 78, ankle: 7, abduct: 6 } } as const;
const handOnThigh = { flex: 14, elbow: 62, abduct: 6 } as const;

export const neckRelease: PictureSpec = {
  camera: { yaw: 90, pitch: 8 },
  face: true,
  props: [{ kind: 'floor' }, { kind: 'chair', at: [-3, 0] }],
  keyframes: [
    { ...sitting, armL: handOnThigh, armR: handOnThigh },
    { ...sitting, neck: { side: 35 }, head: { side: 10 }, armL: { abduct: 25, shrug: -1 },
      armR: { abduct: 160, rotate: -90, elbow: 120, wrist: 30 } },
  ],
  still: 1,
  arrow: { joint: 'head', bend: 0.3, shift: [0, 8] },
};
