import { Injectable } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { Test } from '@nestjs/testing';
import { eventually } from '@inquiry-router/testing';
import { Clock, SettableClock } from '../clock/clock';
import { periodicJob } from './periodic-job';
import { ScheduledJobsModule } from './scheduled-jobs.module';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

@Injectable()
class CountChecks {
  runs = 0;
  lastRunAt?: Date;
  async check(now: Date): Promise<void> {
    this.runs++;
    this.lastRunAt = now;
  }
}

const clockStart = new Date('2020-03-02T08:00:00Z');

async function appWith(atStart: boolean) {
  const moduleRef = await Test.createTestingModule({
    imports: [ScheduledJobsModule],
    providers: [
      { provide: Clock, useValue: new SettableClock(clockStart) },
      CountChecks,
      periodicJob(CountChecks, { name: 'count-checks', everyMs: 20, atStart }, (c, now) => c.check(now)),
    ],
  }).compile();
  return moduleRef.createNestApplication({ logger: false });
}

describe('periodicJob', () => {
  it('schedules the use case by name when the app starts, and stops it with the app', async () => {
    const app = await appWith(false);
    const checks = app.get(CountChecks);
    expect(app.get(SchedulerRegistry).getIntervals()).toEqual([]);
    await app.init();
    expect(checks.runs).toBe(0);
    expect(app.get(SchedulerRegistry).getIntervals()).toEqual(['count-checks']);
    // Waits for runs, not for a fixed time: under a loaded CI machine timers fire late.
    await eventually(async () => (checks.runs >= 2 ? true : undefined), 10_000, 'two runs');
    await app.close();
    const runsAtClose = checks.runs;
    await sleep(60);
    expect(checks.runs).toBe(runsAtClose);
  });

  it("with atStart, runs once before the app has started, at the time of the app's clock", async () => {
    const app = await appWith(true);
    await app.init();
    expect(app.get(CountChecks).runs).toBe(1);
    // The app's clock started years ago and runs on from there; the system's time would be far later.
    const sinceClockStart = app.get(CountChecks).lastRunAt!.getTime() - clockStart.getTime();
    expect(sinceClockStart).toBeGreaterThanOrEqual(0);
    expect(sinceClockStart).toBeLessThan(5_000);
    await app.close();
  });
});
