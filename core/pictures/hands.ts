/**
 * A hand drawn with its fingers: the palm and each finger as rounded bones, placed in the hand's
 * own frame from its shape. Pure arithmetic, like the rest of the skeleton; sizes are scene units
 * for a hand about as long as BODY.hand.
 */
import type { HandShape } from './pose';
import { along, cross, normalize, rotate, scale, type Frame, type Vec3 } from './vec';

/** A rounded bone: thick `radius[0]` at `from`, `radius[1]` at `to`. */
export interface Bone {
  readonly from: Vec3;
  readonly to: Vec3;
  readonly radius: readonly [number, number];
}

export interface Hand {
  readonly bones: readonly Bone[];
  /** The inside of the palm, drawn in its own tone where it faces the viewer (not on a fist): its outline, and the way it faces. */
  readonly palm: { readonly outline: readonly Vec3[]; readonly facing: Vec3 } | null;
  /** The knuckles, on the back of the hand at the root of each finger (none on a fist, whose block shows them). */
  readonly knuckles: readonly Vec3[];
}

/**
 * An adult's hand (about 19 cm, a ninth of the height, so longer than the plain hand's BODY.hand):
 * where the knuckles are across the palm (toward the thumb +), and each finger's length, index to little.
 */
const KNUCKLES = [1.9, 0.65, -0.65, -1.8] as const;
const LENGTHS = [4.2, 4.6, 4.3, 3.4] as const;
/** How far from the wrist the knuckles are. */
const PALM = 5;
const FINGER: readonly [number, number] = [0.72, 0.58];
const LITTLE: readonly [number, number] = [0.64, 0.5];
const THUMB: readonly [number, number] = [0.9, 0.66];

interface Layout {
  /** Each finger's spread toward the thumb (+), degrees. */
  readonly spread: readonly [number, number, number, number];
  /** Bend at the knuckle and along the finger, toward the palm. */
  readonly curl: readonly [number, number];
  /** The thumb's angle out from the index finger's line, and forward from the palm's plane. */
  readonly thumb: readonly [number, number];
}

const LAYOUTS: Readonly<Record<Exclude<HandShape, 'fist'>, Layout>> = {
  open: { spread: [3, 1, -1, -3], curl: [0, 0], thumb: [22, 15] },
  fan: { spread: [24, 7, -9, -27], curl: [-6, 0], thumb: [62, 5] },
  cup: { spread: [2, 0.5, -0.5, -2], curl: [22, 28], thumb: [14, 30] },
};

/**
 * The hand's bones from the wrist. `palm` is the hand's frame (its fingers point along -u, its palm
 * faces f); `side` is +1 for the right hand, -1 for the left (the thumb is on the outside).
 */
export function drawHand(wrist: Vec3, palm: Frame, side: 1 | -1, shape: HandShape): Hand {
  const d = scale(palm.u, -1);
  const n = palm.f;
  const a = scale(palm.r, side);
  const at = (along_: number, across: number, front = 0) => along(wrist, [d, along_], [a, across], [n, front]);
  if (shape === 'fist') {
    // The fingers folded into the palm: one rounded block across the knuckles, the heel of the hand below it.
    const bones: Bone[] = [
      { from: at(1.3, 0.3), to: at(PALM - 1.5, 0.3), radius: [1.5, 1.6] },
      { from: at(PALM - 1.5, 1.1, 0.8), to: at(PALM - 1.5, -1.1, 0.8), radius: [2.1, 2] },
      { from: at(1.4, 1.9, 0.9), to: at(PALM - 2.2, -0.2, 2.9), radius: THUMB },
    ];
    return { bones, palm: null, knuckles: [] };
  }
  // The palm: two rounded bones side by side, so it is broad face-on and flat edge-on.
  const bones: Bone[] = [
    { from: at(1.2, 0.8), to: at(PALM - 0.6, 1.35), radius: [1.25, 1.3] },
    { from: at(1.2, -0.7), to: at(PALM - 0.6, -1.3), radius: [1.25, 1.3] },
  ];
  const { spread, curl, thumb } = LAYOUTS[shape];
  KNUCKLES.forEach((across, i) => {
    const base = at(PALM, across);
    const toward = rotate(d, normalize(cross(d, a)), spread[i]!);
    const bendAxis = normalize(cross(toward, n));
    const length = LENGTHS[i]!;
    const r = i === 3 ? LITTLE : FINGER;
    if (curl[0] === 0 && curl[1] === 0) {
      bones.push({ from: base, to: along(base, [toward, length]), radius: r });
      return;
    }
    const mid = along(base, [rotate(toward, bendAxis, curl[0]), length * 0.5]);
    const tip = along(mid, [rotate(toward, bendAxis, curl[0] + curl[1]), length * 0.5]);
    const midRadius = (r[0] + r[1]) / 2;
    bones.push({ from: base, to: mid, radius: [r[0], midRadius] }, { from: mid, to: tip, radius: [midRadius, r[1]] });
  });
  const out = rotate(d, normalize(cross(d, a)), thumb[0]);
  const thumbDir = rotate(out, normalize(cross(out, n)), thumb[1]);
  const thumbBase = at(1.3, 1.7, 0.35);
  bones.push({ from: thumbBase, to: along(thumbBase, [thumbDir, 4]), radius: THUMB });
  // The inside of the palm: an oval on its face, short of the edges so the outline of the hand stays.
  const outline = Array.from({ length: 10 }, (_, i) => {
    const t = (2 * Math.PI * i) / 10;
    return at(2.9 + 2.1 * Math.cos(t), 0.05 + 1.95 * Math.sin(t), 1.0);
  });
  const knuckles = KNUCKLES.map((across) => at(PALM - 0.2, across * 0.95, -1.0));
  return { bones, palm: { outline, facing: n }, knuckles };
}
