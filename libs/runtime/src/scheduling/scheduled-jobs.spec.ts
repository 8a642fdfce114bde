import { Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { eventually } from '@inquiry-router/testing';
import { ScheduledJobs } from './scheduled-jobs';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('ScheduledJobs', () => {
  it('runs a job at its interval through the scheduler registry, never two runs at once', async () => {
    const registry = new SchedulerRegistry();
    const jobs = new ScheduledJobs(registry);
    let running = 0;
    let most = 0;
    let runs = 0;
    jobs.every('slow-check', 10, async () => {
      runs++;
      most = Math.max(most, ++running);
      await sleep(35);
      running--;
    });
    expect(registry.getIntervals()).toEqual(['slow-check']);
    // Waits for runs, not for a fixed time: under a loaded CI machine timers fire late.
    await eventually(async () => (runs >= 3 ? true : undefined), 10_000, 'three runs');
    await jobs.onModuleDestroy();
    expect(most).toBe(1);
  });

  it('logs a failed run by the job’s name and the reason, keeps running, and stops on shutdown only once the run in hand is done', async () => {
    const warnings = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const registry = new SchedulerRegistry();
    const jobs = new ScheduledJobs(registry);
    let runs = 0;
    let finished = 0;
    jobs.every('flaky-check', 10, async () => {
      runs++;
      await sleep(20);
      if (runs === 1) throw new Error('redis unreachable');
      finished++;
    });
    await eventually(async () => (runs >= 2 ? true : undefined), 10_000, 'a second run');
    await jobs.onModuleDestroy();
    const runsAtStop = runs;
    expect(finished).toBe(runs - 1);
    expect(warnings.mock.calls).toEqual([
      [{ job: 'flaky-check', reason: 'redis unreachable' }, 'flaky-check failed; trying again in 0.01 s'],
    ]);
    warnings.mockRestore();
    expect(registry.getIntervals()).toEqual([]);
    await sleep(40);
    expect(runs).toBe(runsAtStop);
  });

  it('refreshes at start, then on the schedule, keeping the last value while a refresh fails', async () => {
    const warnings = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const registry = new SchedulerRegistry();
    const jobs = new ScheduledJobs(registry);
    let value = 0;
    let failNext = false;
    await jobs.refreshEvery(
      'counter',
      20,
      async () => {
        if (failNext) {
          failNext = false;
          throw new Error('store unavailable');
        }
        value += 1;
      },
      () => `keeping ${value}`,
    );
    expect(value).toBe(1);
    expect(registry.getIntervals()).toEqual(['counter']);
    failNext = true;
    await eventually(async () => (value >= 3 ? true : undefined), 10_000, 'two refreshes after the failed one');
    await jobs.onModuleDestroy();
    expect(warnings.mock.calls[0]).toEqual([{ job: 'counter', reason: 'store unavailable' }, 'counter failed; keeping 1']);
    warnings.mockRestore();
  });

  it('fails the caller when the first refresh fails, and schedules nothing', async () => {
    const registry = new SchedulerRegistry();
    const jobs = new ScheduledJobs(registry);
    await expect(
      jobs.refreshEvery(
        'broken',
        1000,
        () => Promise.reject(new Error('no policy')),
        () => '',
      ),
    ).rejects.toThrow('no policy');
    expect(registry.getIntervals()).toEqual([]);
  });
});
