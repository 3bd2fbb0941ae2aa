import type { PictureSpec } from '../../core/pictures/pose';

/**
 * On a chair, close on the upper body, seen from the side the head turns to: sitting tall, one hand holding
 * the seat; then the head turns toward the other armpit and bows, nose to the armpit, the free hand
 * resting on the back of the head for its weight only.
 */
const sitting = { at: [0, 31], legL: { flex: 84, knee: 78, ankle: 7, abduct: 6 }, legR: { flex: 84, knee: 78, ankle: 7, abduct: 6 } } as const;
const holdingSeat = { flex: -4, abduct: 14, elbow: 8, wrist: 20 } as const;

export const levatorScapulaeStretch: PictureSpec = {
  camera: { yaw: 150, pitch: 5 },
  focus: { around: ['head', 'shoulderL', 'shoulderR', 'elbowL', 'waist'], margin: 5 },
  props: [{ kind: 'floor' }, { kind: 'chair', at: [-3, 0] }],
  keyframes: [
    { ...sitting, armR: holdingSeat, armL: { flex: 14, elbow: 62, abduct: 6 } },
    { ...sitting, neck: { twist: -45, flex: 50 }, head: { flex: 10 }, armR: holdingSeat,
      armL: { flex: 157, abduct: 26, rotate: 74, elbow: 117, pronate: 79, wrist: 48 } },
  ],
  still: 1,
  arrow: { joint: 'nose', bend: -0.3, shift: [-9, 0], length: 10 },
};
