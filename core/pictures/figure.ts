/**
 * The figure drawn from its skeleton: a torso that bends with the spine, rounded limbs that taper,
 * a head with hair on the back and a nose in front (so its facing shows from any side). Limbs
 * behind the torso take the far tone.
 */
import { BODY, type LimbPart } from './body';
import type { View } from './camera';
import {
  arcFlags, capsuleBox, capsulePath, circleBox, circlePath, convexHull, pointsBox, polygonPath, quadThrough, sweepThrough, union, vec2,
  type Box, type Cmd, type P2, type Shape,
} from './geometry';
import type { Skeleton } from './kinematics';
import { add, along, cross, dot, length, normalize, scale, sub, type Frame, type Vec3 } from './vec';

/** How far behind the torso's centre a limb must be, on average, to take the far tone. */
const FAR_BEHIND = 5;
/** A hairline seen flatter than this (its ellipse's short axis to its long one) is drawn straight. */
const EDGE_ON = 0.06;
/** A knuckle's radius, where they are drawn. */
const KNUCKLE = 0.6;
/** How squarely the inside of a palm must face the viewer to show (or its back, for the knuckles). */
const PALM_SHOWS = 0.3;

function unit2(v: P2, fallback: P2): P2 {
  const n = Math.hypot(v[0], v[1]);
  return n < 1e-6 ? fallback : [v[0] / n, v[1] / n];
}

/** Half the torso's width on the picture at one level: its cross-section's extent across the spine. */
function halfWidth(view: View, frame: Frame, across: P2, [halfSide, halfDepth]: readonly [number, number]): number {
  const n: Vec3 = [across[0], -across[1], 0];
  return Math.hypot(halfSide * dot(view.turn(frame.r), n), halfDepth * dot(view.turn(frame.f), n));
}

function torsoPath(s: Skeleton, view: View): { path: Cmd[]; box: Box } {
  const chest = along(s.joints.neck, [s.thorax.u, -4.5]);
  const [p, w, c] = [s.joints.pelvis, s.joints.waist, chest].map(view.project) as [P2, P2, P2];
  const spineOnScreen = unit2(vec2.minus(view.project(add(s.joints.pelvis, s.pelvis.u)), p), [0, -1]);
  const dP = unit2(vec2.minus(w, p), spineOnScreen);
  const dW = unit2(vec2.minus(c, p), dP);
  const dC = unit2(vec2.minus(c, w), dW);
  const level = (at: P2, d: P2, frame: Frame, section: readonly [number, number]) => {
    const n: P2 = [-d[1], d[0]];
    const h = halfWidth(view, frame, n, section);
    return { left: vec2.plus(at, vec2.times(n, h)), right: vec2.minus(at, vec2.times(n, h)), h, n };
  };
  const P = level(p, dP, s.pelvis, BODY.torso.pelvis);
  const W = level(w, dW, s.lumbar, BODY.torso.waist);
  const C = level(c, dC, s.thorax, BODY.torso.chest);
  const capTop = Math.min(C.h, 5.5);
  const capBottom = Math.min(P.h, 6.5);
  const apexTop = vec2.plus(c, vec2.times(dC, capTop));
  const apexBottom = vec2.minus(p, vec2.times(dP, capBottom));
  const angle = (n: P2) => (Math.atan2(n[1], n[0]) * 180) / Math.PI;
  const path: Cmd[] = [
    ['M', P.left],
    ['Q', quadThrough(P.left, W.left, C.left), C.left],
    ['A', C.h, capTop, angle(C.n), 0, sweepThrough(C.left, apexTop, C.right), C.right],
    ['Q', quadThrough(C.right, W.right, P.right), P.right],
    ['A', P.h, capBottom, angle(P.n), 0, sweepThrough(P.right, apexBottom, P.left), P.left],
    ['Z'],
  ];
  const box = [P.left, P.right, W.left, W.right, C.left, C.right, apexTop, apexBottom]
    .reduce<Box>((b, q) => union(b, circleBox(q, 0)), circleBox(p, 0));
  return { path, box };
}

/** A legs' shape is marked, so a picture can be framed on the upper body. */
export interface FigureShape extends Shape {
  readonly legs?: boolean;
}

interface Segment { readonly from: Vec3; readonly to: Vec3; readonly radius: readonly [number, number] }

const segment = (from: Vec3, to: Vec3, part: LimbPart): Segment => ({ from, to, radius: BODY.radius[part] });

/**
 * How far in front of the torso a point is: its depth less that of the nearest point on the line
 * of the spine (pelvis to neck, carried on past both), so a limb's depth is measured against the
 * body beside it, not against the body's middle.
 */
function depthFromSpine(view: View, s: Skeleton, p: Vec3): number {
  const a = s.joints.pelvis;
  const ab = sub(s.joints.neck, a);
  return view.depth(p) - view.depth(along(a, [ab, dot(sub(p, a), ab) / dot(ab, ab)]));
}

