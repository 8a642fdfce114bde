import { Injectable } from '@nestjs/common';
import { DomainError, InquiryReclassified, RoutingDecision } from '@inquiry-router/contracts';
import { RoutingPolicySource } from '@inquiry-router/routing-policy-source';
import { AuthenticatedUser, holdsAny, Supervisors } from '@inquiry-router/access';
import { assertReclassifiable, correctedDecision, reclassificationLabel, ReclassificationRequest } from '@inquiry-router/routing';
import { Clock } from '@inquiry-router/runtime';
import { InquiryRecords } from '../workdesk.ports';
import { PublishReclassification } from './publish-reclassification';

export class InquiryNotFound extends DomainError {
  constructor(id: string) {
    super('not-found', `no inquiry ${id}`);
  }
}

/**
 * An adviser or supervisor corrects where an inquiry goes. Checked here against the active policy
 * and the inquiry as it stands; kept as a labelled example; carried out by the router.
 */
@Injectable()
export class ReclassifyInquiry {
  constructor(
    private readonly inquiries: InquiryRecords,
    private readonly policySource: RoutingPolicySource,
    private readonly publish: PublishReclassification,
    private readonly clock: Clock,
  ) {}

  async execute(
    inquiryId: string,
    request: ReclassificationRequest & { reason: string },
    actor: AuthenticatedUser,
  ): Promise<InquiryReclassified> {
    const record = await this.inquiries.find(inquiryId);
    if (!record?.decision) throw new InquiryNotFound(inquiryId);
    const policy = this.policySource.current();
    const agencies = this.policySource.agencyCodes();

    const label = reclassificationLabel(request, agencies);
    const { inquiry, decision: current } = record;
    assertReclassifiable({ status: inquiry.status, target: current.target, assignedTo: inquiry.assignedTo }, label, {
      username: actor.username,
      mayTakeOver: holdsAny(actor, Supervisors),
    });
    const decision: RoutingDecision = correctedDecision(label, {
      actor: actor.username,
      reason: request.reason,
      previousTarget: current.target,
      policyVersion: policy.version,
    });
    const event: InquiryReclassified = {
      inquiryId,
      decision,
      previous: {
        target: current.target as RoutingDecision['target'],
        agency: current.agency,
        category: current.category as RoutingDecision['category'],
        caseType: current.caseType as RoutingDecision['caseType'],
      },
      source: 'adviser-correction',
      actor: actor.username,
      reason: request.reason,
      reclassifiedAt: this.clock.now().toISOString(),
    };
    await this.publish.execute(inquiry, { label, rejectedTarget: null }, event);
    return event;
  }
}
