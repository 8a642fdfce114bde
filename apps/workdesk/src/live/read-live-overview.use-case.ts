import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { LiveOverview } from '@inquiry-router/contracts';
import { Clock } from '@inquiry-router/runtime';
import { AdviserRoster, LiveOverviewSource } from '../workdesk.ports';
import { toLiveOverview } from './live-overview.view';

/** The start of the Europe/Oslo day `now` falls in. */
export function startOfOsloDay(now: Date): Date {
  return DateTime.fromJSDate(now, { zone: 'Europe/Oslo' }).startOf('day').toJSDate();
}

/** Reads the supervisors' overview now: queues, service levels, advisers, today's volume, agencies. */
@Injectable()
export class ReadLiveOverview {
  constructor(
    @Inject(LiveOverviewSource) private readonly overview: LiveOverviewSource,
    @Inject(AdviserRoster) private readonly advisers: AdviserRoster,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(now = this.clock.now()): Promise<LiveOverview> {
    const since = startOfOsloDay(now);
    const [rows, advisers] = await Promise.all([this.overview.read(now, since), this.advisers.listWithLoad()]);
    return toLiveOverview(rows, advisers, since);
  }
}
