import { NonOverlappingJob } from './non-overlapping-job';

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: Error) => void } {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('NonOverlappingJob', () => {
  it('skips a tick while the previous run is still going', async () => {
    const gate = deferred();
    let runs = 0;
    const job = new NonOverlappingJob(
      () => (runs++, gate.promise),
      () => undefined,
    );
    const first = job.tick();
    const second = job.tick();
    expect(runs).toBe(1);
    expect(second).toBe(first);
    gate.resolve();
    await first;
    await job.tick();
    expect(runs).toBe(2);
  });

  it('hands a failing run to onFailure and runs again at the next tick', async () => {
    const failures: unknown[] = [];
    let runs = 0;
    const job = new NonOverlappingJob(
      async () => {
        runs++;
        if (runs === 1) throw new Error('database unreachable');
      },
      (error) => failures.push(error),
    );
    await job.tick();
    await job.tick();
    expect(failures).toEqual([new Error('database unreachable')]);
    expect(runs).toBe(2);
  });

  it('idle() waits for the run in hand', async () => {
    const gate = deferred();
    let finished = false;
    const job = new NonOverlappingJob(
      () => gate.promise.then(() => (finished = true)),
      () => undefined,
    );
    void job.tick();
    const idle = job.idle().then(() => finished);
    gate.resolve();
    await expect(idle).resolves.toBe(true);
    await expect(
      new NonOverlappingJob(
        async () => undefined,
        () => undefined,
      ).idle(),
    ).resolves.toBeUndefined();
  });
});
