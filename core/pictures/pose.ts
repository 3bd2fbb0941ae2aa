/**
 * What a picture is made of, as data: a scene (props and a camera) and 2-4 keyframes, each a pose
 * given as joint angles. Angles are degrees; lengths are scene units (an adult is about 100 tall).
 * The scene's x points where an unturned figure faces, y up from the floor, z to the figure's right.
 */

/** A bend of the spine or neck from upright. */
export interface SpineBend {
  /** Forward (+, rounding) or backward (-, arching). */
  readonly flex?: number;
  /** Toward the figure's right side (+) or its left (-). */
  readonly side?: number;
  /** Turning toward the figure's right (+) or its left (-). */
  readonly twist?: number;
}

/**
 * How a hand is held, drawn with its fingers (without one, the hand is a plain rounded shape):
 * 'open' fingers together and straight; 'fan' spread as wide as they go; 'fist' folded in, the
 * thumb outside; 'cup' together and gently curved, as when cupping the eyes.
 */
export type HandShape = 'open' | 'fan' | 'fist' | 'cup';

/**
 * An arm, from hanging relaxed at the side. Its palm faces the way a positive wrist bend moves
 * the hand (forward while the arm hangs unturned), its thumb to the outside.
 */
export interface ArmPose {
  /** Raised forward (+): 90 straight ahead, 180 overhead; negative reaches back. */
  readonly flex?: number;
  /** Raised out to the side: 90 level with the shoulder; negative crosses in front of the body. */
  readonly abduct?: number;
  /** Turned about its own length, inward (+) or outward (-). */
  readonly rotate?: number;
  /** Elbow bend: 0 straight, 90 a right angle. */
  readonly elbow?: number;
  /** The forearm turned about its length, the palm turning inward (+: 90 faces it in, 180 back) or outward (-). */
  readonly pronate?: number;
  /** Wrist bend toward the palm (+) or the back of the hand (-). */
  readonly wrist?: number;
  /** The hand drawn with fingers, in this shape. */
  readonly hand?: HandShape;
  /** Shoulder blade lifted toward the ear (+) or drawn down (-). */
  readonly shrug?: number;
  /** Shoulder blade drawn back toward the spine (+) or rounded forward (-). */
  readonly retract?: number;
}

/** A leg, from standing straight. */
export interface LegPose {
  /** Thigh raised forward (+): 90 as when sitting; negative reaches back. */
  readonly flex?: number;
  /** Thigh out to the side (+) or across the other leg (-). */
  readonly abduct?: number;
  /** Thigh turned about its length, knee inward (+) or outward (-). */
  readonly rotate?: number;
  /** Knee bend: 0 straight, 90 a right angle. */
  readonly knee?: number;
  /** Toes pointed (+) or pulled up (-) from a right angle to the shin. */
  readonly ankle?: number;
}

export type Point3 = readonly [x: number, y: number, z?: number];

/**
 * The joints a pose can be placed by, or an arrow can follow ('sternum': the front of the chest, where
 * it lifts in a chest opener; 'bladeL'/'bladeR': the middle of each shoulder blade's inner edge, on the back).
 */
export type JointName =
  | 'pelvis' | 'waist' | 'sternum' | 'neck' | 'head' | 'nose' | 'bladeL' | 'bladeR'
  | 'shoulderL' | 'elbowL' | 'wristL' | 'handL'
  | 'shoulderR' | 'elbowR' | 'wristR' | 'handR'
  | 'hipL' | 'kneeL' | 'ankleL' | 'toeL'
  | 'hipR' | 'kneeR' | 'ankleR' | 'toeR';

export interface Pose {
  /** Where the pelvis's centre (between the hip joints) is. */
  readonly at: Point3;
  /** Or: move the whole figure so this joint lands on `at` instead. */
  readonly anchor?: JointName;
  /** The pelvis turned toward its right (+) about the vertical. */
  readonly turn?: number;
  /** The pelvis tipped forward (+) or back (-): 90 lies face down, -90 on the back. */
  readonly lean?: number;
  /** The pelvis rolled about its own length, its front turning to its right (+) or left (-): lying on the back, + rolls onto the right side. */
  readonly roll?: number;
  readonly lumbar?: SpineBend;
  readonly chest?: SpineBend;
  readonly neck?: SpineBend;
  /** The head on top of the neck: a nod (flex), tilt (side) or turn of its own, e.g. level while the neck leans. */
  readonly head?: SpineBend;
  readonly armL?: ArmPose;
  readonly armR?: ArmPose;
  readonly legL?: LegPose;
  readonly legR?: LegPose;
  /** Where the eyes look: a dashed line of sight from them to this point of the scene. */
  readonly lookAt?: Point3;
}

