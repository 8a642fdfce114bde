import { nextStep, RetrySchedule } from './delivery-schedule';

const minute = 60_000;
const hour = 60 * minute;

describe('nextStep', () => {
  const schedule: RetrySchedule = { delaysMs: [1 * minute, 5 * minute, 30 * minute, 2 * hour, 6 * hour], maxAgeMs: 24 * hour };

  it('walks the retry topics with growing delays, repeats the last, and gives up before 24 hours are exceeded', () => {
    const first = 0;
    let now = first;
    let tier = 0;
    const attempts: number[] = [now];
    for (;;) {
      const step = nextStep(schedule, tier, first, now);
      if (step.kind === 'give-up') break;
      expect(step.tier).toBe(Math.min(tier + 1, 5));
      tier = step.tier;
      now = step.dueAt;
      attempts.push(now);
    }
    expect(attempts.map((t) => t / minute)).toEqual([0, 1, 6, 36, 156, 516, 876, 1236]);
    expect(attempts[attempts.length - 1]).toBeLessThanOrEqual(24 * hour);
    expect(attempts[attempts.length - 1] + 6 * hour).toBeGreaterThan(24 * hour);
  });

  it('gives up at once with no retries configured', () => {
    expect(nextStep({ delaysMs: [], maxAgeMs: hour }, 0, 0, 0)).toEqual({ kind: 'give-up' });
  });

  it('counts the age from the first attempt, not from the last', () => {
    const short: RetrySchedule = { delaysMs: [1000, 1000], maxAgeMs: 2500 };
    expect(nextStep(short, 1, 0, 1000)).toEqual({ kind: 'retry', tier: 2, dueAt: 2000 });
    expect(nextStep(short, 2, 0, 2000)).toEqual({ kind: 'give-up' });
  });
});
