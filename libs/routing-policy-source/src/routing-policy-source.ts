import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { AgencyCode } from '@inquiry-router/contracts';
import { parseRoutingPolicy, RoutingPolicy } from '@inquiry-router/classification';
import { ScheduledJobs } from '@inquiry-router/runtime';
import { ROUTING_POLICY_SOURCE_OPTIONS, RoutingPolicySourceOptions } from './routing-policy-source.options';

/** Where the published policy versions are kept (Postgres). */
export abstract class ActivePolicyStore {
  /** The version decisions are made under now, or null if none was ever published. */
  abstract active(): Promise<{ version: string; document: Record<string, unknown> } | null>;
}

/** An agency with an agreement, as named to people (notices, mail, error messages). */
export interface AgencySummary {
  code: AgencyCode;
  name: string;
}

/**
 * The routing policy in force as every app sees it: the active version in Postgres, read into the
 * typed `RoutingPolicy` at start and again every `refreshSeconds`. An app does not start without
 * one (the migrations seed the default); a version that cannot be read later is refused and the
 * one in force kept.
 */
@Injectable()
export class RoutingPolicySource implements OnModuleInit {
  private readonly log = new Logger(RoutingPolicySource.name);
  private policy: RoutingPolicy;
  private agencyList: readonly AgencySummary[] = [];
  private codes: ReadonlySet<AgencyCode> = new Set();
  /** A version a decision named that the active one was last read again for (see `currentFor`). */
  private lastAskedFor: string | null = null;

  constructor(
    @Inject(ActivePolicyStore) private readonly policies: ActivePolicyStore,
    @Inject(ROUTING_POLICY_SOURCE_OPTIONS) private readonly options: RoutingPolicySourceOptions,
    @Inject(ScheduledJobs) private readonly jobs: ScheduledJobs,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.refreshEvery(
      'routing-policy-refresh',
      this.options.refreshSeconds * 1000,
      () => this.refresh(),
      () => `keeping routing policy ${this.policy?.version}`,
    );
  }

  current(): RoutingPolicy {
    return this.policy;
  }

  /** The version decisions made now name, e.g. "2026-11-24.1". */
  version(): string {
    return this.policy.version;
  }

  /** Agencies with an agreement in the policy in force. */
  agencies(): readonly AgencySummary[] {
    return this.agencyList;
  }

  agencyCodes(): ReadonlySet<AgencyCode> {
    return this.codes;
  }

  /** The agency's name in the policy in force, or null if it has no agreement in it. */
  agencyName(code: AgencyCode): string | null {
    return this.agencyList.find((a) => a.code === code)?.name ?? null;
  }

  /**
   * The policy in force for carrying out decisions made under `version`: a version this instance
   * has not read yet (just published by a classifier) is read before answering, once per version.
   */
  async currentFor(version: string): Promise<RoutingPolicy> {
    if (version !== this.policy.version && version !== this.lastAskedFor) {
      this.lastAskedFor = version;
      await this.refresh();
    }
    return this.policy;
  }

  /** Reads the active version now (e.g. after publishing one, so this instance does not wait for the schedule). */
  async refresh(): Promise<void> {
    const active = await this.policies.active();
    if (!active) throw new Error('no active routing policy in the database: run the migrations (they seed the default)');
    if (active.version === this.policy?.version) return;
    const policy = parseRoutingPolicy(active.document, active.version);
    this.policy = policy;
    this.agencyList = policy.agencies.map(({ code, name }) => ({ code, name }));
    this.codes = new Set(this.agencyList.map((a) => a.code));
    this.log.log(`routing policy ${policy.version} in force`);
  }
}