export type Prop =
  /** An office chair: seat, backrest, gas column and a five-star base on castors. Its seat faces `facing` (0: +x). */
  | { readonly kind: 'chair'; readonly at: Point3; readonly facing?: number }
  /**
   * A desk whose front edge faces `facing` (180: toward -x, where someone sitting at it is), its top
   * `height` above the floor (default 41.4: a sitting desk; a little higher for a hand to rest on it standing).
   */
  | { readonly kind: 'desk'; readonly at: Point3; readonly facing?: number; readonly height?: number }
  /** An exercise mat on the floor, from x0 to x1, centred on z, `width` across (default 32). */
  | { readonly kind: 'mat'; readonly from: number; readonly to: number; readonly z?: number; readonly width?: number }
  /** A door frame (two posts and a lintel) across the x axis at `x`. */
  | { readonly kind: 'door'; readonly x: number }
  /** A wall facing -x at `x`. */
  | { readonly kind: 'wall'; readonly x: number }
  /** A rolled towel or blanket lying across the body (along z) at `at`, `length` long (default 36); the end facing the viewer shows its spiral. */
  | { readonly kind: 'towel'; readonly at: Point3; readonly radius?: number; readonly length?: number }
  /** A folded blanket, a flat pad on the floor. */
  | { readonly kind: 'pad'; readonly from: number; readonly to: number; readonly z?: number; readonly height?: number }
  /** The floor: a line (or, seen from above, a band) under everything. */
  | { readonly kind: 'floor' }
  /** A window (its frame and the cross of its bars) centred on `at`, its glass facing `facing` (0: +x). */
  | { readonly kind: 'window'; readonly at: Point3; readonly facing?: number }
  /** A computer screen on its stand, standing on a desk top at `at`, its face toward `facing` (180: toward -x). */
  | { readonly kind: 'screen'; readonly at: Point3; readonly facing?: number };

export interface Camera {
  /** Where the viewer stands around the scene: 0 at the figure's right (it faces screen right), 90 in front of it. */
  readonly yaw?: number;
  /** How far the viewer looks down from above, 0 level. */
  readonly pitch?: number;
}

/** The motion arrow of the still picture: the path a joint takes from the first keyframe to the still one. */
export interface ArrowSpec {
  readonly joint: JointName;
  /** The keyframe it starts from (default: the one before the still keyframe in the sequence). */
  readonly from?: number;
  /** Curve it (positive bulges to the left of its direction on screen), as a fraction of its length. */
  readonly bend?: number;
  /** Move it off the body: right (+x) and up (+y) on the picture, scene units. */
  readonly shift?: readonly [number, number];
  /** The shortest it is drawn, scene units (default 20): a joint moving less gets an arrow this long, centred on its path. */
  readonly length?: number;
  /** The longest it is drawn, scene units: a joint moving further gets an arrow this long, ending where the joint arrives. */
  readonly upTo?: number;
  /** Also draw it for the same joint on the other side of the body, its shift and bend mirrored left to right. */
  readonly both?: boolean;
  /** A head at each end: the movement goes back and forth (e.g. the foot pointed, then pulled back). */
  readonly twoWay?: boolean;
}

/** Where the stretch is felt: a band along the body over the stretched muscle, drawn on the still keyframe. */
export interface StretchSpec {
  /** The joints it runs past, in order (2 or 3: through the middle one it curves). */
  readonly along: readonly JointName[];
  /** How far it lies from the line through those joints on the picture, scene units: positive to the left of its direction. */
  readonly offset?: number;
  /** How much is left off at each end, as a fraction of its length (default 0.15). */
  readonly trim?: number;
}

/** A close-up on part of the figure, such as the hands: what lies outside its frame is cut off. */
export interface CloseUp {
  readonly around: readonly JointName[];
  /** Room around those joints, scene units. */
  readonly margin: number;
}

/** One exercise's picture. */
export interface PictureSpec {
  readonly camera?: Camera;
  readonly props: readonly Prop[];
  /**
   * 'upper': frame the head, arms and torso only, the legs running out of the picture (for arm and
   * shoulder stretches). A close-up: frame these joints only (in every keyframe), with room around.
   */
  readonly focus?: 'upper' | CloseUp;
  /** 2 to 4 poses. */
  readonly keyframes: readonly Pose[];
  /** The order the keyframes play in over one cycle, each for an equal share (default: as listed). */
  readonly sequence?: readonly number[];
  /** The keyframe that shows the stretch: alone, with its arrow, under reduced motion and in the picker. */
  readonly still: number;
  readonly arrow: ArrowSpec;
  /** Mark where the stretch is felt, on the still keyframe. */
  readonly stretch?: StretchSpec;
  /** Draw the shoulder blades on the back wherever it faces the viewer (they follow each arm's retract and shrug). */
  readonly blades?: boolean;
  /** Mark the knuckles on the back of this hand (drawn with fingers), where it faces the viewer. */
  readonly knuckles?: 'L' | 'R';
  /** Mark the nose in a tone of its own, so where the face points shows even when it faces the viewer. */
  readonly face?: boolean;
  /**
   * How long one cycle takes. 'unit': one breath or repetition of the dose, in step with the timer
   * (the default for doses counted in breaths or repetitions); a number: seconds, looping freely.
   */
  readonly cycle?: 'unit' | number;
}
