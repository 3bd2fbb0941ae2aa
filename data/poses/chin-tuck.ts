import type { PictureSpec } from '../../core/pictures/pose';

/**
 * Close on the head and shoulders, seen from the side: sitting tall, eyes level, the head poked
 * forward as it drifts at a screen; then it slides straight back over the shoulders, chin level
 * (a double chin), the back of the neck long.
 */
const tall = { at: [0, 53.2], armL: { flex: 4 }, armR: { flex: 4 } } as const;

export const chinTuck: PictureSpec = {
  camera: { yaw: 8, pitch: 4 },
  focus: { around: ['head', 'neck', 'shoulderR'], margin: 9 },
  props: [],
  keyframes: [
    { ...tall, neck: { flex: 42 }, head: { flex: -44 } },
    { ...tall, neck: { flex: -12 }, head: { flex: 16 } },
  ],
  still: 1,
  arrow: { joint: 'head', shift: [12, -1], length: 9 },
};
