import { Injectable } from '@nestjs/common';
import { QueueNames } from '@inquiry-router/contracts';
import { isRefusal, overflowInquiry } from '@inquiry-router/inquiry';
import { LiveQueues, WorkPolicySource } from '@inquiry-router/live-queues';
import { OutboxRelay } from '@inquiry-router/messaging';
import { WorkdeskEnv } from '../workdesk.env';
import { WaitingWork, WorkActions } from './work.ports';
import { Requeue } from './requeue';
import { workEvent } from './work-events';

/** How many of the best-placed entries of each queue set are examined per check (the oldest are there). */
const HeadPerSet = 200;

/**
 * Every OVERFLOW_CHECK_SECONDS: an inquiry waiting unreserved past its queue's wait limit is
 * overflowed once — an `overflowed` history row and work event for supervisors, and a move to the
 * queue the policy names (`overflowTo`), where it keeps its original age. Looks at the live queues of this
 * instance, so each deployment (or test) checks its own work; Postgres decides once per inquiry.
 */
@Injectable()
export class OverflowCheck {
  constructor(
    private readonly actions: WorkActions,
    private readonly waiting: WaitingWork,
    private readonly queues: LiveQueues,
    private readonly policy: WorkPolicySource,
    private readonly requeue: Requeue,
    private readonly relay: OutboxRelay,
    private readonly env: WorkdeskEnv,
  ) {}

  async check(): Promise<number> {
    const policy = await this.policy.get();
    let overflowed = 0;
    for (const queue of QueueNames) {
      const rule = policy.queues[queue];
      const heads = await this.queues.entries(queue, HeadPerSet);
      for (const id of await this.waiting.overdue(
        queue,
        heads.map((h) => h.id),
        rule.waitLimitMinutes,
      )) {
        const to = rule.overflowTo && rule.overflowTo !== queue ? rule.overflowTo : queue;
        const outcome = await this.actions.act(id, this.env.KAFKA_TOPIC_PREFIX, (row) => {
          const overflowed = overflowInquiry(row, { queue, to, waitLimitMinutes: rule.waitLimitMinutes }, row.now, 'workdesk');
          if (isRefusal(overflowed)) return overflowed;
          const details = overflowed.history.details;
          return {
            ...overflowed,
            outbox: [workEvent('overflowed', { inquiryId: id, queue: to, adviser: null, actor: 'workdesk', details: { ...details } })],
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
