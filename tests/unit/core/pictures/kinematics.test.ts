import { describe, expect, it } from 'vitest';
import { BODY } from '../../../../core/pictures/body';
import { solve } from '../../../../core/pictures/kinematics';
import type { Pose } from '../../../../core/pictures/pose';
import { length, sub, type Vec3 } from '../../../../core/pictures/vec';

/** Standing: the soles on the floor. */
const STANDING: Pose = { at: [0, BODY.thigh + BODY.shin + BODY.ankleHeight + 2 + BODY.hipDrop] };
const joints = (pose: Partial<Pose>) => solve({ ...STANDING, ...pose }).joints;
const close = (a: Vec3, b: readonly number[], digits = 0) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, digits));

describe('the figure standing at rest', () => {
  const j = joints({});

  it('has an adult\'s proportions: shoulders near 82, hips near 51, knees near 27, head on top near 100', () => {
    expect(j.shoulderR[1]).toBeGreaterThan(78);
    expect(j.shoulderR[1]).toBeLessThan(86);
    expect(j.hipR[1]).toBeGreaterThan(48);
    expect(j.hipR[1]).toBeLessThan(56);
    expect(j.kneeR[1]).toBeGreaterThan(24);
    expect(j.kneeR[1]).toBeLessThan(31);
    expect(j.head[1] + BODY.headRadius).toBeGreaterThan(96);
    expect(j.head[1] + BODY.headRadius).toBeLessThan(106);
  });

  it('faces +x with its right side toward +z, arms hanging and feet pointing forward', () => {
    expect(j.shoulderR[2]).toBeGreaterThan(0);
    expect(j.shoulderL[2]).toBeLessThan(0);
    expect(j.handR[1]).toBeLessThan(j.elbowR[1]);
    expect(j.toeR[0]).toBeGreaterThan(j.ankleR[0]);
  });

  it('keeps every segment its length, whatever the angles', () => {
    const bent = joints({ lean: 37, chest: { flex: 20, side: 10, twist: 30 }, armR: { flex: 70, abduct: 40, rotate: 25, elbow: 80 }, legL: { flex: 60, knee: 100, abduct: 15 } });
    expect(length(sub(bent.elbowR, bent.shoulderR))).toBeCloseTo(BODY.upperArm);
    expect(length(sub(bent.wristR, bent.elbowR))).toBeCloseTo(BODY.forearm);
    expect(length(sub(bent.kneeL, bent.hipL))).toBeCloseTo(BODY.thigh);
    expect(length(sub(bent.ankleL, bent.kneeL))).toBeCloseTo(BODY.shin);
  });
});

describe('joint angles mean what their names say', () => {
  it('arm flex 90 reaches straight ahead at shoulder height; 180 straight up', () => {
    const ahead = joints({ armR: { flex: 90 } });
    close(ahead.wristR, [ahead.shoulderR[0] + BODY.upperArm + BODY.forearm, ahead.shoulderR[1], ahead.shoulderR[2]]);
    const up = joints({ armR: { flex: 180 } });
    expect(up.wristR[1]).toBeCloseTo(up.shoulderR[1] + BODY.upperArm + BODY.forearm);
  });

  it('abduct 90 lifts each arm out to its own side', () => {
    const j = joints({ armR: { abduct: 90 }, armL: { abduct: 90 } });
    expect(j.wristR[2]).toBeCloseTo(j.shoulderR[2] + BODY.upperArm + BODY.forearm);
    expect(j.wristL[2]).toBeCloseTo(j.shoulderL[2] - BODY.upperArm - BODY.forearm);
  });

  it('bending the elbow brings the forearm forward; the knee takes the shin back', () => {
    const j = joints({ armR: { elbow: 90 }, legR: { knee: 90 } });
    expect(j.wristR[0] - j.elbowR[0]).toBeCloseTo(BODY.forearm);
    expect(j.ankleR[0] - j.kneeR[0]).toBeCloseTo(-BODY.shin);
  });

  it('sitting (hips and knees at 90) puts the thighs level and the shins upright', () => {
    const j = joints({ legR: { flex: 90, knee: 90 } });
    expect(j.kneeR[1]).toBeCloseTo(j.hipR[1]);
    expect(j.ankleR[0]).toBeCloseTo(j.kneeR[0]);
  });

  it('lean 90 lies face down with the head forward, -90 on the back with the head behind', () => {
    const prone = solve({ at: [0, 6], lean: 90 });
    expect(prone.joints.head[0]).toBeGreaterThan(30);
    expect(prone.head.f[1]).toBeCloseTo(-1);
    const supine = solve({ at: [0, 6], lean: -90 });
    expect(supine.joints.head[0]).toBeLessThan(-30);
    expect(supine.head.f[1]).toBeCloseTo(1);
  });

  it('a twist to the right turns the chest to the right: the right shoulder goes back', () => {
    const j = joints({ chest: { twist: 45 } });
    expect(j.shoulderR[0]).toBeLessThan(-5);
    expect(j.shoulderL[0]).toBeGreaterThan(5);
  });

  it('a side bend to the right tips the head over the right shoulder', () => {
    expect(joints({ neck: { side: 30 } }).head[2]).toBeGreaterThan(3);
  });

  it('rolling on the back turns the front toward the right side', () => {
    const rolled = solve({ at: [0, 6], lean: -90, roll: 90 });
    expect(rolled.pelvis.f[2]).toBeCloseTo(1);
  });

  it('places the figure by a joint when anchored', () => {
    const j = solve({ at: [3, 4, 5], anchor: 'kneeR', legR: { flex: 90, knee: 90 } }).joints;
    close(j.kneeR, [3, 4, 5], 6);
  });
});

