import type { PictureSpec } from '../../core/pictures/pose';

/**
 * Standing beside a desk, seen from the side, the far hand resting on it: standing tall, then the
 * near knee bent and pointing straight down beside the other, that foot held behind by the
 * same-side hand, its heel drawn up toward the buttock. The desk stands from the hips forward, so
 * the held foot is clear of it.
 */
const onDesk = { flex: 22, abduct: 6, elbow: 10, wrist: -70 } as const;

export const standingQuadStretch: PictureSpec = {
  camera: { yaw: 18, pitch: 6 },
  props: [{ kind: 'floor' }, { kind: 'desk', at: [24, 0, -40], facing: 0, height: 47 }],
  keyframes: [
    { at: [0, 53.2], armL: onDesk, armR: { abduct: 4 } },
    { at: [0, 53.2], armL: onDesk, legR: { flex: 0, knee: 145, ankle: 45 }, armR: { flex: -24, elbow: 4, abduct: 3, shrug: -3, wrist: 30 } },
  ],
  // The foot is held for the dose's breaths, not let go at each one: a free loop.
  cycle: 6,
  still: 1,
  arrow: { joint: 'ankleR', bend: 0.4, shift: [-3, 0] },
};
