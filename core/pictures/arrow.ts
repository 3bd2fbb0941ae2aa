/** The still picture's motion arrow: a curve along one joint's path into the stretch, with a head. */
import type { View } from './camera';
import { pointsBox, quadThrough, union, vec2, type P2, type Shape } from './geometry';
import type { Skeleton } from './kinematics';
import type { ArrowSpec, JointName } from './pose';

const HEAD_SIZE = 4.2;
/** A joint that moves less than this still gets an arrow this long, centred on its path (unless the spec says otherwise). */
const MIN_LENGTH = 20;

/** `scale` shrinks the head and the shortest length for a close-up, whose scene units are larger on the picture. */
export function arrowShapes(start: Skeleton, still: Skeleton, spec: ArrowSpec, view: View, scale = 1): Shape[] {
  const one = oneArrow(start, still, spec, view, scale);
  const twin = spec.joint.replace(/[LR]$/, (side) => (side === 'L' ? 'R' : 'L')) as JointName;
  if (!spec.both || twin === spec.joint) return one;
  const shift = spec.shift && ([-spec.shift[0], spec.shift[1]] as const);
  return [...one, ...oneArrow(start, still, { ...spec, joint: twin, bend: -(spec.bend ?? 0), ...(shift ? { shift } : {}) }, view, scale)];
}

function oneArrow(start: Skeleton, still: Skeleton, spec: ArrowSpec, view: View, scale: number): Shape[] {
  const HEAD = HEAD_SIZE * scale;
  const a0 = view.project(start.joints[spec.joint]);
  const b0 = view.project(still.joints[spec.joint]);
  const moved = Math.hypot(b0[0] - a0[0], b0[1] - a0[1]);
  if (moved < 1e-6) return [];
  const dir: P2 = [(b0[0] - a0[0]) / moved, (b0[1] - a0[1]) / moved];
  const length = Math.min(Math.max(moved, spec.length ?? MIN_LENGTH * scale), spec.upTo ?? Infinity);
  // A path cut short keeps its end: the arrow points at where the joint arrives.
  const centre = length < moved ? vec2.minus(b0, vec2.times(dir, length / 2)) : vec2.times(vec2.plus(a0, b0), 0.5);
  const a = vec2.minus(centre, vec2.times(dir, length / 2));
  const b = vec2.plus(centre, vec2.times(dir, length / 2));
  const left: P2 = [dir[1], -dir[0]];
  const shift: P2 = [spec.shift?.[0] ?? 0, -(spec.shift?.[1] ?? 0)];
  const from = vec2.plus(a, shift);
  const to = vec2.plus(b, shift);
  const mid = vec2.plus(vec2.times(vec2.plus(from, to), 0.5), vec2.times(left, (spec.bend ?? 0) * length));
  const control = quadThrough(from, mid, to);
  // The head points along the curve's end; the line stops at the head's base.
  const headAt = (tip: P2, towardTip: P2) => {
    const base = vec2.minus(tip, vec2.times(towardTip, HEAD * 1.3));
    const across: P2 = [towardTip[1] * HEAD, -towardTip[0] * HEAD];
    return { points: [tip, vec2.plus(base, across), vec2.minus(base, across)], lineEnd: vec2.minus(tip, vec2.times(towardTip, HEAD)) };
  };
  const end = headAt(to, unitOr(vec2.minus(to, control), dir));
  // Both ways: a second head at the start, pointing back along the curve.
  const back = spec.twoWay ? headAt(from, unitOr(vec2.minus(from, control), vec2.times(dir, -1))) : null;
  const heads = back ? [end.points, back.points] : [end.points];
  const lineStart = back ? back.lineEnd : from;
  const headShape = (h: P2[]): Shape => ({ tone: 'arrowHead', z: 1e6 + 1, path: [['M', h[0]!], ['L', h[1]!], ['L', h[2]!], ['Z']], box: pointsBox(h) });
  return [
    { tone: 'arrow', z: 1e6, path: [['M', lineStart], ['Q', control, end.lineEnd]], box: union(pointsBox([lineStart, mid, end.lineEnd]), pointsBox(heads.flat())) },
    ...heads.map(headShape),
  ];
}

function unitOr(v: P2, fallback: P2): P2 {
  const n = Math.hypot(v[0], v[1]);
  return n < 1e-6 ? fallback : [v[0] / n, v[1] / n];
}
