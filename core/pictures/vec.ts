/** Small 3D vector helpers for the figure's forward kinematics: plain tuples, no classes. */

export type Vec3 = readonly [number, number, number];

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
export const length = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const normalize = (a: Vec3): Vec3 => scale(a, 1 / (length(a) || 1));

/** `base` plus each of `terms`, each a vector times a factor. */
export function along(base: Vec3, ...terms: readonly (readonly [Vec3, number])[]): Vec3 {
  return terms.reduce<Vec3>((p, [v, k]) => add(p, scale(v, k)), base);
}

/** Rotates `v` about the unit axis `axis` by `degrees`, right-handed (Rodrigues). */
export function rotate(v: Vec3, axis: Vec3, degrees: number): Vec3 {
  if (degrees === 0) return v;
  const a = (degrees * Math.PI) / 180;
  const c = Math.cos(a);
  const s = Math.sin(a);
  return add(add(scale(v, c), scale(cross(axis, v), s)), scale(axis, dot(axis, v) * (1 - c)));
}

/**
 * A body segment's orientation: three unit vectors in the scene. `f` points where its front faces,
 * `u` up along it (limbs hang down along -u), `r` to its right (r = f x u).
 */
export interface Frame {
  readonly f: Vec3;
  readonly u: Vec3;
  readonly r: Vec3;
}

/** Standing upright, facing +x, in a scene whose y is up and whose z points at the viewer. */
export const UPRIGHT: Frame = { f: [1, 0, 0], u: [0, 1, 0], r: [0, 0, 1] };

export type Axis = keyof Frame;

/** The frame turned about one of its own axes (an intrinsic rotation). */
export function turn(frame: Frame, axis: Axis, degrees: number): Frame {
  if (degrees === 0) return frame;
  const k = frame[axis];
  return { f: rotate(frame.f, k, degrees), u: rotate(frame.u, k, degrees), r: rotate(frame.r, k, degrees) };
}

/** The frame turned about a fixed axis of the scene (an extrinsic rotation). */
export function turnAbout(frame: Frame, axis: Vec3, degrees: number): Frame {
  if (degrees === 0) return frame;
  return { f: rotate(frame.f, axis, degrees), u: rotate(frame.u, axis, degrees), r: rotate(frame.r, axis, degrees) };
}
