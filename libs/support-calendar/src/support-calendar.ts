import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import {
  defaultCalendar,
  DefaultServiceLevels,
  describeTarget,
  DueTimes,
  dueTimes,
  OpeningCalendar,
  parseExceptions,
  parseServiceLevelRules,
  ServiceLevelRule,
  ServiceLevelTarget,
  serviceLevelTargetFor,
} from '@inquiry-router/opening-hours';
import type { OpeningExceptionRecord, ServiceLevelTargetRow } from '@inquiry-router/persistence';
import { ScheduledJobs } from '@inquiry-router/runtime';
import { SUPPORT_CALENDAR_OPTIONS, SupportCalendarOptions } from './support-calendar.options';

/** The exceptions supervisors ordered and the service-level targets, as stored (Postgres). */
export abstract class OrderedCalendarStore {
  abstract exceptions(range: { from: string }): Promise<OpeningExceptionRecord[]>;
  abstract serviceLevelTargets(): Promise<ServiceLevelTargetRow[]>;
}

/** A due time with the target it was computed from. */
export interface ServiceLevelDue extends DueTimes {
  /** As recorded: "2 working-days". */
  target: string;
  serviceLevel: ServiceLevelTarget;
}

/**
 * The support's opening calendar and service-level targets as every app sees them: the default
 * hours and Norwegian holidays, plus the extended hours and closures supervisors ordered
 * (Postgres), read at start and again every `refreshSeconds`. Reads never wait on Postgres: when
 * it cannot be read, the last calendar read stays in force (at start: the defaults), so a caller
 * is never refused because the database is slow.
 */
@Injectable()
export class SupportCalendar implements OnModuleInit, OnApplicationBootstrap {
  private readonly log = new Logger(SupportCalendar.name);
  private current: OpeningCalendar;
  private rules: ServiceLevelRule[] = [...DefaultServiceLevels];

  constructor(
    private readonly repository: OrderedCalendarStore,
    @Inject(SUPPORT_CALENDAR_OPTIONS) private readonly options: SupportCalendarOptions,
    private readonly jobs: ScheduledJobs,
  ) {
    this.current = defaultCalendar(options.configuredExceptions ?? []);
  }

  async onModuleInit(): Promise<void> {
    await this.refresh().catch((e) =>
      this.log.warn(`opening exceptions could not be read, using the default calendar for now: ${(e as Error).message}`),
    );
  }

  // A failed refresh is logged by the scheduler, and the last calendar read stays in force.
  onApplicationBootstrap(): void {
    this.jobs.every('support-calendar-refresh', this.options.refreshSeconds * 1000, () => this.refresh());
  }

  calendar(): OpeningCalendar {
    return this.current;
  }

  serviceLevelRules(): readonly ServiceLevelRule[] {
    return this.rules;
  }

  /** Due and warning time of an inquiry received at `receivedAt` in `queue` (null: not yet routed) on `channel`. */
  dueTimes(receivedAt: Date, queue: string | null, channel: string): ServiceLevelDue | null {
    const target = serviceLevelTargetFor(this.rules, queue, channel);
    return target ? { ...dueTimes(receivedAt, target, this.current), target: describeTarget(target), serviceLevel: target } : null;
  }

  /** Reads exceptions (from a week back: today's may still matter in any zone) and targets now. */
  async refresh(): Promise<void> {
    const since = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
    const [ordered, targets] = await Promise.all([this.repository.exceptions({ from: since }), this.repository.serviceLevelTargets()]);
    // Rows were checked when ordered; parsing again keeps a hand-edited row from breaking the calendar silently.
    const exceptions = parseExceptions(
      ordered.map((e) => ({ kind: e.kind, date: e.date, opens: e.opens ?? undefined, closes: e.closes ?? undefined, reason: e.reason })),
    );
    this.current = defaultCalendar([...(this.options.configuredExceptions ?? []), ...exceptions]);
    this.rules = targets.length > 0 ? parseServiceLevelRules(targets) : [...DefaultServiceLevels];
  }
}
