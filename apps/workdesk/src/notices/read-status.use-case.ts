import { Injectable } from '@nestjs/common';
import { NoticeEnvironments, type StatusSummaryView } from '@inquiry-router/contracts';
import { componentStatuses, inForce, upcoming } from '@inquiry-router/notices';
import { Clock } from '@inquiry-router/runtime';
import { NoticeRecords } from './notices.ports';
import { toNoticeView } from './notices.views';

/** How far back the status page shows ended notices. */
const RecentDays = 30;

/** What the public status page and its feeds show: each component's state now, what is in force and ahead, the last 30 days. */
@Injectable()
export class ReadStatus {
  constructor(
    private readonly records: NoticeRecords,
    private readonly clock: Clock,
  ) {}

  async summary(): Promise<StatusSummaryView> {
    const now = this.clock.now();
    const [components, notices] = await Promise.all([
      this.records.components(),
      this.records.openOrEndedSince(new Date(now.getTime() - RecentDays * 24 * 3600_000)),
    ]);
    const names = new Map(components.map((c) => [c.code, c.names]));
    // Ahead: soonest first; the rest newest first, as read.
    const ahead = notices.filter((n) => upcoming(n, now)).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    return {
      generatedAt: now.toISOString(),
      components: componentStatuses(components, notices, NoticeEnvironments, now).map((s) => ({ ...s, names: names.get(s.component)! })),
      active: notices.filter((n) => inForce(n, now)).map(toNoticeView),
      upcoming: ahead.map(toNoticeView),
      recent: notices
        .filter((n) => n.endedAt)
        .sort((a, b) => b.endedAt!.getTime() - a.endedAt!.getTime())
        .map(toNoticeView),
    };
  }
}
