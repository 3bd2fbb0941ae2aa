/** Runs tasks one at a time, in the order they were queued. */
export type SerialQueue = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * A queue whose tasks run one after another: each starts once every task queued before it has
 * settled, whether it succeeded or failed (one failure never blocks the ones after it).
 */
export function serialQueue(): SerialQueue {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = last.then(task, task);
    last = run.catch(() => undefined);
    return run;
  };
}
