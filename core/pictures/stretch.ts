/** The stretch mark: a band over the muscle that stretches, along a few joints of the still keyframe. */
import type { View } from './camera';
import { pointsBox, quadThrough, vec2, type P2, type Shape } from './geometry';
import type { Skeleton } from './kinematics';
import type { StretchSpec } from './pose';

const DEFAULT_TRIM = 0.15;

function unit(v: P2): P2 {
  const n = Math.hypot(v[0], v[1]);
  return n < 1e-6 ? [0, 0] : [v[0] / n, v[1] / n];
}

export function stretchShapes(s: Skeleton, spec: StretchSpec, view: View): Shape[] {
  const points = spec.along.map((j) => view.project(s.joints[j]));
  if (points.length < 2) return [];
  const offset = spec.offset ?? 0;
  const trim = spec.trim ?? DEFAULT_TRIM;
  // Each point moved across the path, square to its direction there (left of it on the picture for a positive offset).
  const moved = points.map((p, i) => {
    const d = unit(vec2.minus(points[Math.min(i + 1, points.length - 1)]!, points[Math.max(i - 1, 0)]!));
    return vec2.plus(p, vec2.times([d[1], -d[0]], offset));
  });
  const a = moved[0]!;
  const b = moved[moved.length - 1]!;
  // A middle point bends it through there; without one, it runs straight.
  const mid = moved.length > 2 ? moved[Math.floor(moved.length / 2)]! : vec2.times(vec2.plus(a, b), 0.5);
  const control = quadThrough(a, mid, b);
  const at = (t: number): P2 => vec2.plus(vec2.plus(vec2.times(a, (1 - t) ** 2), vec2.times(control, 2 * t * (1 - t))), vec2.times(b, t * t));
  const from = at(trim);
  const to = at(1 - trim);
  const c = quadThrough(from, at(0.5), to);
  const path = [['M', from], ['Q', c, to]] as const;
  const box = pointsBox([from, to, at(0.5)]);
  // Edged in the card's colour, like every part, so it stands apart from the limb under it.
  return [{ tone: 'stretchEdge', z: 5e5, path, box }, { tone: 'stretch', z: 5e5 + 1, path, box }];
}
