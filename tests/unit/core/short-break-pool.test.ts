/** Which cards the short breaks draw from: decided by the cards' data. */
import { describe, expect, it } from 'vitest';
import { isShortBreakCard, shortBreakPool } from '../../../core/short-break-pool';
import { EXERCISE_DATA } from '../../../data/exercises';
import type { ExerciseData } from '../../../core/exercise';

const card = (id: string, targets: ExerciseData['targets'], more: Partial<ExerciseData> = {}) =>
  ({ id, targets, positions: ['seated'], ...more }) as ExerciseData;

describe('the short-break pool', () => {
  it('the library\'s eye cards and its quick posture cards (chin tuck, shoulder rolls, wrist stretch)', () => {
    expect(shortBreakPool(EXERCISE_DATA)).toEqual(['look-far', 'eye-palming', 'chin-tuck', 'shoulder-rolls', 'wrist-flexor-stretch']);
  });

  it('eye cards join by their target, posture cards by their tag, others not at all', () => {
    expect(shortBreakPool([card('far-focus', ['eyes']), card('neck-tilt', ['neck'], { short: true }), card('cobra', ['chest'])])).toEqual(['far-focus', 'neck-tilt']);
  });

  it('never a floor card, whatever it is tagged', () => {
    expect(isShortBreakCard(card('floor-eyes', ['eyes'], { positions: ['floor'] }))).toBe(false);
    expect(shortBreakPool([card('cat-cow', ['mid-back'], { positions: ['floor'], short: true })])).toEqual([]);
  });
});
