import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { shiftStaffing, type Competence } from '@inquiry-router/adviser-training';
import { type Channel, Channels, LocalDatePattern, SupportTimeZone } from '@inquiry-router/contracts';
import { forecastContacts, ForecastInputError, type DeadlineOccurrence, type IntervalForecast } from '@inquiry-router/forecasting';
import {
  defaultCalendar,
  DefaultServiceLevelTargets,
  parseExceptions,
  targetDuration,
  type OpeningCalendar,
  type ServiceLevelTarget,
} from '@inquiry-router/opening-hours';
import type { PlanningSettings } from '@inquiry-router/persistence';
import { Clock } from '@inquiry-router/runtime';
import {
  defaultExtendedHoursPolicy,
  proposeExtendedHours,
  staffingRequirements,
  type DemandCause,
  type ExtendedHoursProposal,
  type PlanSlot,
  type SlotRequirement,
} from '@inquiry-router/staffing';
import { OpeningExceptions, ServiceLevelTargets } from '../workdesk.ports';
import { ContactHistory, ForecastDeadlines, PlanningStore, RosterCompetences } from './planning.ports';
import { InvalidPlanningRequest, NotEnoughHistory } from './planning-errors';

/** About two months: a planning period, and a forecast that still answers in a second or two. */
export const longestSpanDays = 62;
export const defaultSpanDays = 14;
/** A year ahead: the seasons the forecast knows. */
const farthestAheadDays = 366;
/** The handle times measured over the last 90 days; a channel without any handled takes these (typical of a public-sector contact centre). */
export const defaultHandleSeconds: Readonly<Record<Channel, number>> = { phone: 300, email: 480, social: 300 };
const handleTimeDays = 90;
/** Deadlines after the span whose windows reach back into it. */
const deadlineMarginDays = 40;

/**
 * One half-hour of the span, all channels: what the forecast and the roster give. `planned` is the
 * roster as qualified staff (a trainee counts for `TraineeStaffFactor`); `rostered` the heads.
 */
export interface PlannedSlot extends PlanSlot {
  date: string;
  time: string;
  rostered: number;
  trainees: number;
  mentors: number;
}

/** Everything the planner shows for a span, computed from the history, the calendar, the roster and the settings. */
export interface SpanPlan {
  from: string;
  to: string;
  today: string;
  history: { from: string | null; to: string | null; generated: boolean };
  settings: PlanningSettings;
  /** Every channel's half-hours of the span, with what really came in the past ones (null: not yet). */
  forecast: (IntervalForecast & { actual: number | null })[];
  slots: PlannedSlot[];
  requirements: SlotRequirement[];
  /** The deadlines falling in the span. */
  deadlines: DeadlineOccurrence[];
  /** Days from today on that normal hours cannot meet. */
  proposals: ExtendedHoursProposal[];
  handleSeconds: Record<Channel, number>;
  targets: Record<Channel, { withinSeconds: number; share: number }>;
}

/**
 * The plan for a span of days: the forecast learned from all the history before today (the app's
 * clock), the filing deadlines' learned effects in it, the advisers each half-hour needs (Erlang C
 * for calls, the backlog model for written work, measured handle times, the stored targets and
 * shrinkage), the roster against it, and the days that need extended hours.
 */
@Injectable()
export class PlanSpan {
  constructor(
    private readonly history: ContactHistory,
    private readonly deadlines: ForecastDeadlines,
    private readonly exceptions: OpeningExceptions,
    private readonly targets: ServiceLevelTargets,
    private readonly store: PlanningStore,
    private readonly competences: RosterCompetences,
    private readonly clock: Clock,
  ) {}

  /** The local dates asked for, checked: real dates, in order, at most `longestSpanDays`; by default the next two weeks. */
  span(query: { from?: string; to?: string }): { from: string; to: string } {
    const today = DateTime.fromJSDate(this.clock.now(), { zone: SupportTimeZone }).startOf('day');
    const from = query.from ? checkedDate(query.from, 'from') : today;
    const to = query.to ? checkedDate(query.to, 'to') : from.plus({ days: defaultSpanDays - 1 });
    if (to < from) throw new InvalidPlanningRequest(`to (${to.toISODate()}) is before from (${from.toISODate()})`);
    if (from > today.plus({ days: farthestAheadDays }))
      throw new InvalidPlanningRequest(
        `from may be at most ${farthestAheadDays} days after today (${today.toISODate()}): the forecast reaches no further`,
      );
    if (to.diff(from, 'days').days + 1 > longestSpanDays)
      throw new InvalidPlanningRequest(`a span may cover at most ${longestSpanDays} days (asked ${to.diff(from, 'days').days + 1})`);
    return { from: from.toISODate()!, to: to.toISODate()! };
  }

