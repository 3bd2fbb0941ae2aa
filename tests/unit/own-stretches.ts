/** A user's own stretch, as the tests write one: every field set, all of it valid. */
import type { OwnStretch } from '../../core/own-stretch';

export const WALL_ANGELS: OwnStretch = {
  id: 'own-mhx0a1b2-000001',
  name: 'Wall angels',
  cues: ['Stand with your back to a wall.', 'Slide your arms up and down slowly.'],
  dose: { kind: 'reps', count: 8, sets: 2, perSide: false },
  positions: ['standing'],
  targets: ['shoulders', 'upper-back'],
  caution: 'Stop if your shoulder pinches.',
  picture: 'overhead-elbow-stretch',
  inRotation: true,
  favourite: false,
};
