import { DateTime } from 'luxon';
import { agencyTarget, Channels, type Channel, type QueueName } from '@inquiry-router/contracts';
import type { FilingDeadline } from '@inquiry-router/filing-deadlines';
import {
  defaultCalendar,
  DefaultServiceLevelTargets,
  describeTarget,
  type LocalDate,
  type OpeningException,
} from '@inquiry-router/opening-hours';
import {
  AnnualVolume,
  dayWeight,
  deadlinePulls,
  ExtendedUntil,
  extendedHourDates,
  intradayWeight,
  type DeadlinePull,
} from './demand-shape';
import {
  AgencyShares,
  agencyTimesMs,
  DeadlineForwardShare,
  escalates,
  handleTimeMs,
  pickAdviser,
  pickCaseType,
  pickCategory,
  pickLanguage,
  pickRoute,
  waitMs,
} from './handling';
import { OpeningTimeline } from './opening-timeline';
import { SeededRandom } from './random';

const zone = 'Europe/Oslo';
const slotMs = 15 * 60_000;
/** An opening day of the default calendar, for the email target in working days. */
const workingDayMs = 7.5 * 3_600_000;
/** Room after the span for what happens after the last arrival (waits, agencies' answers). */
const daysAfter = 60;

/** The id prefix of every generated inquiry, beside the `generated` column, so people see it too. */
export const GeneratedIdPrefix = 'gen-';

export interface HistoryPlanInput {
  /** First and last local date (Europe/Oslo), inclusive. */
  from: LocalDate;
  to: LocalDate;
  seed: number;
  /** The active filing deadlines: demand rises before them. */
  deadlines: readonly FilingDeadline[];
  /** Exceptions supervisors really ordered in and around the span, honoured as they are. */
  exceptions: readonly OpeningException[];
  /** Agency codes of the policy in force (contacts are forwarded to these only) and its version. */
  agencies: readonly string[];
  policyVersion: string;
  /** Nothing is recorded as happening after this instant (the history ends now). */
  now: Date;
}

export interface InquiryRow {
  id: string;
  channel: Channel;
  receivedAt: Date;
  sender: string;
  toAddress: string;
  subject: string;
  body: string;
  language: string;
  status: 'resolved';
  queue: QueueName | null;
  agency: string | null;
  assignedTo: string | null;
  assignedAt: Date | null;
  recordedAt: Date;
  dueAt: Date | null;
  slaTarget: string | null;
  slaWarnAt: Date | null;
  slaWarnedAt: Date | null;
  slaBreachedAt: Date | null;
}

export interface DecisionRow {
  inquiryId: string;
  target: string;
  kind: 'technical' | 'subject-matter';
  category: string | null;
  agency: string | null;
  caseType: string | null;
  confidence: number;
  reasons: string;
  /** The same reasons as codes (JSON), for the console to say in the adviser's language. */
  reasonCodes: string;
  policyVersion: string;
  decidedAt: Date;
}

export interface HistoryRow {
  inquiryId: string;
  at: Date;
  event: string;
  actor: string | null;
  details: string;
}

export interface DayOfHistory {
  date: LocalDate;
  inquiries: InquiryRow[];
  decisions: DecisionRow[];
  history: HistoryRow[];
}

export interface ExtendedHours {
  date: LocalDate;
  opens: string;
  closes: string;
  reason: string;
}

const addresses: Record<Channel, string> = { phone: '+4775006000', email: 'brukerservice@portal.example', social: 'facebook:portal' };
const senders: Record<Channel, string> = {
  phone: JSON.stringify({ name: 'Generated caller' }),
  email: JSON.stringify({ name: 'Generated sender' }),
  social: JSON.stringify({ name: 'Generated follower', network: 'facebook' }),
};
const subjects: Record<string, string> = {
  login: 'Får ikke logget inn',
  'roles-rights': 'Mangler rettighet til å sende inn',
  'form-filling': 'Spørsmål om utfylling av skjema',
  submission: 'Innsending feiler',
  'find-service': 'Finner ikke tjenesten',
  inbox: 'Finner ikke meldingen i innboksen',
  attachments: 'Vedlegg lastes ikke opp',
  signing: 'Kan ikke signere',
  other: 'Annet spørsmål',
};

