import { describe, expect, it } from 'vitest';
import { viewFrom } from '../../../../core/pictures/camera';
import { DESK_HEIGHT, propShapes } from '../../../../core/pictures/props';

describe('an exercise mat', () => {
  const fromAbove = viewFrom({ pitch: 90 });
  const across = (width?: number) => {
    const [mat] = propShapes([{ kind: 'mat', from: -40, to: 40, z: -5, ...(width ? { width } : {}) }], fromAbove);
    return mat!.box;
  };

  it('is 32 across by default, centred on its z', () => {
    const box = across();
    expect(box[3] - box[1]).toBeCloseTo(32);
    expect((box[1] + box[3]) / 2).toBeCloseTo(-5);
  });

  it('can be made wider, for hands walked over to one side', () => {
    const box = across(60);
    expect(box[3] - box[1]).toBeCloseTo(60);
    expect((box[1] + box[3]) / 2).toBeCloseTo(-5);
  });
});

describe('a desk', () => {
  const side = viewFrom({});
  const top = (height?: number) => {
    const [desk] = propShapes([{ kind: 'desk', at: [0, 0], ...(height ? { height } : {}) }], side);
    return -desk!.box[1];
  };

  it('has its top at a sitting desk height by default', () => {
    expect(top()).toBeCloseTo(DESK_HEIGHT);
  });

  it('can stand higher, its legs reaching the floor', () => {
    const [desk] = propShapes([{ kind: 'desk', at: [0, 0], height: 46 }], side);
    expect(-desk!.box[1]).toBeCloseTo(46);
    expect(desk!.box[3]).toBeCloseTo(0);
  });
});