  async plan(query: { from?: string; to?: string }): Promise<SpanPlan> {
    const { from, to } = this.span(query);
    const now = this.clock.now();
    const todayStart = DateTime.fromJSDate(now, { zone: SupportTimeZone }).startOf('day');
    const today = todayStart.toISODate()!;
    const received = await this.history.receivedSpan();
    const historyFirst = received ? DateTime.fromJSDate(received.first, { zone: SupportTimeZone }).startOf('day') : null;
    if (!historyFirst || todayStart.diff(historyFirst, 'days').days < 14) {
      throw new NotEnoughHistory(
        'the forecast needs at least two weeks of contact history before today; record some, or write a realistic past with `npm run history:generate`',
      );
    }
    const historyFrom = historyFirst.toISODate()!;
    const spanStart = DateTime.fromISO(from, { zone: SupportTimeZone });
    const spanEnd = DateTime.fromISO(to, { zone: SupportTimeZone }).plus({ days: 1 });
    const calendarTo = spanEnd.plus({ days: deadlineMarginDays }).toISODate()!;
    const [counts, generated, ordered, deadlines, settings, handleTimes, targetRows, shifts, register] = await Promise.all([
      this.history.countsPerInterval(historyFirst.toJSDate(), todayStart.toJSDate()),
      this.history.anyGenerated(historyFirst.toJSDate(), todayStart.toJSDate()),
      this.exceptions.exceptions({ from: historyFrom < from ? historyFrom : from, to: calendarTo }),
      this.deadlines.between(historyFrom < from ? historyFrom : from, calendarTo),
      this.store.settings(),
      this.history.handleTimes(todayStart.minus({ days: handleTimeDays }).toJSDate(), now),
      this.targets.serviceLevelTargets(),
      this.store.shifts({ from, to }),
      this.competences.register(),
    ]);
    const calendar = defaultCalendar(
      parseExceptions(
        ordered.map((e) => ({ kind: e.kind, date: e.date, opens: e.opens ?? undefined, closes: e.closes ?? undefined, reason: e.reason })),
      ),
    );

    let intervals: IntervalForecast[];
    try {
      intervals = forecastContacts({
        history: { from: historyFrom, to: today, counts },
        deadlines,
        calendar,
        horizon: { from, weeks: Math.ceil(spanEnd.diff(spanStart, 'days').days / 7) },
      }).intervals.filter((i) => i.date <= to);
    } catch (error) {
      if (error instanceof ForecastInputError) throw new NotEnoughHistory(`the forecast cannot be made: ${error.message}`);
      throw error;
    }

    const actualUntil = new Date(Math.min(now.getTime(), spanEnd.toMillis()));
    const actualCounts =
      spanStart.toMillis() < actualUntil.getTime() ? await this.history.countsPerInterval(spanStart.toJSDate(), actualUntil) : [];
    const actual = new Map(actualCounts.map((c) => [`${c.channel} ${c.intervalStart.toISOString()}`, c.count]));
    const forecast = intervals.map((i) => ({
      ...i,
      actual: Date.parse(i.start) + 30 * 60_000 <= now.getTime() ? (actual.get(`${i.channel} ${i.start}`) ?? 0) : null,
    }));

    const slots = slotsOf(intervals, shifts, new Map(register.map((a) => [a.adviser, a.competences])));
    const handleSeconds = measuredHandleSeconds(handleTimes);
    const targets = staffingTargets(targetRows, calendar);
    const requirements = staffingRequirements({ slots, intervalMinutes: 30, handleSeconds, targets, shrinkage: settings.shrinkage });
    const maxAdvisers = settings.maxAdvisers ?? (await this.store.adviserCount());
    const proposals =
      maxAdvisers > 0 ? proposalsFor(slots, requirements, intervals, { today, maxAdvisers, shrinkage: settings.shrinkage }) : [];
    const lastHistoryDay = todayStart.minus({ days: 1 }).toISODate()!;
    return {
      from,
      to,
      today,
      history: { from: historyFrom, to: lastHistoryDay, generated },
      settings,
      forecast,
      slots,
      requirements,
      deadlines: deadlines.filter((d) => d.date >= from && d.date <= to),
      proposals,
      handleSeconds,
      targets,
    };
  }
}

