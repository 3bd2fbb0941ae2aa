import { describe, expect, it } from 'vitest';
import { arrowShapes } from '../../../../core/pictures/arrow';
import { viewFrom } from '../../../../core/pictures/camera';
import { solve } from '../../../../core/pictures/kinematics';
import type { P2 } from '../../../../core/pictures/geometry';

const view = viewFrom();
const start = solve({ at: [0, 53.2] });
const stepped = solve({ at: [-60, 53.2] });

/** The arrow's tail and the tip of its head, on the picture. */
function ends(spec: Parameters<typeof arrowShapes>[2]): [P2, P2] {
  const [line, head] = arrowShapes(start, stepped, spec, view);
  const m = line!.path[0]!;
  const h = head!.path[0]!;
  return [m[1] as P2, h[1] as P2];
}

describe('the motion arrow', () => {
  it('runs along the whole of a joint path, from where it starts to where it arrives', () => {
    const [from, to] = ends({ joint: 'pelvis' });
    expect(from[0]).toBeCloseTo(0);
    expect(to[0]).toBeCloseTo(-60);
  });

  it('is cut to its last `upTo` units when the path is longer, still ending where the joint arrives', () => {
    const [from, to] = ends({ joint: 'pelvis', upTo: 20 });
    expect(from[0]).toBeCloseTo(-40);
    expect(to[0]).toBeCloseTo(-60);
    const [shiftedFrom, shiftedTo] = ends({ joint: 'pelvis', upTo: 20, shift: [-10, 5] });
    expect(shiftedFrom).toEqual([from[0] - 10, from[1] - 5]);
    expect(shiftedTo).toEqual([to[0] - 10, to[1] - 5]);
  });

  it('leaves a path shorter than `upTo` whole', () => {
    expect(ends({ joint: 'pelvis', upTo: 100 })).toEqual(ends({ joint: 'pelvis' }));
  });
});

describe('an arrow both ways', () => {
  it('has a head at each end, the line running between them', () => {
    const one = arrowShapes(start, stepped, { joint: 'pelvis' }, view);
    const both = arrowShapes(start, stepped, { joint: 'pelvis', twoWay: true }, view);
    expect(one.filter((s) => s.tone === 'arrowHead')).toHaveLength(1);
    const heads = both.filter((s) => s.tone === 'arrowHead').map((s) => s.path[0]![1] as P2);
    expect(heads).toHaveLength(2);
    expect(heads[0]![0]).toBeCloseTo(-60);
    expect(heads[1]![0]).toBeCloseTo(0);
  });
});