/**
 * A realistic past of the support's contacts, day by day: arrivals in opening hours only (extended
 * on the eves and days of the big deadlines), shaped by month, weekday, time of day and the
 * deadlines ahead; each routed, waited for, handled and resolved with the history rows the
 * system's own views read. Deterministic for a seed; pure (the writer stores what it yields).
 */
export class HistoryPlan {
  /** The extended hours the big deadlines got in the span, as supervisors would have ordered them. */
  readonly extendedHours: ExtendedHours[];
  private readonly timeline: OpeningTimeline;
  private readonly pulls: Map<Channel, Map<LocalDate, DeadlinePull>>;
  /** Contacts per unit of weight, by channel: the seed's yearly volume over the year up to the span's end. */
  private readonly scale = new Map<Channel, number>();
  private readonly random: SeededRandom;
  private readonly agencyShares: Record<string, number>;

  constructor(private readonly input: HistoryPlanInput) {
    const to = DateTime.fromISO(input.to, { zone });
    const from = DateTime.fromISO(input.from, { zone });
    if (!to.isValid || !from.isValid || to < from)
      throw new RangeError(`a history needs from ≤ to as YYYY-MM-DD (got ${input.from}, ${input.to})`);
    const yearBefore = to.minus({ days: 364 });
    const first = (from < yearBefore ? from : yearBefore).toISODate();
    const last = to.plus({ days: daysAfter }).toISODate();
    // Over the year before the span's end too: the yearly volume is spread over that year's opening hours.
    const extendedHours = [...extendedHourDates(input.deadlines, first, input.to)]
      .filter(([date]) => !input.exceptions.some((e) => e.date === date && e.kind === 'closed' && e.opens === undefined))
      .map(([date, names]) => ({
        date,
        opens: '15:30',
        closes: ExtendedUntil,
        reason: `Generated history: extended hours before ${names}`,
      }));
    this.extendedHours = extendedHours.filter((e) => e.date >= input.from).sort((a, b) => a.date.localeCompare(b.date));
    const calendar = defaultCalendar([
      ...input.exceptions,
      ...extendedHours.map((e) => ({ kind: 'extended' as const, date: e.date, opens: e.opens, closes: e.closes })),
    ]);
    this.timeline = new OpeningTimeline(calendar, first, last);
    this.pulls = deadlinePulls(input.deadlines, first, input.to);
    for (const channel of Channels) {
      let weight = 0;
      for (const span of this.timeline.spans) {
        if (span.date < yearBefore.toISODate() || span.date > input.to) continue;
        weight += this.spanWeight(channel, span.date, span.start, span.end, span.startMinute);
      }
      this.scale.set(channel, AnnualVolume[channel] / weight);
    }
    this.random = new SeededRandom(input.seed);
    this.agencyShares = Object.fromEntries(Object.entries(AgencyShares).filter(([code]) => input.agencies.includes(code)));
    for (const code of input.agencies) this.agencyShares[code] ??= 0.01;
  }

  /** How much busier than an ordinary day a date is for a channel, because of the deadlines near it. */
  deadlineFactor(channel: Channel, date: LocalDate): number {
    return this.pulls.get(channel)!.get(date)?.factor ?? 1;
  }

  isOpen(at: Date): boolean {
    return this.timeline.isOpen(at.getTime());
  }

