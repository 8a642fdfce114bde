import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import {
  defaultCalendar,
  isOpen,
  nextOpening,
  OpeningCalendar,
  openingSpans,
  parseExceptions,
  publicHolidayOn,
} from '@inquiry-router/opening-hours';
import { OpeningExceptionRecord } from '@inquiry-router/persistence';
import { Clock } from '@inquiry-router/runtime';
import { OpeningExceptions } from '../workdesk.ports';
import { InvalidOpeningOrder } from './opening-hours-errors';
import { OpeningHoursView, OpeningStatusView, toExceptionView } from './opening-hours.views';

const MaxDays = 366;
const DefaultDays = 14;

/** The calendar as it is in Postgres now (not a cached copy: supervisors see their order at once). */
@Injectable()
export class ReadOpeningHours {
  constructor(
    private readonly repository: OpeningExceptions,
    private readonly clock: Clock,
  ) {}

  async exceptions(range: { from?: string; to?: string }): Promise<OpeningExceptionRecord[]> {
    const { from, to } = checkedRange(range, { defaultDays: null });
    return this.repository.exceptions({ from, to });
  }

  /** The resulting opening spans per date, with the holiday and the exceptions that shaped them. */
  async spans(range: { from?: string; to?: string }, now = this.clock.now()): Promise<OpeningHoursView> {
    const zone = defaultCalendar().zone;
    const { from, to } = checkedRange(
      { from: range.from ?? DateTime.fromJSDate(now, { zone }).toISODate()!, to: range.to },
      { defaultDays: DefaultDays },
    );
    const ordered = await this.repository.exceptions({ from, to });
    const calendar = calendarOf(ordered);
    const days = [];
    for (let day = DateTime.fromISO(from!, { zone }); day.toISODate()! <= to!; day = day.plus({ days: 1 })) {
      const date = day.toISODate()!;
      days.push({
        date,
        holiday: publicHolidayOn('NO', date),
        spans: openingSpans(date, calendar).map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString() })),
        exceptions: ordered.filter((e) => e.date === date).map(toExceptionView),
      });
    }
    return { zone, days };
  }

  /** Open now? When does it close, or open next? */
  async status(now = this.clock.now()): Promise<OpeningStatusView> {
    const zone = defaultCalendar().zone;
    const today = DateTime.fromJSDate(now, { zone });
    const ordered = await this.repository.exceptions({ from: today.minus({ days: 1 }).toISODate()! });
    const calendar = calendarOf(ordered);
    const open = isOpen(now, calendar);
    const current = open ? openingSpans(today.toISODate()!, calendar).find((s) => s.start <= now && now < s.end) : undefined;
    const next = nextOpening(now, calendar);
    return {
      at: now.toISOString(),
      open,
      closesAt: current ? current.end.toISOString() : null,
      nextOpening: next ? next.toISOString() : null,
    };
  }
}

function calendarOf(ordered: OpeningExceptionRecord[]): OpeningCalendar {
  return defaultCalendar(
    parseExceptions(
      ordered.map((e) => ({ kind: e.kind, date: e.date, opens: e.opens ?? undefined, closes: e.closes ?? undefined, reason: e.reason })),
    ),
  );
}

function checkedRange(range: { from?: string; to?: string }, options: { defaultDays: number | null }): { from?: string; to?: string } {
  for (const [name, value] of Object.entries(range)) {
    if (value !== undefined && !DateTime.fromISO(value).isValid) throw new InvalidOpeningOrder(`${name} ${value} is not a date`);
  }
  const { from } = range;
  let { to } = range;
  if (from && !to && options.defaultDays)
    to = DateTime.fromISO(from)
      .plus({ days: options.defaultDays - 1 })
      .toISODate()!;
  if (from && to) {
    if (to < from) throw new InvalidOpeningOrder(`to (${to}) is before from (${from})`);
    if (DateTime.fromISO(to).diff(DateTime.fromISO(from), 'days').days >= MaxDays)
      throw new InvalidOpeningOrder(`at most ${MaxDays} days at a time`);
  }
  return { from, to };
}
