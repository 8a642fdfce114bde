import { Inject, Injectable } from '@nestjs/common';
import { WorkPolicyRepository } from '@inquiry-router/persistence';
import { CachedWorkPolicy, WorkPolicy } from '@inquiry-router/live-queues';
import { WorkdeskEnv } from '../workdesk.env';

/** The distribution policy in force (stored document over the defaults, env overrides on top), cached briefly. */
@Injectable()
export class WorkPolicySource {
  private readonly cached: CachedWorkPolicy;

  constructor(@Inject(WorkPolicyRepository) work: WorkPolicyRepository, @Inject(WorkdeskEnv) env: WorkdeskEnv) {
    this.cached = new CachedWorkPolicy(() => work.policyDocument(), env.WORK_POLICY_OVERRIDES);
  }

  get(): Promise<WorkPolicy> {
    return this.cached.get();
  }

  invalidate(): void {
    this.cached.invalidate();
  }
}
