import { Injectable } from '@nestjs/common';
import { classifyInquiry } from '@inquiry-router/classification';
import { Inquiry, InquiryClassified, RoutingDecisionReply, Topics } from '@inquiry-router/contracts';
import { EventPublisher } from '@inquiry-router/messaging';
import { RoutingPolicySource } from '@inquiry-router/routing-policy-source';
import { Clock } from '@inquiry-router/runtime';
import { ActiveModel } from './active-model';

/** Classifies received inquiries under the active policy and model and publishes the explained decisions. */
@Injectable()
export class ClassifyInquiries {
  constructor(
    private readonly policy: RoutingPolicySource,
    private readonly model: ActiveModel,
    private readonly publisher: EventPublisher,
    private readonly clock: Clock,
  ) {}

  /** `awaitingReply`: inquiries whose sender waits for the decision (a caller in the IVR). */
  async execute(inquiries: Inquiry[], awaitingReply: ReadonlySet<string> = new Set()): Promise<void> {
    const policy = this.policy.current();
    const model = this.model.current();
    const classifiedAt = this.clock.now().toISOString();
    const events = inquiries.map((inquiry): { key: string; value: InquiryClassified } => {
      const { language, ...decision } = classifyInquiry(inquiry, policy, model);
      return {
        key: inquiry.id,
        value: { inquiry: { ...inquiry, language: inquiry.language ?? language }, decision, classifiedAt },
      };
    });
    const replies = events.filter((e) => awaitingReply.has(e.key));
    // Both at once, so they share one produce request: the waiting caller's reply is not held back
    // by a second round trip, and the next batch (the next caller) is fetched one round trip sooner.
    await Promise.all([
      this.publisher.publish(
        Topics.RoutingDecisionReply,
        replies.map((e): { key: string; value: RoutingDecisionReply } => ({
          key: e.key,
          value: { inquiryId: e.key, decision: e.value.decision, decidedAt: classifiedAt },
        })),
      ),
      this.publisher.publish(Topics.InquiryClassified, events),
    ]);
  }
}
