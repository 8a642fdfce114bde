import { Injectable } from '@nestjs/common';
import { isQueueName, type QueueName } from '@inquiry-router/contracts';
import { LiveQueues, WorkPolicy } from '@inquiry-router/live-queues';
import { AdviserAvailability } from './router.ports';

export interface Divert {
  from: QueueName;
  to: QueueName;
  expectedWaitMinutes: number;
}

/**
 * Before queueing: when a queue's expected wait (its length / the advisers available for it ×
 * the average handling time; no one available counts as one) exceeds the policy's
 * `divertAfterMinutes`, new work for it goes to the queue the policy names (`divertTo`) instead.
 * Judged once per batch and queue; queues without `divertTo` are never diverted.
 */
@Injectable()
export class DivertBeforeQueueing {
  constructor(
    private readonly queues: LiveQueues,
    private readonly advisers: AdviserAvailability,
  ) {}

  async diverts(queues: Iterable<string>, policy: WorkPolicy): Promise<Map<string, Divert>> {
    const out = new Map<string, Divert>();
    for (const queue of new Set(queues)) {
      if (!isQueueName(queue)) continue;
      const rule = policy.queues[queue];
      if (!rule.divertTo || rule.divertTo === queue) continue;
      const [length, available] = await Promise.all([this.queues.size(queue), this.advisers.availableFor(queue)]);
      const expectedWaitMinutes = (length / Math.max(1, available)) * policy.averageHandlingMinutes;
      if (expectedWaitMinutes > rule.divertAfterMinutes)
        out.set(queue, { from: queue, to: rule.divertTo, expectedWaitMinutes: Math.round(expectedWaitMinutes) });
    }
    return out;
  }
}
