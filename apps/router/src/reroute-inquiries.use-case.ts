import { Injectable, Logger } from '@nestjs/common';
import { InquiryReclassified } from '@inquiry-router/contracts';
import { NonRetriableError } from '@inquiry-router/messaging';
import { LiveQueues } from '@inquiry-router/live-queues';
import { RoutingPolicySource } from '@inquiry-router/routing-policy-source';
import { routeDecision, UnroutableDecision } from '@inquiry-router/routing';
import { CarryOutRouting } from './carry-out-routing';
import { RoutedInquiryStore, WaitingWork } from './router.ports';

/**
 * Carries out people's changes of decision (an adviser's correction, an agency's "not ours"):
 * records the new decision, status and history in Postgres first, then moves the inquiry from its
 * old live queue to the new one at its original age (it keeps its place among the oldest), or
 * forwards it. Changes of one inquiry arrive in order (keyed by its id) and are carried out one
 * at a time; a redelivered change only completes what was not yet done.
 */
@Injectable()
export class RerouteInquiries {
  private readonly log = new Logger(RerouteInquiries.name);

  constructor(
    private readonly inquiries: RoutedInquiryStore,
    private readonly policy: RoutingPolicySource,
    private readonly queues: LiveQueues,
    private readonly waiting: WaitingWork,
    private readonly carryOut: CarryOutRouting,
  ) {}

  async execute(batch: InquiryReclassified[]): Promise<void> {
    if (batch.length === 0) return;
    // A change made under a version published since this instance last read the policy reads it first.
    await this.policy.currentFor(batch[0].decision.policyVersion);
    const agencies = this.policy.agencyCodes();
    for (const change of batch) await this.reroute(change, agencies);
  }

  private async reroute(change: InquiryReclassified, agencies: ReadonlySet<string>): Promise<void> {
    let action: ReturnType<typeof routeDecision> | null = null;
    let cannotRoute: string | undefined;
    try {
      action = routeDecision(change.decision, agencies);
    } catch (error) {
      // An agreement withdrawn since the person chose the agency: skipped, with why, in the history they read.
      if (!(error instanceof UnroutableDecision)) throw error;
      cannotRoute = error.message;
    }
    const result = await this.inquiries.reclassify({
      inquiryId: change.inquiryId,
      decision: change.decision,
      previousTarget: change.previous.target,
      source: change.source,
      actor: change.actor,
      reason: change.reason,
      reclassifiedAt: change.reclassifiedAt,
      queue: action?.action === 'enqueue' ? action.queue : null,
      agency: action?.action === 'forward' ? action.agency : null,
      cannotRoute,
    });
    if (result.outcome === 'unknown-inquiry') throw new NonRetriableError(`no inquiry ${change.inquiryId} to reclassify`);
    if (result.outcome === 'stale') {
      this.log.warn(`reclassification of ${change.inquiryId} by ${change.actor} not carried out: ${result.why}`);
      return;
    }
    const { leftQueue, pending, inquiry, decision } = result;
    // Out of the queue it left — and, staying in the same queue, out of its old category's set — before it is enqueued again.
    if (leftQueue) await this.queues.remove(leftQueue, change.inquiryId);
    if (pending?.status === 'queued') {
      const { channel, language } = inquiry;
      const dueAt = await this.waiting.dueAt(pending.id);
      await this.carryOut.enqueue([
        {
          id: pending.id,
          queue: pending.queue!,
          channel,
          language: language ?? null,
          category: decision.category,
          receivedAt: pending.receivedAt,
          dueAt,
        },
      ]);
    } else if (pending?.status === 'forward-pending') {
      await this.carryOut.forward([{ id: pending.id, agency: pending.agency!, inquiry, decision }]);
    }
  }
}
