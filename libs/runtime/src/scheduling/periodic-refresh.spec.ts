import { SchedulerRegistry } from '@nestjs/schedule';
import { PeriodicRefresh } from './periodic-refresh';

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('PeriodicRefresh', () => {
  it('refreshes at start, then on the schedule, keeping the last value when a refresh fails', async () => {
    const scheduler = new SchedulerRegistry();
    let value = 0;
    let failNext = false;
    const refresh = new PeriodicRefresh(scheduler, {
      name: 'counter',
      everySeconds: 0.05,
      refresh: async () => {
        if (failNext) {
          failNext = false;
          throw new Error('store unavailable');
        }
        value += 1;
      },
      keeping: () => `keeping ${value}`,
    });
    await refresh.start();
    expect(value).toBe(1);
    expect(scheduler.getIntervals()).toEqual(['counter']);
    failNext = true;
    await settle(300);
    expect(value).toBeGreaterThanOrEqual(3);
    refresh.stop();
    expect(scheduler.getIntervals()).toEqual([]);
    const stopped = value;
    await settle(150);
    expect(value).toBe(stopped);
  });

  it('stops the caller when the first refresh fails, and schedules nothing', async () => {
    const scheduler = new SchedulerRegistry();
    const refresh = new PeriodicRefresh(scheduler, { name: 'broken', everySeconds: 1, refresh: () => Promise.reject(new Error('no policy')), keeping: () => '' });
    await expect(refresh.start()).rejects.toThrow('no policy');
    expect(scheduler.getIntervals()).toEqual([]);
  });

  it('does not overlap a refresh still running', async () => {
    const scheduler = new SchedulerRegistry();
    let running = 0;
    let most = 0;
    let calls = 0;
    const refresh = new PeriodicRefresh(scheduler, {
      name: 'slow',
      everySeconds: 0.02,
      refresh: async () => {
        calls += 1;
        running += 1;
        most = Math.max(most, running);
        await settle(calls === 1 ? 0 : 120);
        running -= 1;
      },
      keeping: () => '',
    });
    await refresh.start();
    await settle(300);
    refresh.stop();
    expect(calls).toBeGreaterThan(1);
    expect(most).toBe(1);
  });
});
