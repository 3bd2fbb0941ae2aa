import { isDeskFriendly, type Exercise } from '../core/exercise';

/**
 * The exercise library: 14 stretches, desk-friendly ones first.
 * Facts and numbers come from the seed notes (shared/seed/EXERCISES.md); every
 * sentence here is our own wording.
 */
export const EXERCISES: readonly Exercise[] = [
  // ── At the desk ────────────────────────────────────────────────────────────
  {
    id: 'seated-twist',
    name: 'Seated spinal twist',
    positions: ['seated'],
    targets: ['mid-back'],
    dose: { kind: 'breaths', breaths: 4, reps: 1, perSide: true },
    cues: [
      'Sit tall and grow your spine long, chest lifted.',
      'Breathe out and turn your chest to one side.',
      'Take one breath facing forward, then turn the other way.',
    ],
    caution: 'Lengthen before you turn: twisting while slumped squeezes the spine. Stay comfortable.',
    equipment: ['chair'],
    why: 'Frees up a stiff mid back and brings back the rotation long sitting takes away.',
    imageAlt: 'A person sitting on a chair, torso turned to the side, one hand on the chair back.',
  },
  {
    id: 'seated-forward-fold',
    name: 'Seated forward fold',
    positions: ['seated'],
    targets: ['lower-back', 'mid-back', 'upper-back'],
    dose: { kind: 'hold', seconds: 25, reps: 1, perSide: false },
    cues: [
      'Plant both feet flat on the floor.',
      'Fold forward and rest your chest toward your knees.',
      'Let your head and arms hang heavy.',
      'Press your hands into your thighs to roll back up slowly.',
    ],
    caution: 'Rise slowly so you do not get light-headed.',
    equipment: ['chair'],
    why: 'Lets the muscles along the whole spine lengthen and let go.',
    imageAlt: 'A person on a chair folded forward, chest on the thighs, arms hanging to the floor.',
  },
  {
    id: 'shoulder-blade-squeeze',
    name: 'Shoulder blade squeeze',
    positions: ['seated', 'standing'],
    targets: ['upper-back', 'mid-back', 'shoulders'],
    dose: { kind: 'hold', seconds: 10, reps: 3, perSide: false },
    cues: [
      'Sit or stand tall with your head level.',
      'Pull your shoulder blades together and down your back.',
      'Hold the squeeze, then release gently.',
    ],
    caution: 'Keep your shoulders away from your ears: no shrugging.',
    equipment: ['none'],
    why: 'Wakes up the muscles between the shoulder blades and undoes a hunched posture.',
    imageAlt: 'A person standing tall, elbows bent and drawn back, shoulder blades pinched together.',
  },
  {
    id: 'overhead-elbow-stretch',
    name: 'Overhead elbow stretch',
    positions: ['seated', 'standing'],
    targets: ['shoulders', 'arms', 'upper-back', 'sides'],
    dose: { kind: 'hold', seconds: 20, reps: 1, perSide: true },
    cues: [
      'Reach one arm up to the ceiling.',
      'Bend the elbow so your hand drops behind your upper back.',
      'Use the other hand to ease the elbow back a little.',
    ],
    caution: 'Guide the elbow with light pressure only.',
    equipment: ['none'],
    why: 'Opens the back of the arm, the shoulder and the long muscle down your side.',
    imageAlt: 'A person with one elbow bent overhead, the other hand gently holding that elbow.',
  },
  {
    id: 'neck-release',
    name: 'Neck release',
    positions: ['seated'],
    targets: ['neck', 'shoulders'],
    dose: { kind: 'hold', seconds: 20, reps: 1, perSide: true },
    cues: [
      'Sit upright with your head balanced and level.',
      'Tip one ear toward its shoulder.',
      'Let the weight of your head, or a light hand, do the work.',
    ],
    caution: 'Never force your neck. Stop if you feel pain or tingling.',
    equipment: ['chair'],
    why: 'Eases the tight band running from the neck to the top of the shoulders.',
    imageAlt: 'A person on a chair tilting the head to one side, a hand resting lightly on it.',
  },

  // ── On the floor ───────────────────────────────────────────────────────────
  {
    id: 'cat-cow',
    name: 'Cat–cow',
    positions: ['floor'],
    targets: ['mid-back', 'upper-back', 'lower-back'],
    dose: { kind: 'reps', count: 8, sets: 1, perSide: false },
    cues: [
      'Kneel on all fours: wrists below shoulders, knees below hips.',
      'Breathe out and round your back up toward the ceiling.',
      'Breathe in, let your belly drop and lift your chest.',
    ],
    caution: 'If your back is sore, keep the movement small.',
    equipment: ['none'],
    why: 'Warms up the spine and gets a stiff upper back moving again.',
    imageAlt: 'A person on hands and knees with the back arched up in a rounded curve.',
  },
  {
    id: 'thread-the-needle',
    name: 'Thread the needle',
    positions: ['floor'],
    targets: ['shoulders', 'upper-back', 'sides'],
    dose: { kind: 'hold', seconds: 25, reps: 1, perSide: true },
    cues: [
      'Start on hands and knees.',
      'Slide one arm, palm up, under the other arm.',
      'Lower that shoulder and the side of your head to the floor.',
    ],
    caution: 'Put a cushion under your head if it does not reach the floor.',
    equipment: ['none'],
    why: 'Stretches the upper back, the back of the shoulder and the side body.',
    imageAlt: 'A person kneeling on all fours, one arm threaded under the body, shoulder on the floor.',
  },
  {
    id: 'prayer-stretch',
    name: 'Prayer stretch',
    positions: ['floor'],
    targets: ['shoulders', 'mid-back', 'lower-back'],
    dose: { kind: 'hold', seconds: 25, reps: 1, perSide: false },
    cues: [
      'Kneel with knees under hips; widen them if you need room.',
      'Sink your hips back toward your heels.',
      'Walk your hands forward until your chest settles down.',
    ],
    caution: 'Pad your knees with a folded blanket.',
    equipment: ['blanket'],
    why: 'Gives the back and shoulders a long, restful stretch.',
    imageAlt: 'A person kneeling, hips on the heels, arms reaching forward along the floor.',
  },
  {
    id: 'lateral-prayer-stretch',
    name: 'Side prayer stretch',
    positions: ['floor'],
    targets: ['sides', 'shoulders'],
    dose: { kind: 'hold', seconds: 25, reps: 1, perSide: true },
    cues: [
      'Begin in the prayer stretch, arms long in front.',
      'Walk both hands over to one side.',
      'Feel the opposite side of your body open up.',
    ],
    caution: 'Pad your knees with a folded blanket.',
    equipment: ['blanket'],
    why: 'Lengthens the sides of the body and the broad muscles of the back.',
    imageAlt: 'A person kneeling folded forward, both arms reaching off to one side.',
  },
  {
    id: 'bridge',
    name: 'Bridge',
    positions: ['floor'],
    targets: ['hips', 'lower-back'],
    dose: { kind: 'breaths', breaths: 6, reps: 2, perSide: false },
    cues: [
      'Lie on your back, knees bent, feet hip-width apart.',
      'Press through your feet, squeeze your glutes, lift your hips.',
      'Come down slowly, one part of the spine at a time.',
    ],
    caution: 'Keep your neck still and look straight up.',
    equipment: ['none'],
    why: 'Strengthens the glutes, legs and back muscles that support good posture.',
    imageAlt: 'A person lying on the back with knees bent and hips raised off the floor.',
  },
  {
    id: 'cobra',
    name: 'Cobra',
    positions: ['floor'],
    targets: ['mid-back', 'upper-back', 'chest'],
    dose: { kind: 'hold', seconds: 15, reps: 3, perSide: false },
    cues: [
      'Lie face down, legs long, tops of the feet on the floor.',
      'Tuck your elbows in by your ribs.',
      'Lift your chest, fix your gaze on one spot.',
      'Straighten your arms more only if it feels fine.',
    ],
    caution: 'Bend through the mid and upper back, not the lower back.',
    equipment: ['none'],
    why: 'Opens the chest and strengthens the muscles that keep the spine upright.',
    imageAlt: 'A person lying face down, pushing up on the hands to lift the chest.',
  },
  {
    id: 'supported-backbend',
    name: 'Supported backbend',
    positions: ['floor'],
    targets: ['chest', 'mid-back', 'upper-back'],
    dose: { kind: 'hold', seconds: 180, reps: 1, perSide: false },
    cues: [
      'Roll a blanket or towel and lie on it below your shoulder blades.',
      'Rest your arms out at about 45 degrees.',
      'Put a folded blanket under your head and breathe slowly.',
      'For a deeper bend, use two yoga blocks instead.',
    ],
    equipment: ['blanket', 'yoga-block'],
    why: 'A long, gentle opening for a rounded upper back and tight chest.',
    imageAlt: 'A person lying on the back over a rolled blanket, arms resting out to the sides.',
  },
  {
    id: 'kneeling-thoracic-twist',
    name: 'Kneeling thoracic twist',
    positions: ['floor'],
    targets: ['mid-back', 'upper-back'],
    dose: { kind: 'reps', count: 12, sets: 1, perSide: true },
    cues: [
      'On hands and knees, put one hand behind your head.',
      'Sweep that elbow down toward the other arm.',
      'Open it up to the ceiling and follow it with your eyes.',
    ],
    caution: 'Move slowly and stay in control.',
    equipment: ['none'],
    why: 'Restores the twist in the mid back that long desk days stiffen.',
    imageAlt: 'A person on all fours, one hand behind the head, elbow turned up toward the ceiling.',
  },
  {
    id: 'lower-back-rotation',
    name: 'Lower back rotation',
    positions: ['floor'],
    targets: ['lower-back', 'hips'],
    dose: { kind: 'reps', count: 3, sets: 1, perSide: true },
    cues: [
      'Lie on your back, knees bent and feet together.',
      'Let both knees drop to one side, led by the knees alone.',
      'Keep both shoulders resting on the floor.',
    ],
    equipment: ['none'],
    why: 'Loosens the lower back and gently works the core.',
    imageAlt: 'A person lying on the back with both bent knees dropped to one side.',
  },
];

const BY_ID: ReadonlyMap<string, Exercise> = new Map(EXERCISES.map((e) => [e.id, e]));

/** The exercise with this id, or undefined if there is none. */
export function exerciseById(id: string): Exercise | undefined {
  return BY_ID.get(id);
}

/** Ids of the stretches doable at a desk: the default rotation. */
export const DEFAULT_ENABLED_IDS: readonly string[] = EXERCISES.filter(isDeskFriendly).map((e) => e.id);
