import type { PictureSpec } from '../../core/pictures/pose';

/**
 * On a chair, close on the upper body, seen from the front on the side the head turns to, the nose
 * marked: sitting tall, one hand holding the seat; then the head turns about 45 degrees toward the
 * other armpit and bows, the nose pointing down into it, the free hand resting on the back of the
 * head for its weight only, its elbow up. (The side neck stretch is drawn straight from the front,
 * the face frontal while the head tips sideways.)
 */
const sitting = { at: [0, 31], legL: { flex: 84, knee: 78, ankle: 7, abduct: 6 }, legR: { flex: 84, knee: 78, ankle: 7, abduct: 6 } } as const;
const holdingSeat = { flex: -4, abduct: 14, elbow: 8, wrist: 20 } as const;

export const levatorScapulaeStretch: PictureSpec = {
  camera: { yaw: 125, pitch: 0 },
  focus: { around: ['head', 'shoulderL', 'shoulderR', 'elbowL', 'waist'], margin: 5 },
  face: true,
  props: [{ kind: 'floor' }, { kind: 'chair', at: [-3, 0] }],
  keyframes: [
    { ...sitting, armR: holdingSeat, armL: { flex: 14, elbow: 62, abduct: 6 } },
    { ...sitting, neck: { twist: -45, flex: 40 }, head: { flex: 15 }, armR: holdingSeat,
      armL: { flex: 160, abduct: 35, rotate: 74, elbow: 125, pronate: 79, wrist: 48 } },
  ],
  still: 1,
  arrow: { joint: 'nose', bend: 0.3, length: 10, shift: [4, -3] },
};
