/**
 * Forward kinematics: a pose's joint angles to the positions of its joints in the scene. Each
 * segment's frame is its parent's turned by the joint's angles; each joint lies along its parent
 * segment. Pure arithmetic, no drawing.
 */
import { BODY } from './body';
import { drawHand, type Hand } from './hands';
import type { ArmPose, JointName, LegPose, Pose, SpineBend } from './pose';
import { UPRIGHT, along, sub, add, normalize, turn, type Frame, type Vec3 } from './vec';

export interface Skeleton {
  readonly joints: Readonly<Record<JointName, Vec3>>;
  /** The heels, for drawing the feet. */
  readonly heelL: Vec3;
  readonly heelR: Vec3;
  /** Where the eyes look, if the pose says. */
  readonly lookAt?: Vec3;
  /** Each hand given a shape, with its palm and fingers (null: a plain hand). */
  readonly hands: Readonly<Record<'L' | 'R', Hand | null>>;
  /** Each shoulder blade's outline on the back (drawn only where a picture asks for them). */
  readonly blades: Readonly<Record<'L' | 'R', readonly Vec3[]>>;
  readonly pelvis: Frame;
  readonly lumbar: Frame;
  readonly thorax: Frame;
  readonly head: Frame;
}

/** A spine or neck segment's frame from its parent's: bend forward, to the side, then turn. */
function bend(parent: Frame, b: SpineBend | undefined): Frame {
  const flexed = turn(parent, 'r', -(b?.flex ?? 0));
  const sided = turn(flexed, 'f', b?.side ?? 0);
  return turn(sided, 'u', -(b?.twist ?? 0));
}

/** side: +1 right, -1 left. A ball joint: raise forward, then out to the side, then turn about the limb. */
function ball(parent: Frame, side: 1 | -1, flex = 0, abduct = 0, rotate = 0): Frame {
  const flexed = turn(parent, 'r', flex);
  const abducted = turn(flexed, 'f', -side * abduct);
  return turn(abducted, 'u', side * rotate);
}

interface ArmJoints { shoulder: Vec3; elbow: Vec3; wrist: Vec3; hand: Vec3; drawn: Hand | null }

function arm(thorax: Frame, neck: Vec3, side: 1 | -1, a: ArmPose = {}): ArmJoints {
  const shoulder = along(neck, [thorax.u, -BODY.shoulderDrop + (a.shrug ?? 0)], [thorax.r, side * BODY.shoulderHalf], [thorax.f, -(a.retract ?? 0)]);
  const upper = ball(thorax, side, a.flex, a.abduct, a.rotate);
  const elbow = along(shoulder, [upper.u, -BODY.upperArm]);
  const fore = turn(upper, 'r', a.elbow ?? 0);
  const wrist = along(elbow, [fore.u, -BODY.forearm]);
  const palm = turn(turn(fore, 'u', side * (a.pronate ?? 0)), 'r', a.wrist ?? 0);
  const drawn = a.hand ? drawHand(wrist, palm, side, a.hand) : null;
  return { shoulder, elbow, wrist, hand: along(wrist, [palm.u, -BODY.hand]), drawn };
}

/**
 * A shoulder blade on the back of the chest: a rounded triangle whose inner edge runs beside the
 * spine, drawn toward it by the arm's retract and up by its shrug. Its points lie on the back's
 * curve (the chest's cross-section), so it turns with the body.
 */
function blade(thorax: Frame, neck: Vec3, side: 1 | -1, a: ArmPose = {}): { outline: Vec3[]; edge: Vec3 } {
  const lift = a.shrug ?? 0;
  const inner = Math.max(1.2, 4.2 - 0.8 * (a.retract ?? 0));
  const [halfSide, halfDepth] = BODY.torso.chest;
  const at = (across: number, up: number) => {
    const x = Math.min(across, halfSide - 0.4);
    const back = halfDepth * Math.sqrt(Math.max(0, 1 - (x / (halfSide + 0.6)) ** 2));
    return along(neck, [thorax.r, side * x], [thorax.u, up + lift], [thorax.f, -back]);
  };
  const outline = [at(inner, -3.8), at(inner + 5.6, -3), at(inner + 4.6, -8), at(inner + 1.4, -13.8), at(inner - 0.1, -11), at(inner - 0.2, -7)];
  return { outline, edge: at(inner - 0.2, -8.5) };
}

interface LegJoints { hip: Vec3; knee: Vec3; ankle: Vec3; toe: Vec3; heel: Vec3 }

