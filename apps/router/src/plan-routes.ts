import { Injectable } from '@nestjs/common';
import { InquiryClassified, withAddedReasons } from '@inquiry-router/contracts';
import type { HashedIdentityKey } from '@inquiry-router/inquirer';
import type { RoutedInquiry } from '@inquiry-router/persistence';
import { routeDecision, toFirstLineWithoutAgreement, UnroutableDecision } from '@inquiry-router/routing';
import { SupportCalendar } from '@inquiry-router/support-calendar';
import { RoutingPolicySource } from '@inquiry-router/routing-policy-source';
import { WorkPolicy, WorkPolicySource } from '@inquiry-router/live-queues';
import { Divert, DivertBeforeQueueing } from './divert-before-queueing';
import { InquirerKeys } from './inquirer-keys';
import { SendRepeatContactsToSecondLine } from './send-repeat-contacts-to-second-line';

/** Where a batch of classified inquiries goes, before anything is recorded. */
export interface RoutingPlan {
  routed: RoutedInquiry[];
  /** The inquiries sent to another queue than their decision named, by id. */
  diverted: Map<string, Divert>;
  /** The work policy the batch was judged under (and is scored under). */
  workPolicy: WorkPolicy;
  /** The key hashes that recognise each inquiry's sender, by id. */
  keys: Map<string, HashedIdentityKey[]>;
}

/**
 * The decision part of routing: each classified decision as a queue (with its due time) or an
 * agency under the agreements in force (the first line for an agency without one); a repeat
 * contact of the same person for the first line sent to the second; then diverted where a queue's
 * expected wait is too long.
 * Decides only: recording and carrying out is RouteInquiries'.
 */
@Injectable()
export class PlanRoutes {
  constructor(
    private readonly policy: RoutingPolicySource,
    private readonly calendar: SupportCalendar,
    private readonly workPolicy: WorkPolicySource,
    private readonly divert: DivertBeforeQueueing,
    private readonly inquirerKeys: InquirerKeys,
    private readonly repeatContacts: SendRepeatContactsToSecondLine,
  ) {}

  async plan(classified: InquiryClassified[]): Promise<RoutingPlan> {
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
        if (!(error instanceof UnroutableDecision)) throw error;
        return { inquiry, decision: toFirstLineWithoutAgreement(decision), decidedAt: classifiedAt, queue: 'first-line', agency: null };
      }
    });

    const keys = this.inquirerKeys.of(classified.map((c) => c.inquiry));
    await this.repeatContacts.apply(routed, keys);
    for (const r of routed) {
      // Due from when it was received, counted in opening time under the queue's target for its channel.
      r.serviceLevel = r.queue ? this.calendar.dueTimes(new Date(r.inquiry.receivedAt), r.queue, r.inquiry.channel) : null;
    }

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
      r.decision = withAddedReasons(r.decision, [
        {
          text: `diverted from ${d.from} to ${d.to}: expected wait ${d.expectedWaitMinutes} min`,
          reason: { code: 'diverted', params: { from: d.from, to: d.to, expectedWaitMinutes: d.expectedWaitMinutes } },
        },
      ]);
      diverted.set(r.inquiry.id, d);
    }
    return { routed, diverted, workPolicy, keys };
  }

  /** Agencies with an agreement in force, read again first when the decisions name a version not yet seen here. */
  private async agencies(batch: InquiryClassified[]): Promise<ReadonlySet<string>> {
    const version = batch[0]?.decision.policyVersion;
    if (version) await this.policy.currentFor(version);
    return this.policy.agencyCodes();
  }
}
