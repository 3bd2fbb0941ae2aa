import type { PictureSpec } from '../../core/pictures/pose';

/**
 * On a chair, seen from the side, hands holding the seat: one leg straight out with the foot off the
 * floor, the toes pointed away, then pulled back toward the shin.
 */
const seated = {
  at: [0, 31], legL: { flex: 84, knee: 78, ankle: 7 },
  armL: { flex: 4, abduct: 12, elbow: 8 }, armR: { flex: 4, abduct: 12, elbow: 8 },
} as const;

export const seatedAnkleStretch: PictureSpec = {
  camera: { yaw: 12, pitch: 8 },
  props: [{ kind: 'floor' }, { kind: 'chair', at: [-3, 0] }],
  // Close on the raised leg, from the seat to the toes: the foot's motion is the subject.
  focus: { around: ['pelvis', 'kneeR', 'ankleR', 'toeR'], margin: 5 },
  keyframes: [
    { ...seated, legR: { flex: 78, knee: 6, ankle: 45 } },
    { ...seated, legR: { flex: 78, knee: 6, ankle: -25 } },
  ],
  still: 1,
  arrow: { joint: 'toeR', bend: -0.5, shift: [5, 0] },
};
