import { Inject, Injectable } from '@nestjs/common';
import { InquiryClassified, InquiryForwarded, Topics } from '@inquiry-router/contracts';
import { EventPublisher, NonRetriableError } from '@inquiry-router/messaging';
import { InquiryRepository, PolicyRepository, RoutedInquiry } from '@inquiry-router/persistence';
import { LiveQueues } from '@inquiry-router/live-queues';
import { replyJoinsThread, routeDecision, UnroutableDecision } from '@inquiry-router/routing';

/**
 * Carries out classified decisions: records inquiry and decision in Postgres (the system of
 * record) first, then enqueues in Redis or publishes the forward. A reply to a conversation
 * still being handled joins it instead. Safe to repeat for the same
 * inquiry: the record is written once, and only routing not yet carried out is done again.
 */
@Injectable()
export class RouteInquiries {
  private knownAgencies: { version: string; codes: Set<string> } | null = null;

  constructor(
    @Inject(InquiryRepository) private readonly inquiries: InquiryRepository,
    @Inject(PolicyRepository) private readonly policies: PolicyRepository,
    @Inject(LiveQueues) private readonly queues: LiveQueues,
    @Inject(EventPublisher) private readonly publisher: EventPublisher,
  ) {}

  async execute(batch: InquiryClassified[]): Promise<void> {
    // A redelivered event can sit in the same batch as its first delivery.
    const classified = [...new Map(batch.map((c) => [c.inquiry.id, c])).values()];
    const agencies = await this.agencies(classified);
    const routed: RoutedInquiry[] = classified.map(({ inquiry, decision, classifiedAt }) => {
      try {
        const action = routeDecision(decision, agencies);
        return {
          inquiry,
          decision,
          decidedAt: classifiedAt,
          queue: action.action === 'enqueue' ? action.queue : null,
          agency: action.action === 'forward' ? action.agency : null,
        };
      } catch (error) {
        if (error instanceof UnroutableDecision) throw new NonRetriableError(`inquiry ${inquiry.id}: ${error.message}`);
        throw error;
      }
    });

    const pending = await this.inquiries.recordRouted(routed, replyJoinsThread);
    const byId = new Map(routed.map((r) => [r.inquiry.id, r]));

    await this.queues.enqueue(
      pending.filter((p) => p.status === 'queued').map((p) => ({ queue: p.queue!, id: p.id, receivedAt: p.receivedAt })),
    );

    const forwards = pending.filter((p) => p.status === 'forward-pending');
    const forwardedAt = new Date().toISOString();
    await this.publisher.publish(
      Topics.InquiryForwarded,
      forwards.map((p): { key: string; value: InquiryForwarded } => {
        const r = byId.get(p.id)!;
        return { key: p.agency!, value: { agency: p.agency!, inquiry: r.inquiry, decision: r.decision, forwardedAt } };
      }),
    );
    await this.inquiries.markForwarded(forwards.map((f) => f.id));
  }

  /** Agencies with an agreement under the policy a decision names (cached per policy version). */
  private async agencies(batch: InquiryClassified[]): Promise<Set<string>> {
    const version = batch[0]?.decision.policyVersion;
    if (this.knownAgencies && this.knownAgencies.version === version) return this.knownAgencies.codes;
    const active = await this.policies.active();
    const codes = new Set(((active?.document.agencies as { code: string }[] | undefined) ?? []).map((a) => a.code));
    // Keyed by the version the decisions name, so the agencies are read again only when that changes.
    this.knownAgencies = { version, codes };
    return codes;
  }
}
