import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { incidentsForCallers, matchIncident, type IncidentMatch, type InquiryFacts, type Notice } from '@inquiry-router/notices';
import type { IncidentsAndComponents } from '@inquiry-router/persistence';
import { ScheduledJobs } from '@inquiry-router/runtime';
import { INCIDENTS_IN_FORCE_OPTIONS, IncidentsInForceOptions } from './incidents-in-force.options';

/** Where the incidents and the portal's components are kept (Postgres). */
export abstract class IncidentStore {
  /** Incidents not ended, and those ended since `endedSince`, with the active components. */
  abstract incidentsAndComponents(endedSince: Date): Promise<IncidentsAndComponents>;
}

/** Ended incidents stay matchable this long: an inquiry received during one may be routed a little later. */
const EndedKeptMs = 6 * 3_600_000;

/**
 * The incidents in force (and just ended) and the portal's components, as the router and the
 * phone menu see them: read at start and again every `refreshSeconds`, so a webhook or a batch
 * never waits on Postgres. When it cannot be read, the last ones read stay (at start: none), so
 * a caller or an inquiry is never held up by a notice table.
 */
@Injectable()
export class IncidentsInForce implements OnModuleInit, OnApplicationBootstrap {
  private readonly log = new Logger(IncidentsInForce.name);
  private current: IncidentsAndComponents = { incidents: [], components: [] };

  constructor(
    private readonly store: IncidentStore,
    @Inject(INCIDENTS_IN_FORCE_OPTIONS) private readonly options: IncidentsInForceOptions,
    private readonly jobs: ScheduledJobs,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.refresh().catch((e) => this.log.warn(`incidents could not be read, none known for now: ${(e as Error).message}`));
  }

  // A failed refresh is logged by the scheduler, and the incidents last read stay.
  onApplicationBootstrap(): void {
    this.jobs.every('incidents-in-force-refresh', this.options.refreshSeconds * 1000, () => this.refresh());
  }

  /** The incidents as last read: those not ended, and those ended in the last hours. */
  incidents(): readonly Notice[] {
    return this.current.incidents;
  }

  /** The incident an inquiry is about, explained (libs/notices' `matchIncident`), or null. */
  match(inquiry: InquiryFacts): IncidentMatch | null {
    return matchIncident(inquiry, this.current.incidents, this.current.components);
  }

  /** The incident a match names, as last read. */
  incident(noticeId: string): Notice | undefined {
    return this.current.incidents.find((n) => n.id === noticeId);
  }

  /** What callers are told of before the menu: in force at `at`, production, end users, newest first, at most two. */
  forCallers(at: Date): Notice[] {
    return incidentsForCallers(this.current.incidents, at);
  }

  /** Reads the incidents and components now. */
  async refresh(): Promise<void> {
    this.current = await this.store.incidentsAndComponents(new Date(Date.now() - EndedKeptMs));
  }
}