/** How squarely a side of the body faces the viewer: 1 turned to the viewer, -1 turned away, 0 seen from the front or back. */
function sideFacing(view: View, frame: Frame, side: 'L' | 'R'): number {
  return (side === 'R' ? 1 : -1) * view.turn(frame.r)[2];
}

/** Seen from a side, that side's limbs are near and the others far; seen from the front or back, a limb is far when it passes behind the torso. */
function toneOf(facing: number, depth: number): 'near' | 'far' {
  if (Math.abs(facing) >= 0.35) return facing > 0 ? 'near' : 'far';
  return depth < -FAR_BEHIND ? 'far' : 'near';
}

function limb(view: View, s: Skeleton, segments: readonly Segment[], facing: number, bias = 0): Shape {
  const path: Cmd[] = [];
  let box: Box = circleBox(view.project(segments[0]!.from), 0);
  const depths: number[] = [];
  for (const { from, to, radius: [ra, rb] } of segments) {
    const a = view.project(from);
    const b = view.project(to);
    path.push(...capsulePath(a, ra, b, rb));
    box = union(box, capsuleBox(a, ra, b, rb));
    depths.push(depthFromSpine(view, s, along(from, [sub(to, from), 0.5])));
  }
  // The tone goes by the limb's three main parts: a hand's fingers don't outvote its arm.
  const main = depths.slice(0, 3);
  const mean = main.reduce((sum, d) => sum + d, 0) / main.length;
  // Painted over the torso (and head) when any part of it comes in front: a hand behind the head shows.
  return { tone: toneOf(facing, mean), z: Math.max(...depths) + bias, path, box };
}

/**
 * The hair: the part of the head's sphere beyond a plane tilted to the back and top of the head,
 * as it shows on the picture (an arc of the plane's circle and an arc of the head's outline).
 */
function hairPath(view: View, centre: Vec3, r: number, head: Frame): Cmd[] {
  const N = normalize(view.turn(add(scale(head.f, -0.5), scale(head.u, 0.87))));
  const d = -0.12;
  const c = view.project(centre);
  const rho = r * Math.sqrt(1 - d * d);
  const e1raw = cross(N, [0, 0, 1]);
  const e1 = length(e1raw) < 1e-6 ? ([1, 0, 0] as Vec3) : normalize(e1raw);
  // The circle's second axis leans toward the viewer, so "faces the viewer" reads sin(theta) >= k.
  const e2raw = cross(N, e1);
  const e2 = e2raw[2] < 0 ? scale(e2raw, -1) : e2raw;
  const onEdge = (theta: number): P2 => {
    const p = add(scale(N, d * r), add(scale(e1, rho * Math.cos(theta)), scale(e2, rho * Math.sin(theta))));
    return [c[0] + p[0], c[1] - p[1]];
  };
  // The circle's points face the viewer where sin(theta) >= k.
  const zConst = d * r * N[2];
  const k = Math.abs(e2[2]) < 1e-6 ? (zConst >= 0 ? -Infinity : Infinity) : -zConst / (rho * e2[2]);
  const ry = rho * Math.hypot(e2[0], e2[1]);
  const tilt = (Math.atan2(-e1[1], e1[0]) * 180) / Math.PI;
  const wholeHead = circlePath(c, r);
  if (k >= 1) return N[2] >= d ? wholeHead : [];
  const ellipse: Cmd[] = [['M', onEdge(0)], ['A', rho, ry, tilt, 1, 0, onEdge(Math.PI)], ['A', rho, ry, tilt, 1, 0, onEdge(0)], ['Z']];
  if (k <= -1) return N[2] >= 0 ? ellipse : [...wholeHead, ...ellipse];
  const t1 = Math.asin(k);
  const [p1, top, p2] = [onEdge(t1), onEdge(Math.PI / 2), onEdge(Math.PI - t1)];
  const toward = unit2([N[0], -N[1]], [0, -1]);
  const outlineMid = vec2.plus(c, vec2.times(toward, r));
  const [large, sweep] = arcFlags(c, p2, outlineMid, p1);
  // Seen nearly edge-on, the hairline is a straight line: as a thin arc, rounding could poke its tip out of the head.
  const hairline: Cmd = ry < EDGE_ON * rho ? ['L', p2] : ['A', rho, ry, tilt, k < 0 ? 1 : 0, sweepThrough(p1, top, p2), p2];
  return [['M', p1], hairline, ['A', r, r, 0, large, sweep, p1], ['Z']];
}

