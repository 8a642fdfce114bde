import { Inject, Injectable, Logger } from '@nestjs/common';
import { describeProblems, DomainError, type Problem } from '@inquiry-router/contracts';
import { CachedWorkPolicy, checkedWorkPolicy, WorkPolicy } from './work-policy';

/** Where the published distribution policy document in force is read from (an adapter in persistence). */
export abstract class WorkPolicyStore {
  abstract policyDocument(): Promise<unknown>;
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
    private readonly store: WorkPolicyStore,
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

  /** The policy in force read again from the store (after a publish in this instance). */
  refresh(): Promise<WorkPolicy> {
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
