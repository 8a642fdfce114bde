import { Inject, Injectable } from '@nestjs/common';
import { WorkPolicyRepository } from '@inquiry-router/persistence';
import { CachedWorkPolicy, WorkPolicy } from '@inquiry-router/live-queues';
import { RouterEnv } from './router.env';

/** The distribution policy in force for queue scores and diverts, cached briefly. */
@Injectable()
export class WorkPolicySource {
  private readonly cached: CachedWorkPolicy;

  constructor(@Inject(WorkPolicyRepository) work: WorkPolicyRepository, @Inject(RouterEnv) env: RouterEnv) {
    this.cached = new CachedWorkPolicy(() => work.policyDocument(), env.WORK_POLICY_OVERRIDES);
  }

  get(): Promise<WorkPolicy> {
    return this.cached.get();
  }
}
