import { Injectable } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { Test } from '@nestjs/testing';
import { periodicJob } from './periodic-job';
import { ScheduledJobsModule } from './scheduled-jobs.module';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

@Injectable()
class CountChecks {
  runs = 0;
  async check(): Promise<void> {
    this.runs++;
  }
}

async function appWith(atStart: boolean) {
  const moduleRef = await Test.createTestingModule({
    imports: [ScheduledJobsModule],
    providers: [CountChecks, periodicJob(CountChecks, { name: 'count-checks', everyMs: 20, atStart }, (c) => c.check())],
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
    await sleep(110);
    await app.close();
    const runsAtClose = checks.runs;
    expect(runsAtClose).toBeGreaterThanOrEqual(2);
    await sleep(60);
    expect(checks.runs).toBe(runsAtClose);
  });

  it('with atStart, runs once before the app has started', async () => {
    const app = await appWith(true);
    await app.init();
    expect(app.get(CountChecks).runs).toBe(1);
    await app.close();
  });
});
