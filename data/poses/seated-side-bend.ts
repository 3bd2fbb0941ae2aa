import type { PictureSpec } from '../../core/pictures/pose';

/**
 * On a chair, seen from the front: sitting tall, hands on the thighs; then one arm reaches up and
 * over while the upper body bends straight to the other side, that hand sliding down toward the
 * floor, both sit bones staying on the seat.
 */
const sitting = { at: [0, 31], legL: { flex: 84, knee: 78, ankle: 7, abduct: 6 }, legR: { flex: 84, knee: 78, ankle: 7, abduct: 6 } } as const;
const handOnThigh = { flex: 14, elbow: 62, abduct: 6 } as const;

export const seatedSideBend: PictureSpec = {
  camera: { yaw: 80, pitch: 8 },
  props: [{ kind: 'floor' }, { kind: 'chair', at: [-3, 0] }],
  keyframes: [
    { ...sitting, armL: handOnThigh, armR: handOnThigh },
    { ...sitting, lumbar: { side: -12 }, chest: { side: -26 }, neck: { side: -6 },
      armR: { abduct: 172, elbow: 14, rotate: -10 }, armL: { abduct: 12, flex: 4 } },
  ],
  still: 1,
  arrow: { joint: 'handR', bend: -0.35, shift: [0, 0] },
};