function checkedDate(value: string, name: string): DateTime {
  const date = DateTime.fromISO(value, { zone: SupportTimeZone });
  if (!LocalDatePattern.test(value) || !date.isValid) throw new InvalidPlanningRequest(`${name} must be a YYYY-MM-DD date, not "${value}"`);
  return date;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The half-hours of the span, all channels together, with the advisers whose shifts cover them:
 * as qualified staff (each shift weighed by its adviser's competences), heads, trainees and mentors.
 */
function slotsOf(
  intervals: readonly IntervalForecast[],
  shifts: readonly { adviser: string; date: string; starts: string; ends: string; queues: string[] }[],
  competences: ReadonlyMap<string, readonly Competence[]>,
): PlannedSlot[] {
  const staffed = shifts.map((s) => ({ ...s, staffing: shiftStaffing(competences.get(s.adviser) ?? [], s.queues) }));
  const byStart = new Map<string, PlannedSlot>();
  for (const i of intervals) {
    let slot = byStart.get(i.start);
    if (!slot) {
      const on = staffed.filter((s) => s.date === i.date && s.starts <= i.time && i.time < s.ends);
      slot = {
        start: new Date(i.start),
        date: i.date,
        time: i.time,
        open: i.closed === null,
        contacts: { phone: 0, email: 0, social: 0 },
        planned: round2(on.reduce((n, s) => n + s.staffing.weight, 0)),
        rostered: on.length,
        trainees: on.filter((s) => s.staffing.trainee).length,
        mentors: on.filter((s) => s.staffing.mentor).length,
      };
      byStart.set(i.start, slot);
    }
    slot.contacts[i.channel] = i.forecast;
  }
  return [...byStart.values()].sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** Mean handle time per channel over its queues, weighted by inquiries handled; the default where none was. */
function measuredHandleSeconds(stats: readonly { channel: Channel; handled: number; meanSeconds: number }[]): Record<Channel, number> {
  return Object.fromEntries(
    Channels.map((c) => {
      const own = stats.filter((s) => s.channel === c && s.handled > 0 && s.meanSeconds > 0);
      const handled = own.reduce((n, s) => n + s.handled, 0);
      return [c, handled > 0 ? own.reduce((t, s) => t + s.meanSeconds * s.handled, 0) / handled : defaultHandleSeconds[c]];
    }),
  ) as Record<Channel, number>;
}

/** The every-queue (`*`) target per channel as stored, else the default: its time in seconds and its share. */
function staffingTargets(
  rows: readonly { queue: string; channel: string; within: number; unit: string; warnFraction: number; share: number }[],
  calendar: OpeningCalendar,
): Record<Channel, { withinSeconds: number; share: number }> {
  return Object.fromEntries(
    Channels.map((c) => {
      const row = rows.find((r) => r.queue === '*' && r.channel === c);
      const target: ServiceLevelTarget = row ? (row as ServiceLevelTarget) : DefaultServiceLevelTargets[c];
      return [c, { withinSeconds: targetDuration(target, calendar) / 1000, share: target.share }];
    }),
  ) as Record<Channel, { withinSeconds: number; share: number }>;
}

/** The days from today on that normal hours cannot meet, each with the deadline that raises it most. */
function proposalsFor(
  slots: readonly PlannedSlot[],
  requirements: readonly SlotRequirement[],
  intervals: readonly IntervalForecast[],
  context: { today: string; maxAdvisers: number; shrinkage: number },
): ExtendedHoursProposal[] {
  const proposals: ExtendedHoursProposal[] = [];
  const dates = [...new Set(slots.map((s) => s.date))].filter((d) => d >= context.today);
  for (const date of dates) {
    const open = slots.map((s, k) => ({ s, r: requirements[k] })).filter(({ s }) => s.date === date && s.open);
    if (open.length === 0) continue;
    const last = DateTime.fromISO(`${date}T${open[open.length - 1].s.time}`, { zone: SupportTimeZone }).plus({ minutes: 30 });
    const causes = new Map<string, DemandCause>();
    for (const i of intervals) {
      if (i.date !== date || i.closed !== null) continue;
      for (const c of i.deadline.causes) {
        if (c.factor <= 1) continue;
        const known = causes.get(c.deadlineId);
        if (!known || known.factor < c.factor)
          causes.set(c.deadlineId, { deadlineId: c.deadlineId, name: c.name, date: c.date, factor: c.factor });
      }
    }
    const proposal = proposeExtendedHours(
      {
        date,
        closes: last.toFormat('HH:mm'),
        slots: open.map(({ s, r }) => ({ contacts: s.contacts.phone + s.contacts.email + s.contacts.social, neededTotal: r.neededTotal })),
        causes: [...causes.values()],
      },
      { ...defaultExtendedHoursPolicy, maxAdvisers: context.maxAdvisers, shrinkage: context.shrinkage },
    );
    if (proposal) proposals.push(proposal);
  }
  return proposals;
}
