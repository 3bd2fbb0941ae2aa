import type { PictureSpec } from '../../core/pictures/pose';

/**
 * Facing a desk, seen from the side, hands on its edge: standing with the feet together, then one
 * leg stepped back, its knee straight and heel down, the body leaning forward in one line from that
 * heel to the head, the front knee bent.
 */
const hands = { flex: 57, elbow: 3, wrist: -50 } as const;

export const calfStretch: PictureSpec = {
  camera: { yaw: 12, pitch: 6 },
  props: [{ kind: 'floor' }, { kind: 'desk', at: [48, 0], facing: 180 }],
  keyframes: [
    { at: [18, 53], lean: 38, armL: { ...hands, flex: 25 }, armR: { ...hands, flex: 25 }, legL: { flex: 34 }, legR: { flex: 34 } },
    { at: [0, 45], lean: 27, legR: { flex: -6, ankle: -33 }, legL: { flex: 73, knee: 58, ankle: -10 }, armL: hands, armR: hands },
  ],
  still: 1,
  arrow: { joint: 'ankleR', bend: 0.2, shift: [0, 8] },
};
