import type { PictureSpec } from '../../core/pictures/pose';

/**
 * At a desk with a screen, a window on the wall beside it, seen from the side: eyes on the screen;
 * then the head turns and lifts to look far out of the window.
 */
const sitting = { at: [0, 31], legL: { flex: 84, knee: 84, ankle: 4 }, legR: { flex: 84, knee: 84, ankle: 4 } } as const;
const typing = { flex: 34, elbow: 72, abduct: 6 } as const;

export const lookFar: PictureSpec = {
  camera: { yaw: 20, pitch: 8 },
  props: [
    { kind: 'floor' }, { kind: 'window', at: [34, 82, -40], facing: -90 }, { kind: 'chair', at: [-5, 0] },
    { kind: 'desk', at: [34, 0], facing: 180 }, { kind: 'screen', at: [38, 41.4, 0], facing: 180 },
  ],
  keyframes: [
    { ...sitting, neck: { flex: 6 }, armL: typing, armR: typing, lookAt: [37, 57, 0] },
    { ...sitting, chest: { twist: -15 }, neck: { twist: -50 }, head: { flex: -10 }, armL: typing, armR: typing, lookAt: [34, 82, -40] },
  ],
  cycle: 8,
  still: 1,
  arrow: { joint: 'nose', bend: -0.3, shift: [0, 8], length: 12 },
};
