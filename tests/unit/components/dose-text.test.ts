/** The dose in words: the dose the timer runs, after the user's hold setting scaled it. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage } from '../english-messages';
import { doseText } from '../../../components/dose-text';
import { holdPlan, scaledDose, MIN_HOLD_SECONDS, SECONDS_PER_BREATH } from '../../../core/hold-timer';
import type { Dose } from '../../../core/exercise';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
});

const hold = (seconds: number, reps = 1, perSide = false): Dose => ({ kind: 'hold', seconds, reps, perSide });

describe('doseText', () => {
  it('says the hold, the sides and the rounds', () => {
    expect(doseText(hold(20, 1, true))).toBe(`${getMessage('doseHold', ['20'])} · ${getMessage('dosePerSide')}`);
    expect(doseText(hold(10, 3))).toBe(`${getMessage('doseHold', ['10'])} · ${getMessage('doseRounds', ['3'])}`);
    expect(doseText({ kind: 'reps', count: 8, sets: 2, perSide: false })).toBe(`${getMessage('doseReps', ['8'])} · ${getMessage('doseSets', ['2'])}`);
  });

  it('scales holds and breaths, never repetitions', () => {
    expect(doseText(scaledDose(hold(20), 1.5))).toBe(getMessage('doseHold', ['30']));
    expect(doseText(scaledDose({ kind: 'breaths', breaths: 4, reps: 1, perSide: false }, 2))).toBe(getMessage('doseBreaths', ['8']));
    expect(doseText(scaledDose({ kind: 'reps', count: 8, sets: 1, perSide: false }, 2))).toBe(getMessage('doseReps', ['8']));
  });

  it('names the same seconds and breaths the timer runs, down to the shortest hold', () => {
    for (const multiplier of [0.5, 0.75, 1, 1.5, 2]) {
      for (const seconds of [6, 8, 10, 25]) {
        const running = scaledDose(hold(seconds), multiplier);
        expect(doseText(running)).toBe(getMessage('doseHold', [String(holdPlan(running)[0]!.seconds)]));
      }
      const breaths: Dose = { kind: 'breaths', breaths: 1, reps: 1, perSide: false };
      const runningBreaths = scaledDose(breaths, multiplier);
      expect(doseText(runningBreaths)).toBe(getMessage('doseBreaths', [String(holdPlan(runningBreaths)[0]!.seconds / SECONDS_PER_BREATH)]));
    }
    expect(doseText(scaledDose(hold(6), 0.5))).toBe(getMessage('doseHold', [String(MIN_HOLD_SECONDS)]));
  });
});
