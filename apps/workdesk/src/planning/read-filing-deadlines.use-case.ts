import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { occurrencesBetween } from '@inquiry-router/filing-deadlines';
import type { FilingDeadlineRecord } from '@inquiry-router/persistence';
import { Clock } from '@inquiry-router/runtime';
import { SupportTimeZone } from '@inquiry-router/contracts';
import { FilingDeadlineStore } from './planning.ports';
import { FilingDeadlineNotFound, InvalidFilingDeadline } from './filing-deadline-errors';
import type { DeadlineAuditQuery, DeadlineRangeQuery } from './filing-deadlines.requests';
import {
  FilingDeadlineAuditEntryView,
  FilingDeadlineListView,
  FilingDeadlineView,
  toAuditEntryView,
  toDeadlineView,
} from './filing-deadlines.views';

/** Two years: enough to plan a season ahead and look back at the last one. */
const longestRangeDays = 731;

/** The deadline calendar with when each deadline falls in a range of dates, and its audit trail. */
@Injectable()
export class ReadFilingDeadlines {
  constructor(
    private readonly store: FilingDeadlineStore,
    private readonly clock: Clock,
  ) {}

  async list(query: DeadlineRangeQuery): Promise<FilingDeadlineListView> {
    const { from, to } = this.range(query);
    const deadlines = await this.store.list({ includeInactive: query.includeInactive ?? false });
    const occurrences = occurrencesBetween(deadlines, from, to);
    return { from, to, deadlines: deadlines.map((d) => toDeadlineView(d, occurrences)), occurrences };
  }

  async one(id: string, query: DeadlineRangeQuery): Promise<FilingDeadlineView> {
    const { from, to } = this.range(query);
    const deadline = await this.store.find(id);
    if (!deadline) throw new FilingDeadlineNotFound(id);
    return toDeadlineView(deadline, occurrencesBetween([deadline], from, to));
  }

  /** A deadline just stored, with when it falls in the next 90 days. */
  view(deadline: FilingDeadlineRecord): FilingDeadlineView {
    const { from, to } = this.range({});
    return toDeadlineView(deadline, occurrencesBetween([deadline], from, to));
  }

  async audit(query: DeadlineAuditQuery): Promise<FilingDeadlineAuditEntryView[]> {
    return (await this.store.auditTrail({ deadlineId: query.deadline, limit: query.limit })).map(toAuditEntryView);
  }

  /** The dates asked for, checked: real dates, in order, at most two years; by default the next 90 days. */
  private range(query: DeadlineRangeQuery): { from: string; to: string } {
    const from = query.from
      ? DateTime.fromISO(query.from, { zone: SupportTimeZone })
      : DateTime.fromJSDate(this.clock.now(), { zone: SupportTimeZone }).startOf('day');
    if (!from.isValid) throw new InvalidFilingDeadline(`from ${query.from} is not a date`);
    const to = query.to ? DateTime.fromISO(query.to, { zone: SupportTimeZone }) : from.plus({ days: 89 });
    if (!to.isValid) throw new InvalidFilingDeadline(`to ${query.to} is not a date`);
    if (to < from) throw new InvalidFilingDeadline(`to (${to.toISODate()}) is before from (${from.toISODate()})`);
    if (to.diff(from, 'days').days > longestRangeDays) throw new InvalidFilingDeadline(`a range may span at most ${longestRangeDays} days`);
    return { from: from.toISODate(), to: to.toISODate() };
  }
}
