/**
 * The viewer: an orthographic view of the scene from `yaw` degrees around it (0 at the figure's
 * right side, 90 in front) and `pitch` degrees above. The picture plane's x is right, y down.
 */
import type { P2 } from './geometry';
import type { Camera } from './pose';
import { rotate, type Vec3 } from './vec';

export interface View {
  /** A direction in the viewer's axes (x right, y up, z toward the viewer). */
  readonly turn: (v: Vec3) => Vec3;
  /** Where a point of the scene lands on the picture. */
  readonly project: (p: Vec3) => P2;
  /** How near the viewer a point is (larger is nearer). */
  readonly depth: (p: Vec3) => number;
}

export function viewFrom(camera: Camera = {}): View {
  const yaw = camera.yaw ?? 0;
  const pitch = camera.pitch ?? 0;
  const turnV = (v: Vec3) => rotate(rotate(v, [0, 1, 0], -yaw), [1, 0, 0], pitch);
  return {
    turn: turnV,
    project: (p) => {
      const v = turnV(p);
      return [v[0], -v[1]];
    },
    depth: (p) => turnV(p)[2],
  };
}
