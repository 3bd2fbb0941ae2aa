import { describe, expect, it } from 'vitest';
import type { Dose } from '../../../../core/exercise';
import { cycleMs, cycleTime, layerOpacities, type OpacityStop, type PictureMotion } from '../../../../core/pictures/motion';

/** A layer's opacity at time t (0-1) of the cycle, as the Web Animations API interpolates the stops. */
function at(stops: readonly OpacityStop[], t: number): number {
  let value = stops[0]!.opacity;
  for (let i = 0; i < stops.length - 1; i++) {
    const [a, b] = [stops[i]!, stops[i + 1]!];
    if (t >= a.offset && t < b.offset) return a.opacity + ((b.opacity - a.opacity) * (t - a.offset)) / (b.offset - a.offset);
    if (t >= b.offset) value = b.opacity;
  }
  return value;
}

const MOTIONS: Record<string, PictureMotion> = {
  'start and stretch': { frames: 2, sequence: [0, 1], cycle: 'unit' },
  'three there and back': { frames: 3, sequence: [0, 1, 2, 1], cycle: 4 },
  'four in a loop': { frames: 4, sequence: [0, 1, 2, 3], cycle: 6 },
  'back before forth': { frames: 3, sequence: [2, 0, 1], cycle: 5 },
};

describe('a picture\'s layers over one cycle', () => {
  for (const [name, motion] of Object.entries(MOTIONS)) {
    const stops = layerOpacities(motion, 4000);

    it(`${name}: each layer runs from 0 to 1 with its stops in order`, () => {
      expect(stops).toHaveLength(motion.frames);
      for (const layer of stops) {
        expect(layer[0]!.offset).toBe(0);
        expect(layer[layer.length - 1]!.offset).toBe(1);
        for (let i = 1; i < layer.length; i++) expect(layer[i]!.offset).toBeGreaterThanOrEqual(layer[i - 1]!.offset);
      }
    });

    it(`${name}: shows each step's keyframe alone in the middle of its step`, () => {
      motion.sequence.forEach((frame, step) => {
        const t = (step + 0.3) / motion.sequence.length;
        stops.forEach((layer, i) => expect(at(layer, t), `step ${step}, layer ${i}`).toBe(i === frame ? 1 : 0));
      });
    });

    it(`${name}: never lets the card show through: at every moment some layer is whole`, () => {
      for (let t = 0; t < 1; t += 0.001) expect(Math.max(...stops.map((layer) => at(layer, t))), `t=${t}`).toBe(1);
    });

    it(`${name}: starts where it ends, so the loop has no jump`, () => {
      for (const layer of stops) expect(at(layer, 0)).toBe(layer[layer.length - 1]!.opacity);
    });
  }

  it('fades in at most 0.7 s and within the last part of each step', () => {
    const [, upper] = layerOpacities({ frames: 2, sequence: [0, 1], cycle: 10 }, 10_000);
    const rising = upper!.findIndex((s) => s.opacity === 1);
    expect((upper![rising]!.offset - upper![rising - 1]!.offset) * 10_000).toBeCloseTo(700);
    expect(upper![rising]!.offset).toBe(0.5);
  });
});

describe('a picture\'s cycle', () => {
  const breaths: Dose = { kind: 'breaths', breaths: 4, reps: 1, perSide: true };
  const reps: Dose = { kind: 'reps', count: 8, sets: 1, perSide: false };
  const hold: Dose = { kind: 'hold', seconds: 20, reps: 1, perSide: true };
  const unit: PictureMotion = { frames: 2, sequence: [0, 1], cycle: 'unit' };

  it('follows the dose: one breath, one repetition, or 4 s for a plain hold', () => {
    expect(cycleMs(unit, breaths)).toBe(5000);
    expect(cycleMs(unit, reps)).toBe(3000);
    expect(cycleMs(unit, hold)).toBe(4000);
  });

  it('takes its own length when the picture gives one', () => {
    expect(cycleMs({ ...unit, cycle: 6 }, breaths)).toBe(6000);
  });

  it('starts a cycle with each phase of the timer', () => {
    expect(cycleTime(0, 5000)).toBe(0);
    expect(cycleTime(12_345, 5000)).toBe(2345);
    expect(cycleTime(-1, 5000)).toBe(4999);
  });
});
