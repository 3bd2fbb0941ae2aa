import type { PictureSpec } from '../../core/pictures/pose';

/**
 * The upper body, seen from the side: slumped, shoulders rounded forward and arms hanging; then
 * tall, chest lifted, elbows bent and drawn back and down so the shoulder blades squeeze (no shrug).
 * The arrow runs straight back along the elbow's path (a curved one read as a twist).
 */
const standing = { at: [0, 53.2] } as const;
const slumped = { flex: 4, retract: -3, rotate: 20 } as const;
const squeezed = { flex: -40, elbow: 128, retract: 3.5, shrug: -1.5, abduct: 10 } as const;

export const shoulderBladeSqueeze: PictureSpec = {
  camera: { yaw: 28, pitch: 4 },
  focus: 'upper',
  props: [],
  keyframes: [
    { ...standing, chest: { flex: 14 }, neck: { flex: -4 }, armL: slumped, armR: slumped },
    { ...standing, chest: { flex: -6 }, neck: { flex: 2 }, armL: squeezed, armR: squeezed },
  ],
  still: 1,
  arrow: { joint: 'elbowR', bend: 0, shift: [-4, 0], length: 14 },
};
