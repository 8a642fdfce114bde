import { Injectable } from '@nestjs/common';
import { Inquiry, InquiryForwarded, RoutingDecision, Topics } from '@inquiry-router/contracts';
import type { WaitingInquiry } from '@inquiry-router/persistence';
import { Outbox, OutboxMessage } from '@inquiry-router/messaging';
import { LiveQueues, queueScore, WorkPolicy, WorkPolicySource } from '@inquiry-router/live-queues';
import { Clock } from '@inquiry-router/runtime';
import { RoutedInquiryStore } from './router.ports';

/** An inquiry recorded as queued, to be put in its live queue at its original age. */
export type QueuedWork = Omit<WaitingInquiry, 'reservedBy' | 'reservedUntil'>;

/** An inquiry recorded as to be forwarded, with what its agency is sent. */
export interface PendingForward {
  id: string;
  agency: string;
  inquiry: Inquiry;
  decision: RoutingDecision;
}

/**
 * The last step of routing, after Postgres recorded where an inquiry goes, whether the decision
 * came from the classifier or from a person: queued work into its live queue at its score under
 * the work policy, a forward marked done with its `inquiry.forwarded.v1` event in the outbox
 * (for a new inquiry, the event goes with its record: `forwardEvents`).
 */
@Injectable()
export class CarryOutRouting {
  constructor(
    private readonly queues: LiveQueues,
    private readonly workPolicy: WorkPolicySource,
    private readonly inquiries: RoutedInquiryStore,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  /** `policy`: the work policy the batch was judged under, read now when not given. */
  async enqueue(work: QueuedWork[], policy?: WorkPolicy): Promise<void> {
    const scoredBy = policy ?? (await this.workPolicy.get());
    await this.queues.enqueue(
      work.map(({ id, queue, channel, language, category, receivedAt, dueAt }) => ({
        queue,
        id,
        channel,
        language,
        category,
        score: queueScore({ channel, receivedAt, dueAt }, scoredBy),
      })),
    );
  }

  async forward(forwards: PendingForward[]): Promise<void> {
    const events = this.forwardEvents(forwards);
    await this.inquiries.markForwarded(forwards.map(({ id }) => ({ id, event: events.get(id)! })));
  }

  /** Each forward's `inquiry.forwarded.v1` event, as the outbox keeps it, by inquiry id. */
  forwardEvents(forwards: readonly PendingForward[]): Map<string, OutboxMessage> {
    const forwardedAt = this.clock.now().toISOString();
    return new Map(
      forwards.map(({ id, agency, inquiry, decision }) => {
        const forwarded: InquiryForwarded = { agency, inquiry, decision, forwardedAt };
        return [id, this.outbox.messages(Topics.InquiryForwarded, [{ key: agency, value: forwarded }])[0]];
      }),
    );
  }
}
