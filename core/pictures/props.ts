/**
 * The props, built from boxes and cylinders in the scene and drawn as their outlines on the
 * picture (the convex hull of their corners), so they turn with the camera like the figure.
 * Props sit behind the figure; the floor and a wall don't set the picture's frame.
 */
import type { View } from './camera';
import { convexHull, pointsBox, polygonPath, type Cmd, type P2, type Shape, type Tone } from './geometry';
import type { Point3, Prop } from './pose';
import { add, along, rotate, scale, type Vec3 } from './vec';

export interface PropShape extends Shape {
  /** Whether the picture is framed to show it whole. */
  readonly fits: boolean;
}

const UP: Vec3 = [0, 1, 0];

/** A box's corners: centre and its three half-extents as vectors. */
function boxCorners(c: Vec3, a: Vec3, b: Vec3, h: Vec3): Vec3[] {
  const out: Vec3[] = [];
  for (const i of [-1, 1]) for (const j of [-1, 1]) for (const k of [-1, 1]) out.push(along(c, [a, i], [b, j], [h, k]));
  return out;
}

/** A cylinder's rim points: centre, axis half-length vector, radius, and two unit vectors across it. */
function cylinderPoints(c: Vec3, axis: Vec3, r: number, x: Vec3, y: Vec3, steps = 16): Vec3[] {
  const out: Vec3[] = [];
  for (let i = 0; i < steps; i++) {
    const t = (2 * Math.PI * i) / steps;
    const rim = along(c, [x, r * Math.cos(t)], [y, r * Math.sin(t)]);
    out.push(add(rim, axis), add(rim, scale(axis, -1)));
  }
  return out;
}

/** The props' local axes: forward, up and across, turned `facing` degrees about the vertical. */
function axes(facing = 0) {
  return { f: rotate([1, 0, 0], UP, facing), u: UP, s: rotate([0, 0, 1], UP, facing) };
}

const at3 = (p: Point3): Vec3 => [p[0], p[1], p[2] ?? 0];

type Solid = readonly Vec3[];

function chair(at: Point3, facing?: number): Solid[] {
  const { f, u, s } = axes(facing);
  const o = at3(at);
  const p = (x: number, y: number, z = 0) => along(o, [f, x], [u, y], [s, z]);
  const back = rotate(u, s, 8);
  const base: Vec3[] = [];
  const castors: Solid[] = [];
  for (let i = 0; i < 5; i++) {
    const dir = rotate(f, UP, 90 + i * 72);
    const across = rotate(dir, UP, 90);
    base.push(...boxCorners(along(p(0, 4.2), [dir, 8.5]), scale(dir, 8.5), scale(u, 1.2), scale(across, 1.4)));
    castors.push(cylinderPoints(along(p(0, 1.6), [dir, 16.5]), scale(across, 1.1), 1.6, dir, u, 8));
  }
  return [
    boxCorners(p(0, 13.5), scale(f, 1.6), scale(u, 8.5), scale(s, 1.6)),
    base,
    ...castors,
    boxCorners(p(-12.5, 28), scale(f, 1.3), scale(u, 5), scale(s, 2.2)),
    boxCorners(p(0, 23.3), scale(f, 13), scale(u, 1.9), scale(s, 13)),
    boxCorners(p(-14, 41), scale(rotate(f, s, 8), 1.8), scale(back, 11), scale(s, 12)),
  ];
}

/** The desk's top surface stands this high unless told otherwise. */
export const DESK_HEIGHT = 41.4;

function desk(at: Point3, facing?: number, height = DESK_HEIGHT): Solid[] {
  const { f, u, s } = axes(facing);
  const o = at3(at);
  const p = (x: number, y: number, z: number) => along(o, [f, x], [u, y], [s, z]);
  const leg = (height - 2.4) / 2;
  const legs = [-1, 1].flatMap((i) => [-1, 1].map((j) => boxCorners(p(i * 15, leg, j * 32), scale(f, 1.2), scale(u, leg), scale(s, 1.2))));
  return [...legs, boxCorners(p(0, height - 1.2, 0), scale(f, 17), scale(u, 1.2), scale(s, 35))];
}

function door(x: number): Solid[] {
  const post = (z: number) => boxCorners([x, 53, z], [2.5, 0, 0], [0, 53, 0], [0, 0, 2.5]);
  return [post(-20), post(20), boxCorners([x, 107.5, 0], [2.5, 0, 0], [0, 2.5, 0], [0, 0, 22.5])];
}

/** A window 32 wide and 38 tall: its frame and the cross of its bars, in the plane across its facing. */
function windowFrame(at: Point3, facing?: number): Solid[] {
  const { f, u, s } = axes(facing);
  const o = at3(at);
  const bar = (y: number, z: number, halfY: number, halfZ: number) => boxCorners(along(o, [u, y], [s, z]), scale(f, 0.8), scale(u, halfY), scale(s, halfZ));
  return [bar(17.8, 0, 1.2, 16), bar(-17.8, 0, 1.2, 16), bar(0, 14.8, 19, 1.2), bar(0, -14.8, 19, 1.2), bar(0, 0, 17, 0.7), bar(0, 0, 0.7, 14)];
}

