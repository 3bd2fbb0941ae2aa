/**
 * 2D shapes on the picture plane (x right, y down, as SVG draws them), built from projected
 * points: rounded capsules, polygons, arcs. Each keeps its bounding box so the picture can be
 * framed, and its depth so shapes can be painted back to front.
 */

export type P2 = readonly [number, number];

export type Cmd =
  | readonly ['M', P2]
  | readonly ['L', P2]
  | readonly ['Q', P2, P2]
  | readonly ['A', number, number, number, 0 | 1, 0 | 1, P2]
  | readonly ['Z'];

/** How a shape is painted; the SVG's stylesheet gives each tone its colours per theme. */
export type Tone = 'near' | 'far' | 'hair' | 'face' | 'palm' | 'gaze' | 'stretch' | 'stretchEdge' | 'prop' | 'propLine' | 'soft' | 'arrow' | 'arrowHead';

export interface Shape {
  readonly tone: Tone;
  /** Toward the viewer: larger is painted later. */
  readonly z: number;
  readonly path: readonly Cmd[];
  readonly box: Box;
}

export type Box = readonly [minX: number, minY: number, maxX: number, maxY: number];

export const EMPTY_BOX: Box = [Infinity, Infinity, -Infinity, -Infinity];

export function union(a: Box, b: Box): Box {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

export const circleBox = ([x, y]: P2, r: number): Box => [x - r, y - r, x + r, y + r];
export const pointsBox = (ps: readonly P2[]): Box => ps.reduce<Box>((b, p) => union(b, circleBox(p, 0)), EMPTY_BOX);

const plus = (a: P2, b: P2): P2 => [a[0] + b[0], a[1] + b[1]];
const minus = (a: P2, b: P2): P2 => [a[0] - b[0], a[1] - b[1]];
const times = (a: P2, k: number): P2 => [a[0] * k, a[1] * k];
const cross2 = (a: P2, b: P2) => a[0] * b[1] - a[1] * b[0];
export const dist = (a: P2, b: P2) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** SVG's sweep flag for an arc from `from` through `mid` to `to`: 1 when that turns clockwise on screen. */
export function sweepThrough(from: P2, mid: P2, to: P2): 0 | 1 {
  return cross2(minus(mid, from), minus(to, mid)) > 0 ? 1 : 0;
}

/** Arc flags (large, sweep) for a circular arc about `centre` from `from` through `mid` to `to`. */
export function arcFlags(centre: P2, from: P2, mid: P2, to: P2): [0 | 1, 0 | 1] {
  const angle = (p: P2) => Math.atan2(p[1] - centre[1], p[0] - centre[0]);
  const turnOf = (a: number) => ((a % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  const a0 = angle(from);
  const clockwise = turnOf(angle(to) - a0);
  const viaClockwise = turnOf(angle(mid) - a0) < clockwise;
  const span = viaClockwise ? clockwise : 2 * Math.PI - clockwise;
  return [span > Math.PI ? 1 : 0, viaClockwise ? 1 : 0];
}

export function circlePath(c: P2, r: number): Cmd[] {
  const left: P2 = [c[0] - r, c[1]];
  const right: P2 = [c[0] + r, c[1]];
  return [['M', left], ['A', r, r, 0, 1, 0, right], ['A', r, r, 0, 1, 0, left], ['Z']];
}

/**
 * Two circles joined by their outer tangents: a limb segment thick `ra` at `a` and `rb` at `b`.
 * Falls back to the larger circle when one contains the other.
 */
export function capsulePath(a: P2, ra: number, b: P2, rb: number): Cmd[] {
  const d = dist(a, b);
  if (d <= Math.abs(ra - rb) + 1e-6) return ra >= rb ? circlePath(a, ra) : circlePath(b, rb);
  const u = times(minus(b, a), 1 / d);
  const n: P2 = [-u[1], u[0]];
  const s = (ra - rb) / d;
  const c = Math.sqrt(1 - s * s);
  const w1 = plus(times(u, s), times(n, c));
  const w2 = plus(times(u, s), times(n, -c));
  const a1 = plus(a, times(w1, ra));
  const b1 = plus(b, times(w1, rb));
  const b2 = plus(b, times(w2, rb));
  const a2 = plus(a, times(w2, ra));
  const [largeB, sweepB] = arcFlags(b, b1, plus(b, times(u, rb)), b2);
  const [largeA, sweepA] = arcFlags(a, a2, plus(a, times(u, -ra)), a1);
  return [['M', a1], ['L', b1], ['A', rb, rb, 0, largeB, sweepB, b2], ['L', a2], ['A', ra, ra, 0, largeA, sweepA, a1], ['Z']];
}

export const capsuleBox = (a: P2, ra: number, b: P2, rb: number): Box => union(circleBox(a, ra), circleBox(b, rb));

export function polygonPath(ps: readonly P2[]): Cmd[] {
  return ps.length === 0 ? [] : [['M', ps[0]!], ...ps.slice(1).map((p): Cmd => ['L', p]), ['Z']];
}

/** The convex hull of some points, clockwise on screen (Andrew's monotone chain). */
export function convexHull(points: readonly P2[]): P2[] {
  const ps = [...points].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  if (ps.length < 3) return ps;
  const half = (list: P2[]) => {
    const out: P2[] = [];
    for (const p of list) {
      while (out.length >= 2 && cross2(minus(out[out.length - 1]!, out[out.length - 2]!), minus(p, out[out.length - 1]!)) <= 0) out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  return [...half(ps), ...half([...ps].reverse())];
}

/** A point along a quadratic curve that passes through `a`, `m` and `b` (m at its middle). */
export function quadThrough(a: P2, m: P2, b: P2): P2 {
  return minus(times(m, 2), times(plus(a, b), 0.5));
}

export const vec2 = { plus, minus, times, cross: cross2 };
