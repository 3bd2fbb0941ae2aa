import type { PictureSpec } from '../../core/pictures/pose';

/**
 * On a chair, seen from the front and the side of the resting leg: one ankle resting on the other
 * knee, sitting tall, then the chest tipped forward from the hips with the back long, the hands
 * resting on the crossed shin (never pressing the knee down).
 */
const foot = { knee: 78, ankle: 7 } as const;
const crossed = { abduct: 34, rotate: -84, knee: 121 } as const;

export const seatedFigureFour: PictureSpec = {
  camera: { yaw: 140, pitch: 22 },
  props: [{ kind: 'floor' }, { kind: 'chair', at: [-3, 0] }],
  keyframes: [
    { at: [0, 31], legL: { ...foot, flex: 84 }, legR: { ...crossed, flex: 105 },
      armR: { flex: 3, abduct: -4, elbow: 77 }, armL: { flex: 23, abduct: -7, elbow: 50 } },
    { at: [0, 31], lean: 30, legL: { ...foot, flex: 114 }, legR: { ...crossed, flex: 135 },
      armR: { flex: -16, abduct: -14, elbow: 122 }, armL: { flex: 10, abduct: -12, elbow: 104 } },
  ],
  still: 1,
  arrow: { joint: 'head', bend: -0.3, shift: [0, 8] },
};