  *days(): Generator<DayOfHistory> {
    const spansByDate = new Map<LocalDate, typeof this.timeline.spans>();
    for (const span of this.timeline.spans) {
      if (span.date < this.input.from || span.date > this.input.to) continue;
      spansByDate.set(span.date, [...(spansByDate.get(span.date) ?? []), span]);
    }
    for (const [date, spans] of spansByDate) {
      const day: DayOfHistory = { date, inquiries: [], decisions: [], history: [] };
      const arrivals: { channel: Channel; at: number }[] = [];
      for (const channel of Channels) {
        // Days differ more than chance alone would make them.
        const noise = this.random.logNormal(1, 0.07);
        for (const span of spans) {
          for (let start = span.start; start < span.end; start += slotMs) {
            const end = Math.min(span.end, start + slotMs);
            const minute = span.startMinute + (start - span.start) / 60_000;
            const mean = this.scale.get(channel)! * noise * this.spanWeight(channel, date, start, end, minute);
            for (let n = this.random.poisson(mean); n > 0; n--)
              arrivals.push({ channel, at: start + Math.floor(this.random.next() * (end - start)) });
          }
        }
      }
      arrivals.sort((a, b) => a.at - b.at);
      arrivals.forEach((arrival, i) => this.handle(day, arrival.channel, new Date(arrival.at), i + 1));
      yield day;
    }
  }

  private spanWeight(channel: Channel, date: LocalDate, start: number, end: number, startMinute: number): number {
    const weekday = DateTime.fromISO(date, { zone }).weekday;
    const day = dayWeight(date, weekday, this.deadlineFactor(channel, date));
    let weight = 0;
    for (let t = start, minute = startMinute; t < end; t += slotMs, minute += 15) {
      weight += (intradayWeight(channel, minute) * (Math.min(end, t + slotMs) - t)) / slotMs;
    }
    return day * weight;
  }

