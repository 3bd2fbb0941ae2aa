/**
 * An adult's proportions, in scene units for a figure about 100 tall (so roughly percent of
 * height: shoulders at 82, hips at 51, knees at 27). Radii are half the thickness of each part.
 */
export const BODY = {
  /** Pelvis centre (hip joints) to waist, waist to the base of the neck. */
  lumbar: 12,
  thorax: 19,
  /** Base of the neck to the head's centre. */
  neck: 9.5,
  headRadius: 6.2,
  /** The head nods and turns about a point this far below its centre, on the line of the neck. */
  headPivot: 3.5,
  neckRadius: 2.6,
  /** Shoulder joints: half the width between them, and how far below the base of the neck. */
  shoulderHalf: 9.5,
  shoulderDrop: 2.5,
  /** Hip joints: half the width between them, how far below the pelvis centre. */
  hipHalf: 5,
  hipDrop: 0.5,
  upperArm: 17,
  forearm: 14,
  hand: 6.5,
  thigh: 24.5,
  shin: 23,
  /** The sole is this far below the ankle joint; the heel sticks out behind, the toes in front. */
  ankleHeight: 3.2,
  heel: 2.2,
  toes: 11,
  radius: {
    upperArm: [3, 2.4],
    forearm: [2.3, 1.8],
    hand: [1.8, 1.7],
    thigh: [5, 3.4],
    shin: [3.3, 2.2],
    foot: [2, 1.7],
  },
  /** The torso's cross-sections (half width side to side, half depth front to back) at three levels. */
  torso: {
    pelvis: [8, 6.2],
    waist: [6.8, 5.6],
    chest: [8.8, 6.4],
  },
} as const;

export type LimbPart = keyof typeof BODY.radius;
