import type { PictureSpec } from '../../core/pictures/pose';

/**
 * On the front of a chair, away from its back, seen from the side (a little in front, so both arms
 * show): sitting as at the desk, shoulders rounded; then both arms reach out and down behind the
 * hips, palms turned forward, shoulders drawn back and down, the chest lifted forward (the arrow at
 * the breastbone), the neck long.
 */
/** Sitting with the pelvis tipped forward (+) or back (-) by `lean`, the thighs level all the same. */
const seated = (lean: number) => {
  const leg = { flex: 84 + lean / 2, knee: 84, ankle: 3, abduct: 8 };
  return { at: [8, 31], lean, legL: leg, legR: leg } as const;
};
const handOnThigh = { flex: 22, elbow: 58, abduct: 6, retract: -1.5, hand: 'open' } as const;
const opened = { flex: -32, abduct: 48, rotate: -50, elbow: 4, retract: 3, shrug: -1.5, hand: 'open' } as const;

export const seatedChestOpener: PictureSpec = {
  camera: { yaw: 20, pitch: 12 },
  props: [{ kind: 'floor' }, { kind: 'chair', at: [-5, 0] }],
  keyframes: [
    { ...seated(-6), lumbar: { flex: 8 }, chest: { flex: 14 }, neck: { flex: -4 }, armL: handOnThigh, armR: handOnThigh },
    { ...seated(12), lumbar: { flex: -10 }, chest: { flex: -12 }, neck: { flex: 8 }, armL: opened, armR: opened },
  ],
  still: 1,
  arrow: { joint: 'sternum', length: 16, bend: 0.2, shift: [8, 2] },
};
