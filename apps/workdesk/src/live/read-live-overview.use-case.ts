import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { type LiveOverview, SupportTimeZone } from '@inquiry-router/contracts';
import { Clock } from '@inquiry-router/runtime';
import { AdviserRoster, IncidentCounts, LiveOverviewSource } from '../workdesk.ports';
import { toLiveOverview } from './live-overview.view';

/** The start of the Europe/Oslo day `now` falls in. */
export function startOfOsloDay(now: Date): Date {
  return DateTime.fromJSDate(now, { zone: SupportTimeZone }).startOf('day').toJSDate();
}

/** Reads the supervisors' overview now: queues, service levels, advisers, today's volume, agencies, inquiries per incident. */
@Injectable()
export class ReadLiveOverview {
  constructor(
    private readonly overview: LiveOverviewSource,
    private readonly advisers: AdviserRoster,
    private readonly clock: Clock,
    private readonly incidents: IncidentCounts,
  ) {}

  async execute(now = this.clock.now()): Promise<LiveOverview> {
    const since = startOfOsloDay(now);
    const [rows, advisers, incidents] = await Promise.all([
      this.overview.read(now, since),
      this.advisers.listWithLoad(),
      // Incidents in force, and those ended in the last 24 hours: their inquiries may still wait.
      this.incidents.incidentCounts(new Date(now.getTime() - 86_400_000)),
    ]);
    return toLiveOverview(rows, advisers, since, incidents);
  }
}
