import type { PictureSpec } from '../../core/pictures/pose';

/**
 * In a doorway, seen from the front and side: standing just behind the frame, forearms upright
 * on it, elbows at shoulder height; then a step forward so the chest passes the frame and the arms
 * stay back on it.
 */
const onFrame = { flex: 68, abduct: 42, elbow: 105, rotate: -15 } as const;
const behind = { flex: -68, abduct: 42, elbow: 106, rotate: -165 } as const;

export const doorwayChestStretch: PictureSpec = {
  camera: { yaw: 48, pitch: 12 },
  props: [{ kind: 'floor' }, { kind: 'door', x: 0 }],
  keyframes: [
    { at: [-17, 53.2], armL: onFrame, armR: onFrame },
    { at: [7, 51], lean: 4, armL: behind, armR: behind, legL: { flex: 24, knee: 8, ankle: 12 }, legR: { flex: -16, knee: 8, ankle: -15 } },
  ],
  still: 1,
  arrow: { joint: 'waist', shift: [-17, 2] },
};