/** A flat screen (about 27 wide) on a foot and a neck, standing on a desk top at `at`. */
function screen(at: Point3, facing?: number): Solid[] {
  const { f, u, s } = axes(facing);
  const o = at3(at);
  return [
    boxCorners(along(o, [u, 0.4]), scale(f, 4), scale(u, 0.4), scale(s, 5)),
    boxCorners(along(o, [u, 5], [f, -1]), scale(f, 0.8), scale(u, 4.6), scale(s, 1.5)),
    boxCorners(along(o, [u, 15], [f, 0.2]), scale(f, 0.9), scale(u, 8.5), scale(s, 13.5)),
  ];
}

/** Lines drawn on a prop in the card's colour, each a run of points (the spiral on a rolled towel's end). */
type Lines = readonly (readonly Vec3[])[];

interface Built { readonly solids: readonly Solid[]; readonly tone: Tone; readonly fits: boolean; readonly lines?: (view: View) => Lines }

/** How squarely a towel's end must face the viewer for its spiral to show. */
const END_SHOWS = 0.5;

/**
 * A rolled towel: a cylinder across the body (along z), and on whichever end faces the viewer the
 * spiral of its roll, so it reads as a roll and not as a post.
 */
function towel(at: Point3, r: number, half: number): Built {
  const c = at3(at);
  const axisCentre: Vec3 = [c[0], c[1] + r, c[2]];
  const spiral = (end: 1 | -1): Vec3[] => Array.from({ length: 15 }, (_, i) => {
    const t = i / 14;
    const angle = end * (0.6 + t * 3.6 * Math.PI);
    const radius = r * (0.15 + 0.65 * t);
    return along(axisCentre, [[1, 0, 0], radius * Math.cos(angle)], [UP, radius * Math.sin(angle)], [[0, 0, 1], end * half]);
  });
  return {
    solids: [cylinderPoints(axisCentre, [0, 0, half], r, [1, 0, 0], UP)], tone: 'prop', fits: true,
    lines: (view) => {
      const facing = view.turn([0, 0, 1])[2];
      return Math.abs(facing) < END_SHOWS ? [] : [spiral(facing > 0 ? 1 : -1)];
    },
  };
}

function build(prop: Prop): Built {
  switch (prop.kind) {
    case 'chair':
      return { solids: chair(prop.at, prop.facing), tone: 'prop', fits: true };
    case 'desk':
      return { solids: desk(prop.at, prop.facing, prop.height), tone: 'prop', fits: true };
    case 'door':
      return { solids: door(prop.x), tone: 'prop', fits: true };
    case 'wall':
      return { solids: [boxCorners([prop.x + 2, 70, 0], [2, 0, 0], [0, 70, 0], [0, 0, 40])], tone: 'prop', fits: false };
    case 'mat': {
      const mid = (prop.from + prop.to) / 2;
      return { solids: [boxCorners([mid, 0.6, prop.z ?? 0], [(prop.to - prop.from) / 2, 0, 0], [0, 0.6, 0], [0, 0, (prop.width ?? 32) / 2])], tone: 'soft', fits: true };
    }
    case 'pad': {
      const mid = (prop.from + prop.to) / 2;
      const h = (prop.height ?? 3) / 2;
      return { solids: [boxCorners([mid, h, prop.z ?? 0], [(prop.to - prop.from) / 2, 0, 0], [0, h, 0], [0, 0, 14])], tone: 'prop', fits: true };
    }
    case 'towel':
      return towel(prop.at, prop.radius ?? 3.5, (prop.length ?? 36) / 2);
    case 'floor':
      return { solids: [], tone: 'soft', fits: false };
    case 'window':
      return { solids: windowFrame(prop.at, prop.facing), tone: 'prop', fits: true };
    case 'screen':
      return { solids: screen(prop.at, prop.facing), tone: 'prop', fits: true };
  }
}

/** The floor: a band across the whole picture, level on screen, under the scene's origin. */
export function floorShape(view: View, left: number, right: number): PropShape {
  const y = view.project([0, 0, 0])[1];
  const band: P2[] = [[left - 10, y], [right + 10, y], [right + 10, y + 1.6], [left - 10, y + 1.6]];
  return { tone: 'soft', z: -2e6, path: polygonPath(band), box: pointsBox(band), fits: false };
}

/** Each prop as one shape (its parts as subpaths), painted behind the figure, floor first; then any lines on it. */
export function propShapes(props: readonly Prop[], view: View): PropShape[] {
  return props.filter((p) => p.kind !== 'floor').flatMap((prop, index) => {
    const { solids, tone, fits, lines } = build(prop);
    const hulls = solids.map((solid) => convexHull(solid.map(view.project)));
    const path: Cmd[] = hulls.flatMap(polygonPath);
    const z = -1e6 + index;
    const body: PropShape = { tone, z, path, box: pointsBox(hulls.flat()), fits };
    const drawn = (lines?.(view) ?? []).map((line): PropShape => {
      const points = line.map(view.project);
      return { tone: 'propLine', z: z + 0.5, path: [['M', points[0]!], ...points.slice(1).map((p): Cmd => ['L', p])], box: pointsBox(points), fits: false };
    });
    return [body, ...drawn];
  });
}
