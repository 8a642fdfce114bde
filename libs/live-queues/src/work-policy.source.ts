import { DynamicModule, Inject, Injectable, InjectionToken, Logger, Module } from '@nestjs/common';
import { describeProblems, DomainError, type Problem } from '@inquiry-router/contracts';
import { CachedWorkPolicy, checkedWorkPolicy, WorkPolicy } from './work-policy';

/** Where the stored distribution policy document is kept (an adapter in persistence). */
export abstract class WorkPolicyStore {
  abstract policyDocument(): Promise<unknown>;
  abstract savePolicyDocument(document: Record<string, unknown>, by: string): Promise<void>;
}

export interface WorkPolicySourceOptions {
  /** How the store is made, as for `OutboxModule.forStore` (the Postgres one: `onDataSource(WorkPolicyRepository)`). */
  store: { useFactory: (...deps: never[]) => WorkPolicyStore; inject: InjectionToken[] };
  /** JSON merged over the stored document (the app's WORK_POLICY_OVERRIDES). */
  overrides?: string;
}

export const WORK_POLICY_OVERRIDES = Symbol('WORK_POLICY_OVERRIDES');

/** A policy document that does not fit the WorkPolicy shape; nothing was stored. */
export class InvalidWorkPolicy extends DomainError {
  constructor(problems: Problem[]) {
    super('invalid', `the policy has ${problems.length} problem(s): ${describeProblems(problems).join('; ')}`, { problems });
  }
}

/** The distribution policy in force (stored document over the defaults, env overrides on top), cached briefly. */
@Injectable()
export class WorkPolicySource {
  private readonly log = new Logger(WorkPolicySource.name);
  private readonly cached: CachedWorkPolicy;
  private readonly overrides: unknown;
  private lastWarning = '';

  constructor(
    @Inject(WorkPolicyStore) private readonly store: WorkPolicyStore,
    @Inject(WORK_POLICY_OVERRIDES) overrides: string | undefined,
  ) {
    this.overrides = overrides ? JSON.parse(overrides) : undefined;
    this.cached = new CachedWorkPolicy(
      () => store.policyDocument(),
      this.overrides,
      (problems) => this.warnOnce(problems),
    );
  }

  get(): Promise<WorkPolicy> {
    return this.cached.get();
  }

  /** The policy a document would put in force (with the env overrides), or InvalidWorkPolicy naming its problems. */
  check(document: unknown): WorkPolicy {
    const { problems } = checkedWorkPolicy(document);
    if (problems.length > 0) throw new InvalidWorkPolicy(problems);
    return checkedWorkPolicy(document, this.overrides).policy;
  }

  /** Replaces the stored document once it passes `check` (what it leaves out takes the defaults); returns the policy now in force. */
  async replace(document: Record<string, unknown>, by: string): Promise<WorkPolicy> {
    this.check(document);
    await this.store.savePolicyDocument(document, by);
    this.cached.invalidate();
    return this.cached.get();
  }

  /** A stored document from before it was checked (or bad overrides) must not stop the work: said once per change. */
  private warnOnce(problems: Problem[]): void {
    const warning = `the distribution policy has parts that cannot be used; their defaults apply: ${describeProblems(problems).join('; ')}`;
    if (warning === this.lastWarning) return;
    this.lastWarning = warning;
    this.log.warn(warning);
  }
}

/** The distribution policy for an app that scores, diverts or distributes work. */
@Module({})
export class WorkPolicyModule {
  static forApp(options: WorkPolicySourceOptions): DynamicModule {
    return {
      module: WorkPolicyModule,
      providers: [
        { provide: WorkPolicyStore, useFactory: options.store.useFactory, inject: options.store.inject },
        { provide: WORK_POLICY_OVERRIDES, useValue: options.overrides },
        WorkPolicySource,
      ],
      exports: [WorkPolicySource],
    };
  }
}
