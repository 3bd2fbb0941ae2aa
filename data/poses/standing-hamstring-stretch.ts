import type { PictureSpec } from '../../core/pictures/pose';

/**
 * Facing a desk, seen from the side, hands on its edge: standing tall, then stepped back and
 * folded forward from the hips, the back flat and nearly level, the hips pushed back behind the heels
 * over straight legs (knees soft), arms straight; the arrow shows the hips going back, and a band
 * down the back of the thigh marks where the stretch is felt (without it, the flat-back hinge at the
 * desk also read as a shoulder stretch).
 */
export const standingHamstringStretch: PictureSpec = {
  camera: { yaw: 12, pitch: 6 },
  props: [{ kind: 'floor' }, { kind: 'desk', at: [78, 0], facing: 180 }],
  keyframes: [
    { at: [48, 53.2], lean: 30, armL: { flex: 25, elbow: 3, wrist: -50 }, armR: { flex: 25, elbow: 3, wrist: -50 }, legL: { flex: 30 }, legR: { flex: 30 } },
    { at: [3, 52], lean: 76, neck: { flex: -4 }, legL: { flex: 92, knee: 8, ankle: 8 }, legR: { flex: 92, knee: 8, ankle: 8 },
      armL: { flex: 143, wrist: -40 }, armR: { flex: 143, wrist: -40 } },
  ],
  still: 1,
  arrow: { joint: 'pelvis', upTo: 22, shift: [-24, 1] },
  stretch: { along: ['hipR', 'kneeR'], offset: -2.2, trim: 0.04 },
};
