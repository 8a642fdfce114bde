import { Inject, Injectable } from '@nestjs/common';
import { InquiryClassified, InquiryForwarded, Topics } from '@inquiry-router/contracts';
import { NonRetriableError, Outbox } from '@inquiry-router/messaging';
import type { RoutedInquiry } from '@inquiry-router/persistence';
import { historyEntry } from '@inquiry-router/inquiry';
import { placeReply, routeDecision, UnroutableDecision } from '@inquiry-router/routing';
import { SupportCalendar } from '@inquiry-router/support-calendar';
import { RoutingPolicySource } from '@inquiry-router/routing-policy-source';
import { LiveQueues, queueScore, WorkPolicySource } from '@inquiry-router/live-queues';
import { Clock } from '@inquiry-router/runtime';
import { Divert, DivertBeforeQueueing } from './divert-before-queueing';
import { RoutedInquiryStore, RoutingHistory } from './router.ports';

/**
 * Carries out classified decisions: records inquiry and decision in Postgres (the system of
 * record) first, then enqueues in Redis or marks the forward done with its event in the outbox. A reply to a conversation
 * still being handled joins it instead. Safe to repeat for the same
 * inquiry: the record is written once, and only routing not yet carried out is done again.
 */
@Injectable()
export class RouteInquiries {
  constructor(
    @Inject(RoutedInquiryStore) private readonly inquiries: RoutedInquiryStore,
    @Inject(RoutingPolicySource) private readonly policy: RoutingPolicySource,
    @Inject(LiveQueues) private readonly queues: LiveQueues,
    @Inject(Outbox) private readonly outbox: Outbox,
    @Inject(SupportCalendar) private readonly calendar: SupportCalendar,
    @Inject(WorkPolicySource) private readonly workPolicy: WorkPolicySource,
    @Inject(DivertBeforeQueueing) private readonly divert: DivertBeforeQueueing,
    @Inject(RoutingHistory) private readonly history: RoutingHistory,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(batch: InquiryClassified[]): Promise<void> {
    // A redelivered event can sit in the same batch as its first delivery.
    const classified = [...new Map(batch.map((c) => [c.inquiry.id, c])).values()];
    const agencies = await this.agencies(classified);
    const routed: RoutedInquiry[] = classified.map(({ inquiry, decision, classifiedAt }) => {
      try {
        const action = routeDecision(decision, agencies);
        const queue = action.action === 'enqueue' ? action.queue : null;
        return {
          inquiry,
          decision,
          decidedAt: classifiedAt,
          queue,
          agency: action.action === 'forward' ? action.agency : null,
          // Due from when it was received, counted in opening time under the queue's target for its channel.
          serviceLevel: queue ? this.calendar.dueTimes(new Date(inquiry.receivedAt), queue, inquiry.channel) : null,
        };
      } catch (error) {
        if (error instanceof UnroutableDecision) throw new NonRetriableError(`inquiry ${inquiry.id}: ${error.message}`);
        throw error;
      }
    });

    const workPolicy = await this.workPolicy.get();
    const diverts = await this.divert.diverts(
      routed.flatMap((r) => (r.queue ? [r.queue] : [])),
      workPolicy,
    );
    const diverted = new Map<string, Divert>();
    for (const r of routed) {
      const d = r.queue ? diverts.get(r.queue) : undefined;
      if (!d) continue;
      r.queue = d.to;
      r.decision = {
        ...r.decision,
        reasons: [...r.decision.reasons, `diverted from ${d.from} to ${d.to}: expected wait ${d.expectedWaitMinutes} min`],
      };
      diverted.set(r.inquiry.id, d);
    }

    const pending = await this.inquiries.recordRouted(routed, placeReply);
    const byId = new Map(routed.map((r) => [r.inquiry.id, r]));

    const queued = pending.filter((p) => p.status === 'queued');
    await this.queues.enqueue(
      queued.map((p) => {
        const { inquiry, serviceLevel } = byId.get(p.id)!;
        const score = queueScore({ channel: inquiry.channel, receivedAt: p.receivedAt, dueAt: serviceLevel?.dueAt ?? null }, workPolicy);
        return { queue: p.queue!, id: p.id, channel: inquiry.channel, language: inquiry.language ?? null, score };
      }),
    );
    const divertedNow = queued.filter((p) => diverted.has(p.id));
    if (divertedNow.length > 0) {
      const at = this.clock.now().toISOString();
      await this.history.add(
        divertedNow.map((p) => ({ inquiryId: p.id, ...historyEntry('diverted', 'router', { ...diverted.get(p.id)! }) })),
        this.outbox.messages(
          Topics.InquiryWork,
          divertedNow.map((p) => ({
            key: p.id,
            value: {
              type: 'diverted' as const,
              inquiryId: p.id,
              queue: p.queue,
              adviser: null,
              actor: 'router',
              at,
              details: { ...diverted.get(p.id)! },
            },
          })),
        ),
      );
    }

    const forwards = pending.filter((p) => p.status === 'forward-pending');
    const forwardedAt = this.clock.now().toISOString();
    await this.inquiries.markForwarded(
      forwards.map((p) => {
        const r = byId.get(p.id)!;
        const forwarded: InquiryForwarded = { agency: p.agency!, inquiry: r.inquiry, decision: r.decision, forwardedAt };
        return { id: p.id, event: this.outbox.messages(Topics.InquiryForwarded, [{ key: p.agency!, value: forwarded }])[0] };
      }),
    );
  }

  /** Agencies with an agreement in force, read again first when the decisions name a version not yet seen here. */
  private async agencies(batch: InquiryClassified[]): Promise<ReadonlySet<string>> {
    const version = batch[0]?.decision.policyVersion;
    if (version) await this.policy.currentFor(version);
    return this.policy.agencyCodes();
  }
}
