import type { PictureSpec } from '../../core/pictures/pose';

/**
 * At a desk, seen from the front and side: elbows on the desk, palms rubbed together before the
 * face; then the head rests forward into the cupped palms over the closed eyes, the heels of the
 * hands on the cheekbones.
 */
const sitting = { at: [0, 31], legL: { flex: 80, knee: 80, ankle: 8 }, legR: { flex: 80, knee: 80, ankle: 8 } } as const;

const rubbing = { flex: 69, abduct: 16, rotate: 65, elbow: 116, pronate: 112, wrist: -65, hand: 'open' } as const;
const palmsOver = { flex: 98, abduct: -5, rotate: 34, elbow: 127, pronate: 57, wrist: -61, hand: 'cup' } as const;

export const eyePalming: PictureSpec = {
  camera: { yaw: 55, pitch: 10 },
  focus: { around: ['head', 'elbowR', 'elbowL', 'handR', 'handL', 'waist'], margin: 5 },
  props: [{ kind: 'floor' }, { kind: 'chair', at: [-5, 0] }, { kind: 'desk', at: [32, 0], facing: 180 }],
  keyframes: [
    { ...sitting, lean: 22, chest: { flex: 6 }, neck: { flex: -14 }, armL: rubbing, armR: rubbing },
    { ...sitting, lean: 30, chest: { flex: 10 }, armL: palmsOver, armR: palmsOver },
  ],
  cycle: 8,
  still: 1,
  arrow: { joint: 'handR', bend: 0.3, shift: [-10, -2], length: 10 },
};
