import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { RoutingPolicy } from '@inquiry-router/classification';
import { PolicyRepository } from '@inquiry-router/persistence';
import { ClassifierEnv } from './classifier.env';

/**
 * The policy decisions are made under: the active version in Postgres, reloaded periodically so a
 * published change takes effect without a restart. Refuses to start without one.
 */
@Injectable()
export class ActivePolicy implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger(ActivePolicy.name);
  private policy: RoutingPolicy;
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(PolicyRepository) private readonly policies: PolicyRepository,
    @Inject(ClassifierEnv) private readonly env: ClassifierEnv,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.reload();
    this.timer = setInterval(() => this.reload().catch((e) => this.log.warn(`policy reload failed, keeping ${this.policy.version}: ${e}`)), this.env.POLICY_REFRESH_SECONDS * 1000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  current(): RoutingPolicy {
    return this.policy;
  }

  /** Takes a newly published version at once (the instance that published it does not wait for the timer). */
  async refresh(): Promise<void> {
    await this.reload();
  }

  private async reload(): Promise<void> {
    const active = await this.policies.active();
    if (!active) throw new Error('no active routing policy in the database: run the migrations (they seed the default)');
    if (active.version !== this.policy?.version) {
      // The row's version is the one decisions must name, whatever the document says.
      this.policy = { ...(active.document as unknown as RoutingPolicy), version: active.version };
      this.log.log(`routing policy ${active.version} in force`);
    }
  }
}