function leg(pelvis: Frame, centre: Vec3, side: 1 | -1, l: LegPose = {}): LegJoints {
  const hip = along(centre, [pelvis.r, side * BODY.hipHalf], [pelvis.u, -BODY.hipDrop]);
  const thigh = ball(pelvis, side, l.flex, l.abduct, l.rotate);
  const knee = along(hip, [thigh.u, -BODY.thigh]);
  const shin = turn(thigh, 'r', -(l.knee ?? 0));
  const ankle = along(knee, [shin.u, -BODY.shin]);
  const foot = turn(shin, 'r', -(l.ankle ?? 0));
  return {
    hip, knee, ankle,
    toe: along(ankle, [foot.u, -BODY.ankleHeight], [foot.f, BODY.toes]),
    heel: along(ankle, [foot.u, -BODY.ankleHeight], [foot.f, -BODY.heel]),
  };
}

/** The pelvis's frame: turned about the vertical, tipped forward or back, then rolled about its own length. */
function pelvisFrame(p: Pose): Frame {
  const turned = turn(UPRIGHT, 'u', -(p.turn ?? 0));
  const leaning = turn(turned, 'r', -(p.lean ?? 0));
  return turn(leaning, 'u', -(p.roll ?? 0));
}

/** Where every joint of `pose` is in the scene. */
export function solve(pose: Pose): Skeleton {
  const pelvis = pelvisFrame(pose);
  const origin: Vec3 = [0, 0, 0];
  const lumbar = bend(pelvis, pose.lumbar);
  const waist = along(origin, [lumbar.u, BODY.lumbar]);
  const thorax = bend(lumbar, pose.chest);
  const neck = along(waist, [thorax.u, BODY.thorax]);
  // The breastbone: on the front of the chest, a little above the middle of the thorax.
  const sternum = along(waist, [thorax.u, BODY.thorax * 0.6], [thorax.f, BODY.torso.chest[1]]);
  const neckFrame = bend(thorax, pose.neck);
  // The head nods and turns on its own about the top of the neck, a little below its centre.
  const head = pose.head ? bend(neckFrame, pose.head) : neckFrame;
  const headCentre = pose.head
    ? along(neck, [neckFrame.u, BODY.neck - BODY.headPivot], [head.u, BODY.headPivot])
    : along(neck, [neckFrame.u, BODY.neck]);
  const [aL, aR] = [arm(thorax, neck, -1, pose.armL), arm(thorax, neck, 1, pose.armR)];
  const [lL, lR] = [leg(pelvis, origin, -1, pose.legL), leg(pelvis, origin, 1, pose.legR)];
  const [bL, bR] = [blade(thorax, neck, -1, pose.armL), blade(thorax, neck, 1, pose.armR)];
  // The tip of the nose, on the front of the head a little below its middle: it shows where the head faces.
  const nose = along(headCentre, [normalize(along([0, 0, 0], [head.f, 0.96], [head.u, -0.28])), BODY.headRadius * 0.93]);
  const joints: Record<JointName, Vec3> = {
    pelvis: origin, waist, sternum, neck, head: headCentre, nose, bladeL: bL.edge, bladeR: bR.edge,
    shoulderL: aL.shoulder, elbowL: aL.elbow, wristL: aL.wrist, handL: aL.hand,
    shoulderR: aR.shoulder, elbowR: aR.elbow, wristR: aR.wrist, handR: aR.hand,
    hipL: lL.hip, kneeL: lL.knee, ankleL: lL.ankle, toeL: lL.toe,
    hipR: lR.hip, kneeR: lR.knee, ankleR: lR.ankle, toeR: lR.toe,
  };
  const target: Vec3 = [pose.at[0], pose.at[1], pose.at[2] ?? 0];
  const shift = sub(target, joints[pose.anchor ?? 'pelvis']);
  const moved = Object.fromEntries(Object.entries(joints).map(([k, v]) => [k, add(v, shift)])) as Record<JointName, Vec3>;
  const moveHand = (h: Hand | null): Hand | null => h && {
    bones: h.bones.map((b) => ({ ...b, from: add(b.from, shift), to: add(b.to, shift) })),
    palm: h.palm && { ...h.palm, outline: h.palm.outline.map((p) => add(p, shift)) },
    knuckles: h.knuckles.map((p) => add(p, shift)),
  };
  return {
    joints: moved, heelL: add(lL.heel, shift), heelR: add(lR.heel, shift),
    hands: { L: moveHand(aL.drawn), R: moveHand(aR.drawn) }, pelvis, lumbar, thorax, head,
    blades: { L: bL.outline.map((p) => add(p, shift)), R: bR.outline.map((p) => add(p, shift)) },
    ...(pose.lookAt ? { lookAt: [pose.lookAt[0], pose.lookAt[1], pose.lookAt[2] ?? 0] as Vec3 } : {}),
  };
}
