import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { QueueNames } from '@inquiry-router/contracts';
import { WorkRepository } from '@inquiry-router/persistence';
import { LiveQueues } from '@inquiry-router/live-queues';
import { WorkdeskEnv } from '../workdesk.env';
import { WorkPolicySource } from './work-policy.source';
import { OutboxRelay } from '@inquiry-router/messaging';
import { Requeue } from './requeue';
import { workEvent } from './work-events';

/** How many of the best-placed entries of each queue set are examined per check (the oldest are there). */
const HeadPerSet = 200;

/**
 * Periodically: an inquiry waiting unreserved past its queue's wait limit is overflowed once — an
 * `overflowed` history row and work event for supervisors, and a move to the queue the policy
 * names (`overflowTo`), where it keeps its original age. Looks at the live queues of this
 * instance, so each deployment (or test) checks its own work; Postgres decides once per inquiry.
 */
@Injectable()
export class OverflowCheck implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(OverflowCheck.name);
  private timer?: NodeJS.Timeout;
  private checking: Promise<void> | null = null;

  constructor(
    @Inject(WorkRepository) private readonly work: WorkRepository,
    @Inject(LiveQueues) private readonly queues: LiveQueues,
    @Inject(WorkPolicySource) private readonly policy: WorkPolicySource,
    @Inject(Requeue) private readonly requeue: Requeue,
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
    @Inject(WorkdeskEnv) private readonly env: WorkdeskEnv,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (this.checking) return;
      this.checking = this.check()
        .then(() => undefined)
        .catch((e) => this.log.warn(`overflow check failed: ${(e as Error).message}`))
        .finally(() => (this.checking = null));
    }, this.env.OVERFLOW_CHECK_SECONDS * 1000);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.checking;
  }

  async check(): Promise<number> {
    const policy = await this.policy.get();
    let overflowed = 0;
    for (const queue of QueueNames) {
      const rule = policy.queues[queue];
      const heads = await this.queues.entries(queue, HeadPerSet);
      for (const id of await this.work.overdue(queue, heads.map((h) => h.id), rule.waitLimitMinutes)) {
        const to = rule.overflowTo && rule.overflowTo !== queue ? rule.overflowTo : queue;
        const outcome = await this.work.act(id, this.env.KAFKA_TOPIC_PREFIX, (row) => {
          if (row.status !== 'queued' || row.reservedBy !== null || row.overflowedAt !== null || row.queue !== queue) return { refused: 'conflict', reason: 'no longer waiting here' };
          const details = { from: queue, queue: to, waitLimitMinutes: rule.waitLimitMinutes, moved: to !== queue };
          return {
            set: { overflowed_at: 'now', queue: to },
            history: { event: 'overflowed', actor: 'workdesk', details },
            outbox: [workEvent('overflowed', { inquiryId: id, queue: to, adviser: null, actor: 'workdesk', details })],
          };
        });
        if (outcome.outcome !== 'done') continue;
        overflowed++;
        if (to !== queue) {
          await this.queues.remove(queue, id);
          await this.requeue.execute(outcome.before, to);
        }
      }
    }
    if (overflowed > 0) this.relay.kick();
    return overflowed;
  }
}
