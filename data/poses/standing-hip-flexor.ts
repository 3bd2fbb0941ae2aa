import type { PictureSpec } from '../../core/pictures/pose';

/**
 * Standing beside a desk, seen from the side, the far hand on it and the other on the hip: standing
 * tall, then one leg stepped back with its heel up, the pelvis tucked under and shifted forward
 * over a clearly bent front knee, the back knee soft, the body upright; the arrow in front of the
 * hips shows them shifting forward (the calf stretch leans into the desk, its back heel down).
 */
const onHip = { flex: -20, abduct: 38, elbow: 88, rotate: 51 } as const;

export const standingHipFlexor: PictureSpec = {
  camera: { yaw: 18, pitch: 6 },
  props: [{ kind: 'floor' }, { kind: 'desk', at: [6, 0, -28], facing: 90 }],
  keyframes: [
    { at: [0, 53.2], armL: { abduct: 5, elbow: 3, wrist: -60 }, armR: onHip },
    { at: [9, 46.5], lean: -12, lumbar: { flex: 8 }, chest: { flex: 2 }, armL: { flex: -10, abduct: 6, elbow: 40, wrist: -60 }, armR: onHip,
      legL: { flex: 33, knee: 45, ankle: 0 }, legR: { flex: -36, knee: 34, ankle: 36 } },
  ],
  still: 1,
  arrow: { joint: 'pelvis', bend: -0.15, shift: [15, 9], length: 24 },
};