  /** One contact's way through the support, as rows. */
  private handle(day: DayOfHistory, channel: Channel, receivedAt: Date, sequence: number): void {
    const r = this.random;
    const id = `${GeneratedIdPrefix}${day.date.replaceAll('-', '')}-${String(sequence).padStart(5, '0')}`;
    const received = receivedAt.getTime();
    const routedAt = new Date(received + 1_000);
    const factor = this.deadlineFactor(channel, day.date);
    // The extra contacts a deadline brings are partly about its subject: they go to its agency.
    const aboutDeadline = factor > 1 && r.next() < ((factor - 1) / factor) * DeadlineForwardShare;
    const deadlineAgency = aboutDeadline ? this.deadlineAgency(day.date, channel) : null;
    const route = deadlineAgency ? ({ kind: 'agency' } as const) : pickRoute(r, channel);
    const language = pickLanguage(r);
    const inquiry: InquiryRow = {
      id,
      channel,
      receivedAt,
      sender: senders[channel],
      toAddress: addresses[channel],
      subject: '',
      body: '',
      language,
      status: 'resolved',
      queue: null,
      agency: null,
      assignedTo: null,
      assignedAt: null,
      recordedAt: routedAt,
      dueAt: null,
      slaTarget: null,
      slaWarnAt: null,
      slaWarnedAt: null,
      slaBreachedAt: null,
    };
    const history = (at: number, event: string, actor: string | null, details: object) =>
      day.history.push({
        inquiryId: id,
        at: new Date(Math.min(at, this.input.now.getTime())),
        event,
        actor,
        details: JSON.stringify(details),
      });
    const reasons = JSON.stringify(['Generated history: the decision as recorded']);
    const reasonCodes = JSON.stringify([{ code: 'generated-history', params: {} }]);
    const confidence = Math.round((0.6 + 0.39 * r.next()) * 100) / 100;

    if (route.kind === 'agency') {
      const agency = deadlineAgency ?? r.pick(this.agencyShares);
      inquiry.agency = agency;
      inquiry.subject = deadlineAgency ? `Spørsmål om frist (${agency})` : `Spørsmål til ${agency}`;
      day.decisions.push({
        inquiryId: id,
        target: agencyTarget(agency),
        kind: 'subject-matter',
        category: null,
        agency,
        caseType: null,
        confidence,
        reasons,
        reasonCodes,
        policyVersion: this.input.policyVersion,
        decidedAt: routedAt,
      });
      const times = agencyTimesMs(r);
      const agencyUser = `${agency}-agency`;
      history(routedAt.getTime(), 'routed', null, { target: agencyTarget(agency), threadId: id });
      history(routedAt.getTime() + 2_000, 'forwarded', null, { agency });
      history(this.timeline.addOpeningTime(received, times.acknowledge), 'agency-acknowledged', agencyUser, { agency });
      history(this.timeline.addOpeningTime(received, times.answer), 'resolved', agencyUser, {
        answered: true,
        messageId: `${id}-answer`,
        by: 'agency',
        agency,
      });
    } else {
      const category = pickCategory(r);
      const caseType = route.queue === 'servicedesk' ? pickCaseType(r) : null;
      inquiry.subject = subjects[category];
      const target = DefaultServiceLevelTargets[channel];
      const duration =
        target.unit === 'seconds'
          ? target.within * 1000
          : target.unit === 'opening-hours'
            ? target.within * 3_600_000
            : target.within * workingDayMs;
      const due = this.timeline.addOpeningTime(received, duration);
      const warn = this.timeline.addOpeningTime(received, Math.round(duration * (1 - target.warnFraction)));
      inquiry.dueAt = new Date(due);
      inquiry.slaTarget = describeTarget(target);
      inquiry.slaWarnAt = new Date(warn);
      day.decisions.push({
        inquiryId: id,
        target: route.queue,
        kind: 'technical',
        category,
        agency: null,
        caseType,
        confidence,
        reasons,
        reasonCodes,
        policyVersion: this.input.policyVersion,
        decidedAt: routedAt,
      });
      history(routedAt.getTime(), 'routed', null, { target: route.queue, threadId: id });

      // Who accepted it and when; a first-line contact may go on to the second line.
      const steps: { queue: QueueName; adviser: string; accepted: number; handle: number }[] = [];
      let accepted = this.timeline.addOpeningTime(received, waitMs(r, channel, factor));
      steps.push({ queue: route.queue, adviser: pickAdviser(r, route.queue), accepted, handle: handleTimeMs(r, channel, route.queue) });
      if (route.queue === 'first-line' && escalates(r)) {
        steps[0].handle = Math.round(steps[0].handle * 0.6);
        accepted = this.timeline.addOpeningTime(accepted + steps[0].handle, waitMs(r, channel, factor));
        steps.push({
          queue: 'second-line',
          adviser: pickAdviser(r, 'second-line'),
          accepted,
          handle: handleTimeMs(r, channel, 'second-line'),
        });
      }
      // The history ends now: work that would end later is moved back to end before it.
      const late = steps[steps.length - 1].accepted + steps[steps.length - 1].handle - (this.input.now.getTime() - 60_000);
      if (late > 0) for (const step of steps) step.accepted = Math.max(received + 2_000, step.accepted - late);
      if (steps[0].accepted > warn) inquiry.slaWarnedAt = new Date(warn);
      if (steps[0].accepted > due) inquiry.slaBreachedAt = new Date(due);
      steps.forEach((step, i) => {
        history(step.accepted, 'accepted', step.adviser, { queue: step.queue });
        if (i < steps.length - 1) {
          history(step.accepted + step.handle, 'escalated', step.adviser, {
            from: step.queue,
            queue: 'second-line',
            note: 'Needs the second line',
          });
        }
      });
      const last = steps[steps.length - 1];
      history(last.accepted + last.handle, 'resolved', last.adviser, { answered: true, messageId: `${id}-answer`, queue: last.queue });
      inquiry.queue = last.queue;
      inquiry.assignedTo = last.adviser;
      inquiry.assignedAt = new Date(last.accepted);
    }
    inquiry.body = `Generated history, not a real inquiry: ${inquiry.subject}.`;
    day.inquiries.push(inquiry);
  }

  /** The agency of a deadline that pulls on this date and channel, by its part of the pull. */
  private deadlineAgency(date: LocalDate, channel: Channel): string | null {
    const byAgency = this.pulls.get(channel)!.get(date)?.byAgency ?? {};
    const known = Object.fromEntries(Object.entries(byAgency).filter(([agency]) => this.input.agencies.includes(agency)));
    return Object.keys(known).length > 0 ? this.random.pick(known) : null;
  }
}
