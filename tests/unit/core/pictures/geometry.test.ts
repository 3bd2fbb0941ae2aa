import { describe, expect, it } from 'vitest';
import { arcFlags, capsulePath, convexHull, sweepThrough, type Cmd, type P2 } from '../../../../core/pictures/geometry';

const points = (path: readonly Cmd[]): P2[] => path.flatMap((c) => (c[0] === 'Z' ? [] : [c[c.length - 1] as P2]));

describe('picture geometry', () => {
  it('draws a capsule as tangent lines and two end arcs, touching each circle at its radius', () => {
    const path = capsulePath([0, 0], 5, [40, 0], 3);
    expect(path.map((c) => c[0]).join('')).toBe('MLALAZ');
    const [a1, b1, b2, a2] = points(path);
    expect(Math.hypot(a1![0], a1![1])).toBeCloseTo(5);
    expect(Math.hypot(a2![0], a2![1])).toBeCloseTo(5);
    expect(Math.hypot(b1![0] - 40, b1![1])).toBeCloseTo(3);
    expect(Math.hypot(b2![0] - 40, b2![1])).toBeCloseTo(3);
    // The thick end's arc is the larger one (more than half a turn), the thin end's less.
    expect(path[2]![4]).toBe(0);
    expect(path[4]![4]).toBe(1);
  });

  it('falls back to the larger circle when one end swallows the other', () => {
    expect(capsulePath([0, 0], 6, [1, 0], 2).map((c) => c[0]).join('')).toBe('MAAZ');
  });

  it('winds every capsule the same way, so capsules in one path add up instead of cutting holes', () => {
    const signedArea = (ps: readonly P2[]) => ps.reduce((s, p, i) => { const q = ps[(i + 1) % ps.length]!; return s + p[0] * q[1] - q[0] * p[1]; }, 0);
    const a = signedArea(points(capsulePath([0, 0], 4, [30, 10], 3)));
    const b = signedArea(points(capsulePath([30, 10], 4, [-5, 40], 2)));
    expect(Math.sign(a)).toBe(Math.sign(b));
  });

  it('finds a convex hull without the points inside it', () => {
    const hull = convexHull([[0, 0], [10, 0], [10, 10], [0, 10], [5, 5], [2, 8]]);
    expect(hull).toHaveLength(4);
    expect(hull).not.toContainEqual([5, 5]);
  });

  it('reads arc flags from a point the arc passes through', () => {
    // On screen (y down): from the left, over the top, to the right is clockwise.
    expect(sweepThrough([-1, 0], [0, -1], [1, 0])).toBe(1);
    expect(arcFlags([0, 0], [-1, 0], [0, -1], [1, 0])).toEqual([0, 1]);
    expect(arcFlags([0, 0], [-1, 0], [0, 1], [0, -1])).toEqual([1, 0]);
  });
});
