import type { PictureSpec } from '../../core/pictures/pose';

/**
 * On a chair, seen from the side, hands holding the seat: one leg straight out with the foot off the
 * floor, the toes pointed away, then pulled back toward the shin. Close on the lower leg and the foot,
 * whose pointing and flexing is the subject (framed on the whole straight leg, it also read as a
 * seated hamstring stretch); the arrow runs both ways, point and flex.
 */
const seated = {
  at: [0, 31], legL: { flex: 84, knee: 78, ankle: 7 },
  armL: { flex: 4, abduct: 12, elbow: 8 }, armR: { flex: 4, abduct: 12, elbow: 8 },
} as const;

export const seatedAnkleStretch: PictureSpec = {
  camera: { yaw: 12, pitch: 8 },
  props: [{ kind: 'floor' }, { kind: 'chair', at: [-3, 0] }],
  focus: { around: ['kneeR', 'ankleR', 'toeR'], margin: 10 },
  keyframes: [
    { ...seated, legR: { flex: 72, knee: 4, ankle: 55 } },
    { ...seated, legR: { flex: 72, knee: 4, ankle: -30 } },
  ],
  still: 1,
  arrow: { joint: 'toeR', bend: -0.5, shift: [5, 0], twoWay: true },
};
