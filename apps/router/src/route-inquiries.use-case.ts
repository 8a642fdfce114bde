import { Injectable } from '@nestjs/common';
import { InquiryClassified, Topics } from '@inquiry-router/contracts';
import { Outbox } from '@inquiry-router/messaging';
import { historyEntry } from '@inquiry-router/inquiry';
import { placeReply } from '@inquiry-router/routing';
import { Clock } from '@inquiry-router/runtime';
import { CarryOutRouting } from './carry-out-routing';
import { PlanRoutes } from './plan-routes';
import { MatchIncidents } from './match-incidents';
import { LinkIncidents } from './link-incidents';
import { RecogniseSenders } from './recognise-senders';
import { TakeSurveyReplies } from './take-survey-replies';
import { RoutedInquiryStore, RoutingHistory } from './router.ports';
import { ingestToQueued } from './routing-metrics';

/**
 * Carries out classified decisions: records inquiry and decision in Postgres (the system of
 * record) first, with who its sender is (their person, recognised by their keys) and its link to
 * a known incident if it is about one (the inquirer told at once), then enqueues in Redis or
 * marks the forward done with its event in the outbox. A reply to a conversation still being
 * handled joins it instead; one that answers a satisfaction survey is recorded as its answer. Safe to repeat for the same inquiry: the record is written once, and
 * only routing not yet carried out is done again.
 */
@Injectable()
export class RouteInquiries {
  constructor(
    private readonly planner: PlanRoutes,
    private readonly inquiries: RoutedInquiryStore,
    private readonly carryOut: CarryOutRouting,
    private readonly history: RoutingHistory,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly incidents: MatchIncidents,
    private readonly incidentLinks: LinkIncidents,
    private readonly senders: RecogniseSenders,
    private readonly surveyReplies: TakeSurveyReplies,
  ) {}

  async execute(batch: InquiryClassified[]): Promise<void> {
    // A redelivered event can sit in the same batch as its first delivery.
    const unique = [...new Map(batch.map((c) => [c.inquiry.id, c])).values()];
    // A reply answering a satisfaction survey is its answer, not new work.
    const classified = await this.surveyReplies.setAside(unique);
    if (classified.length === 0) return;
    const { routed, diverted, workPolicy, keys } = await this.planner.plan(classified);
    // Before recording: a match's explanation is recorded among the decision's reasons.
    const links = this.incidents.match(routed);

    // A new inquiry for an agency is forwarded as it is recorded, in the same transaction.
    const forwardEvents = this.carryOut.forwardEvents(
      routed.flatMap((r) => (r.agency ? [{ id: r.inquiry.id, agency: r.agency, inquiry: r.inquiry, decision: r.decision }] : [])),
    );
    const pending = await this.inquiries.recordRouted(routed, placeReply, this.senders.of(routed, keys), forwardEvents);
    await this.incidentLinks.record(links);
    const byId = new Map(routed.map((r) => [r.inquiry.id, r]));

    const queued = pending.filter((p) => p.status === 'queued');
    await this.carryOut.enqueue(
      queued.map((p) => {
        const { inquiry, decision, serviceLevel } = byId.get(p.id)!;
        const { channel, language } = inquiry;
        return {
          id: p.id,
          queue: p.queue!,
          channel,
          language: language ?? null,
          category: decision.category,
          receivedAt: p.receivedAt,
          dueAt: serviceLevel?.dueAt ?? null,
        };
      }),
      workPolicy,
    );
    // Wall time, as latency is: the app's clock may be set elsewhere outside production.
    const queuedAt = Date.now();
    for (const p of queued) ingestToQueued.observe(Math.max(0, queuedAt - p.receivedAt.getTime()) / 1000);
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

    await this.carryOut.forward(
      pending
        .filter((p) => p.status === 'forward-pending')
        .map((p) => ({ id: p.id, agency: p.agency!, inquiry: byId.get(p.id)!.inquiry, decision: byId.get(p.id)!.decision })),
    );
  }
}
