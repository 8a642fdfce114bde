import { Inject, Injectable, Logger } from '@nestjs/common';
import { AgencyCode } from '@inquiry-router/contracts';
import { parseRoutingPolicy, RoutingPolicy } from '@inquiry-router/classification';
import { RefreshedValue, ScheduledJobs } from '@inquiry-router/runtime';
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

/** The policy in force with its agencies, as read together. */
interface PolicyInForce {
  policy: RoutingPolicy;
  agencies: readonly AgencySummary[];
  codes: ReadonlySet<AgencyCode>;
}

/**
 * The routing policy in force as every app sees it: the active version in Postgres, read into the
 * typed `RoutingPolicy` at start and again every `refreshSeconds`. An app does not start without
 * one (the migrations seed the default); a version that cannot be read later is refused and the
 * one in force kept.
 */
@Injectable()
export class RoutingPolicySource extends RefreshedValue<PolicyInForce> {
  private readonly log = new Logger(RoutingPolicySource.name);
  /** A version a decision named that the active one was last read again for (see `currentFor`). */
  private lastAskedFor: string | null = null;

  constructor(
    private readonly policies: ActivePolicyStore,
    @Inject(ROUTING_POLICY_SOURCE_OPTIONS) options: RoutingPolicySourceOptions,
    jobs: ScheduledJobs,
  ) {
    super(jobs, { name: 'routing-policy-refresh', intervalMs: options.refreshSeconds * 1000 });
  }

  current(): RoutingPolicy {
    return this.inForce().policy;
  }

  /** The version decisions made now name, e.g. "2026-11-24.1". */
  version(): string {
    return this.current().version;
  }

  /** Agencies with an agreement in the policy in force. */
  agencies(): readonly AgencySummary[] {
    return this.value?.agencies ?? [];
  }

  agencyCodes(): ReadonlySet<AgencyCode> {
    return this.value?.codes ?? new Set();
  }

  /** The agency's name in the policy in force, or null if it has no agreement in it. */
  agencyName(code: AgencyCode): string | null {
    return this.agencies().find((a) => a.code === code)?.name ?? null;
  }

  /**
   * The policy in force for carrying out decisions made under `version`: a version this instance
   * has not read yet (just published by a classifier) is read before answering, once per version.
   */
  async currentFor(version: string): Promise<RoutingPolicy> {
    if (version !== this.current().version && version !== this.lastAskedFor) {
      this.lastAskedFor = version;
      await this.refresh();
    }
    return this.current();
  }

  protected async read(inForce: PolicyInForce | undefined): Promise<PolicyInForce> {
    const active = await this.policies.active();
    if (!active) throw new Error('no active routing policy in the database: run the migrations (they seed the default)');
    if (inForce && active.version === inForce.policy.version) return inForce;
    const policy = parseRoutingPolicy(active.document, active.version);
    const agencies = policy.agencies.map(({ code, name }) => ({ code, name }));
    this.log.log(`routing policy ${policy.version} in force`);
    return { policy, agencies, codes: new Set(agencies.map((a) => a.code)) };
  }

  protected describe(inForce: PolicyInForce | undefined): string {
    return `routing policy ${inForce?.policy.version}`;
  }

  /** Read at start: an app does not start without a policy. */
  private inForce(): PolicyInForce {
    return this.value!;
  }
}
