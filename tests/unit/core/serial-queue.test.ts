import { describe, expect, it } from 'vitest';
import { serialQueue } from '../../../core/serial-queue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('serialQueue', () => {
  it('runs tasks one at a time, in the order queued', async () => {
    const serially = serialQueue();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
      return name;
    };
    expect(await Promise.all([serially(task('a')), serially(task('b')), serially(task('c'))])).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('a failing task fails only itself; the next still runs', async () => {
    const serially = serialQueue();
    const failed = serially(async () => {
      throw new Error('disk full');
    });
    const next = serially(async () => 'ran');
    await expect(failed).rejects.toThrow('disk full');
    expect(await next).toBe('ran');
  });

  it('separate queues do not wait for each other', async () => {
    const first = serialQueue();
    const second = serialQueue();
    let release!: () => void;
    const blocked = first(() => new Promise<void>((resolve) => (release = resolve)));
    expect(await second(async () => 'free')).toBe('free');
    release();
    await blocked;
  });
});
