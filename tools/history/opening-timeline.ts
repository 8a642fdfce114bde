import { DateTime } from 'luxon';
import { openingSpans, type LocalDate, type OpeningCalendar } from '@inquiry-router/opening-hours';

export interface OpenSpan {
  date: LocalDate;
  start: number;
  end: number;
  /** Local minute of the day the span starts at. */
  startMinute: number;
}

/**
 * The calendar's opening spans over a range of dates, worked out once, so that adding opening
 * time to hundreds of thousands of instants is a binary search rather than a calendar walk.
 */
export class OpeningTimeline {
  readonly spans: OpenSpan[] = [];

  constructor(calendar: OpeningCalendar, from: LocalDate, to: LocalDate) {
    const last = DateTime.fromISO(to, { zone: calendar.zone });
    for (let day = DateTime.fromISO(from, { zone: calendar.zone }); day <= last; day = day.plus({ days: 1 })) {
      const date = day.toISODate()!;
      for (const s of openingSpans(date, calendar)) {
        const local = DateTime.fromJSDate(s.start, { zone: calendar.zone });
        this.spans.push({ date, start: s.start.getTime(), end: s.end.getTime(), startMinute: local.hour * 60 + local.minute });
      }
    }
  }

  isOpen(at: number): boolean {
    const i = this.spanAtOrAfter(at);
    return i < this.spans.length && this.spans[i].start <= at;
  }

  /**
   * The instant `ms` of opening time after `start` (closed time does not count); past the end of
   * the timeline, the rest runs on the wall clock.
   */
  addOpeningTime(start: number, ms: number): number {
    let left = ms;
    let at = start;
    for (let i = this.spanAtOrAfter(start); i < this.spans.length; i++) {
      const span = this.spans[i];
      at = Math.max(at, span.start);
      if (at + left <= span.end) return at + left;
      left -= span.end - at;
      at = span.end;
    }
    return at + left;
  }

  /** The first span that ends after `at`. */
  private spanAtOrAfter(at: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid].end <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