describe('the head on the neck', () => {
  it('nods on its own: a neck leaning forward with the head nodded back leaves the face level and the head forward', () => {
    const poked = solve({ ...STANDING, neck: { flex: 40 }, head: { flex: -40 } });
    const upright = solve(STANDING);
    expect(poked.head.f[1]).toBeCloseTo(0);
    expect(poked.joints.head[0] - upright.joints.head[0]).toBeGreaterThan(3);
  });

  it('is where it was when the head is not given its own angles', () => {
    close(solve({ ...STANDING, neck: { flex: 20 }, head: {} }).joints.head, solve({ ...STANDING, neck: { flex: 20 } }).joints.head, 6);
  });

  it('has its nose in front, turning with it', () => {
    const j = solve(STANDING).joints;
    expect(j.nose[0] - j.head[0]).toBeGreaterThan(BODY.headRadius * 0.8);
    const turned = solve({ ...STANDING, neck: { twist: 90 } }).joints;
    expect(turned.nose[2] - turned.head[2]).toBeGreaterThan(BODY.headRadius * 0.8);
  });
});

describe('a hand given a shape', () => {
  const hand = (pose: Partial<Pose>) => solve({ ...STANDING, ...pose }).hands.R!;
  const spanAcross = (bones: readonly { from: Vec3; to: Vec3 }[]) => {
    const zs = bones.flatMap((b) => [b.from[2], b.to[2]]);
    return Math.max(...zs) - Math.min(...zs);
  };

  it('is drawn only when asked: a plain arm has no hand bones', () => {
    expect(solve(STANDING).hands.R).toBeNull();
  });

  it('spreads its fingers wider as a fan than open, and folds them into a compact fist', () => {
    // Arm straight ahead, palm up: the fingers spread across the scene's z.
    const arm = { flex: 90 } as const;
    const open = hand({ armR: { ...arm, hand: 'open' } });
    const fan = hand({ armR: { ...arm, hand: 'fan' } });
    const fist = hand({ armR: { ...arm, hand: 'fist' } });
    expect(spanAcross(fan.bones)).toBeGreaterThan(spanAcross(open.bones) + 2);
    const reach = (h: typeof fist) => Math.max(...h.bones.flatMap((b) => [b.from[0], b.to[0]]));
    expect(reach(fist)).toBeLessThan(reach(open) - 2);
    expect(fist.palm).toBeNull();
  });

  it('faces its palm the way a positive wrist bend goes, and turns it with the forearm', () => {
    const up = hand({ armR: { flex: 90, hand: 'open' } });
    expect(up.palm!.facing[1]).toBeCloseTo(1);
    const down = hand({ armR: { flex: 90, pronate: 180, hand: 'open' } });
    expect(down.palm!.facing[1]).toBeCloseTo(-1);
    const j = joints({ armR: { flex: 90, wrist: 60 } });
    expect(j.handR[1]).toBeGreaterThan(j.wristR[1]);
  });
});

describe('a line of sight', () => {
  it('runs to the point the pose looks at, wherever the figure is placed', () => {
    const s = solve({ at: [5, 31], anchor: 'pelvis', lookAt: [40, 80, -30] });
    close(s.lookAt!, [40, 80, -30], 6);
    expect(solve(STANDING).lookAt).toBeUndefined();
  });
});

describe('the breastbone', () => {
  it('sits on the front of the chest, between the waist and the neck, and lifts forward as the chest arches', () => {
    const j = joints({});
    expect(j.sternum[0]).toBeCloseTo(BODY.torso.chest[1]);
    expect(j.sternum[1]).toBeGreaterThan(j.waist[1]);
    expect(j.sternum[1]).toBeLessThan(j.neck[1]);
    const slumped = joints({ chest: { flex: 14 } });
    const lifted = joints({ chest: { flex: -12 } });
    expect(lifted.sternum[1]).toBeGreaterThan(slumped.sternum[1]);
  });
});

describe('the shoulder blades', () => {
  it('lie on the back and are drawn toward the spine by retracting the shoulders', () => {
    const rest = solve(STANDING);
    const squeezed = solve({ ...STANDING, armL: { retract: 3 }, armR: { retract: 3 } });
    expect(rest.joints.bladeR[0]).toBeLessThan(0);
    expect(rest.joints.bladeR[2]).toBeGreaterThan(0);
    expect(rest.joints.bladeL[2]).toBeLessThan(0);
    expect(squeezed.joints.bladeR[2]).toBeLessThan(rest.joints.bladeR[2]);
    expect(squeezed.joints.bladeL[2]).toBeGreaterThan(rest.joints.bladeL[2]);
    expect(rest.blades.R.length).toBeGreaterThanOrEqual(3);
  });
});