function headShapes(s: Skeleton, view: View, z: number, face = false): Shape[] {
  const r = BODY.headRadius;
  const centre = s.joints.head;
  const c = view.project(centre);
  const noseAt = s.joints.nose;
  const noseShows = view.depth(noseAt) >= view.depth(centre) - 0.3 * r;
  const shapes: Shape[] = [{ tone: 'near', z, path: circlePath(c, r), box: circleBox(c, r) }];
  // Marked, the nose shows where the face points even inside the head's outline (otherwise only as a bump on its edge).
  const nose = face ? 1.2 : 1.5;
  if (noseShows) shapes.push({ tone: face ? 'hair' : 'face', z: z + 0.001, path: circlePath(view.project(noseAt), nose), box: circleBox(view.project(noseAt), nose) });
  const hair = hairPath(view, centre, r, s.head);
  if (hair.length) shapes.push({ tone: 'hair', z: z + 0.002, path: hair, box: circleBox(c, r) });
  return shapes;
}

/** The line of sight: dashed, from between the eyes to what they look at, over everything else. */
function gazeShape(s: Skeleton, view: View, target: Vec3): Shape {
  const eyes = view.project(along(s.joints.head, [s.head.f, BODY.headRadius * 1.05], [s.head.u, 1.2]));
  const to = view.project(target);
  return { tone: 'gaze', z: 1e5, path: [['M', eyes], ['L', to]], box: pointsBox([eyes, to]) };
}

/** How squarely the back must face the viewer for the shoulder blades to show. */
const BACK_SHOWS = 0.25;

/** The shoulder blades, on the back where it faces the viewer, just over the torso, in the far tone. */
function bladeShapes(s: Skeleton, view: View): Shape[] {
  if (-view.turn(s.thorax.f)[2] < BACK_SHOWS) return [];
  return (['L', 'R'] as const).map((side) => {
    const outline = convexHull(s.blades[side].map(view.project));
    return { tone: 'far', z: 0.001, path: polygonPath(outline), box: pointsBox(outline) } satisfies Shape;
  });
}

/** What a picture may add to the figure. */
export interface FigureOptions {
  /** The shoulder blades on the back. */
  readonly blades?: boolean;
  /** The knuckles marked on the back of this hand (drawn with fingers), where it faces the viewer. */
  readonly knuckles?: 'L' | 'R';
  /** The nose marked in the hair's tone, so the face's direction shows from the front too. */
  readonly face?: boolean;
}

/** Every shape of the figure, unsorted; depths are measured from the torso (0). */
export function figureShapes(s: Skeleton, view: View, options: FigureOptions = {}): FigureShape[] {
  const j = s.joints;
  const torso = torsoPath(s, view);
  const neckFrom = along(j.neck, [s.thorax.u, -2]);
  const neck = capsulePath(view.project(neckFrom), BODY.neckRadius, view.project(j.head), BODY.neckRadius);
  const body: Shape = { tone: 'near', z: 0, path: [...torso.path, ...neck], box: torso.box };
  const arm = (side: 'L' | 'R') => {
    // A hand given a shape is drawn as its palm and fingers; otherwise as one rounded piece.
    const drawn = s.hands[side];
    const shape = limb(view, s, [
      segment(j[`shoulder${side}`], j[`elbow${side}`], 'upperArm'),
      segment(j[`elbow${side}`], j[`wrist${side}`], 'forearm'),
      ...(drawn ? drawn.bones : [segment(j[`wrist${side}`], j[`hand${side}`], 'hand')]),
    ], sideFacing(view, s.thorax, side));
    // The inside of the palm shows where it is turned toward the viewer; asked for, the knuckles on its back.
    const palm = drawn?.palm;
    if (palm && options.knuckles === side && view.turn(palm.facing)[2] < -PALM_SHOWS) {
      return [shape, ...drawn.knuckles.map((k, i) => {
        const c = view.project(k);
        // Dark on a near hand, the near tone on a far one: they show against either.
        return { tone: shape.tone === 'far' ? 'face' : 'hair', z: shape.z + 0.0005 + i * 1e-6, path: circlePath(c, KNUCKLE), box: circleBox(c, KNUCKLE) } satisfies Shape;
      })];
    }
    if (!palm || view.turn(palm.facing)[2] < PALM_SHOWS) return [shape];
    const outline = convexHull(palm.outline.map(view.project));
    return [shape, { tone: 'palm', z: shape.z + 0.0005, path: polygonPath(outline), box: pointsBox(outline) } satisfies Shape];
  };
  const leg = (side: 'L' | 'R') => limb(view, s, [
    segment(j[`hip${side}`], j[`knee${side}`], 'thigh'),
    segment(j[`knee${side}`], j[`ankle${side}`], 'shin'),
    segment(side === 'L' ? s.heelL : s.heelR, j[`toe${side}`], 'foot'),
  ], sideFacing(view, s.pelvis, side), -0.01);
  const headZ = Math.max(0, depthFromSpine(view, s, j.head)) + 0.01;
  const gaze = s.lookAt ? [gazeShape(s, view, s.lookAt)] : [];
  const blades = options.blades ? bladeShapes(s, view) : [];
  return [...gaze, body, ...blades, ...headShapes(s, view, headZ, options.face), ...arm('L'), ...arm('R'), { ...leg('L'), legs: true }, { ...leg('R'), legs: true }];
}
